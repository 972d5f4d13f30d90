package cn.silian.meetings;

import cn.silian.stations.BusyCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/** Tells the duty planner who is at a meeting, so nobody is put on duty then. */
@Component
class MeetingBusyCalendar implements BusyCalendar {

    private final InvitationRepository invitations;

    MeetingBusyCalendar(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Override
    public boolean busy(Long deputyId, LocalDateTime start, LocalDateTime end) {
        return deputyId != null && invitations.busy(deputyId, start, end);
    }
}
