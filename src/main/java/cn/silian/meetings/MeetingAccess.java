package cn.silian.meetings;

import cn.silian.security.SilianUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and run a meeting, in one place: its organiser and the office run it; from its
 * announcement on, invitees see it, and so does everyone when it is not closed. A closed
 * meeting, its agenda and its minutes are for its organiser, the office and its invitees only.
 */
@Component
class MeetingAccess {

    private final InvitationRepository invitations;

    MeetingAccess(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    boolean manages(SilianUser me, Meeting m) {
        return me.isOfficeOrAdmin() || m.organiser().equals(me.getUsername());
    }

    boolean invited(SilianUser me, Meeting m) {
        return me.deputyId() != null && invitations.of(m.getId(), me.deputyId()).isPresent();
    }

    boolean sees(SilianUser me, Meeting m) {
        if (manages(me, m)) {
            return true;
        }
        return m.status().announced() && (!m.closed() || invited(me, m));
    }

    void requireManage(SilianUser me, Meeting m) {
        if (!manages(me, m)) {
            throw new AccessDeniedException("not the meeting's organiser or the office");
        }
    }
}
