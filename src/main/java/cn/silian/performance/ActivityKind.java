package cn.silian.performance;

/**
 * What a deputy did, as the duty scheme counts it. A scheme's duty that is earned automatically
 * names one of these; an activity no duty names still appears in the deputy's record.
 */
public enum ActivityKind {
    /** 出席人民代表大会会议. */
    SESSION_ATTENDED,
    /** 参加四级联席会议. */
    JOINT_MEETING_ATTENDED,
    /** 列席常委会会议. */
    STANDING_COMMITTEE_GUEST,
    /** 参加专题小组会议. */
    GROUP_MEETING_ATTENDED,
    /** 参加家站点活动. */
    STATION_MEETING_ATTENDED,
    /** 参加视察、调研. */
    RESEARCH_VISIT,
    /** 参加履职学习培训. */
    TRAINING_ATTENDED,
    /** 请假缺席: in the record, worth nothing. */
    MEETING_EXCUSED,
    /** 无故缺席: a negative duty. */
    MEETING_ABSENT_UNEXCUSED,
    /** 家站点接待值班. */
    STATION_SHIFT_SERVED,
    /** 接待登记. */
    RECEPTION_LOGGED,
    /** 收集社情民意. */
    OPINION_COLLECTED,
    /** 领衔提出建议. */
    SUGGESTION_LED,
    /** 附议建议. */
    SUGGESTION_COSIGNED,
    /** 重点建议. */
    KEY_SUGGESTION,
    /** 评价建议办理. */
    SUGGESTION_RATED,
    /** 完成专题小组任务. */
    GROUP_TASK_DONE,
    /** 提交调研成果. */
    FINDING_RECORDED,
    /** 专题调研报告. */
    GROUP_REPORT,
    /** 向选民述职. */
    VOTERS_REPORT;

    public String messageKey() {
        return "performance.activity." + name();
    }
}
