package cn.silian.supervision;

/** A deputy's year-end rating of a supervised project: 满意 / 基本满意 / 不满意. */
public enum ProjectRating {
    SATISFIED, BASICALLY, UNSATISFIED;

    public String messageKey() {
        return "supervision.rating." + name();
    }
}
