package cn.silian.meetings;

/** 四级联席会, topic-group meeting, station meeting, research visit (视察/调研). */
public enum MeetingKind {
    JOINT, GROUP, STATION, VISIT;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
