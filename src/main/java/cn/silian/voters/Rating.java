package cn.silian.voters;

/** One rating sheet's answer: 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED, BASICALLY, UNSATISFIED;

    public String messageKey() {
        return "voters.rating." + name();
    }
}
