package cn.silian.performance;

/** The four groups of duties the congress office's scheme names. */
public enum DutyGroup {
    /** 会议期间履职. */
    SESSION,
    /** 闭会期间活动. */
    BETWEEN,
    /** 发挥模范作用、加强自身建设. */
    MODEL,
    /** 其他登记履职. */
    OTHER;

    public String messageKey() {
        return "performance.group." + name();
    }
}
