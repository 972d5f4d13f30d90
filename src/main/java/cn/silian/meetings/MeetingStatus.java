package cn.silian.meetings;

/** draft → announced → held → minutes published; or cancelled with a reason. */
public enum MeetingStatus {
    DRAFT, ANNOUNCED, HELD, MINUTES_PUBLISHED, CANCELLED;

    public String messageKey() {
        return "meeting.status." + name();
    }

    /** Invitees see the meeting from announcement on; a draft is the organiser's alone. */
    public boolean announced() {
        return this != DRAFT;
    }
}
