package cn.silian.meetings;

/**
 * What the caller may do with a meeting. {@code manage}: change it, invite, check people in,
 * write the minutes (its organiser and the office); {@code invitation}: the caller's own
 * invitation, or {@code null}.
 */
public record MeetingRights(boolean manage, InvitationRow invitation) {
    public boolean invited() {
        return invitation != null;
    }
}
