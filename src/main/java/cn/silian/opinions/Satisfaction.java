package cn.silian.opinions;

/** The lead deputy's rating of an answer; NOT_SATISFIED needs a reason. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED;

    public String messageKey() {
        return "suggestion.satisfaction." + name();
    }
}
