package cn.silian.meetings;

/** An invitee's answer; a delegate attends in his place where the meeting allows it. */
public enum Rsvp {
    PENDING, ACCEPTED, DECLINED, DELEGATE;

    public String messageKey() {
        return "meeting.rsvp." + name();
    }
}
