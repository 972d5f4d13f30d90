package cn.silian.meetings;

/**
 * 四级联席会, topic-group meeting, station meeting, research visit (视察/调研); the congress
 * session (人代会会议), a standing-committee meeting deputies attend as guests (列席常委会),
 * training (履职学习培训) and a report-to-voters rating meeting (述职评议会). The kind decides
 * which duty an attendance earns.
 */
public enum MeetingKind {
    JOINT, GROUP, STATION, VISIT, SESSION, STANDING, TRAINING, VOTERS;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
