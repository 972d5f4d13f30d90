package cn.silian.meetings;

import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.people.SeatInfo;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Records meetings held before Silian was used (or on paper): the meeting, who was invited,
 * their answers and attendance, the minutes and the actions, all at once and with no notices.
 * The office only; it is also how the demo district gets its last quarter.
 */
@Service
public class MeetingHistory {

    /** An invitee of a past meeting, with his answer and whether he came. */
    public record PastInvitee(long deputyId, Rsvp answer, String reason, Attendance attendance) {
    }

    public record PastAction(String title, long assigneeId, LocalDate dueOn, boolean done) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final InvitationRepository invitations;
    private final MeetingActionRepository actions;
    private final DeputyService deputies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AttendanceActivity attendance;

    MeetingHistory(MeetingRepository meetings, AgendaItemRepository agenda, InvitationRepository invitations,
                   MeetingActionRepository actions, DeputyService deputies, CurrentUser currentUser,
                   ApplicationEventPublisher events, AttendanceActivity attendance) {
        this.attendance = attendance;
        this.meetings = meetings;
        this.agenda = agenda;
        this.invitations = invitations;
        this.actions = actions;
        this.deputies = deputies;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long recordHeld(MeetingDraft draft, List<PastInvitee> invitees, String minutes, String decisions,
                           List<PastAction> followUps) {
        InputRules.checker()
                .text("title", draft.getTitle(), true, MeetingService.TITLE_MAX)
                .text("place", draft.getPlace(), false, MeetingService.PLACE_MAX)
                .check("kind", draft.getKind() == null ? "validation.required" : null)
                .check("startsAt", draft.getStartsAt() == null ? "validation.required" : null)
                .check("endsAt", draft.getEndsAt() == null ? "validation.required"
                        : draft.getStartsAt() != null && !draft.getEndsAt().isAfter(draft.getStartsAt()) ? "validation.end-before-start"
                        : draft.getEndsAt().isAfter(MeetingService.now()) ? "meeting.history.not-past" : null)
                .multiline("minutes", minutes, true, MinutesService.MINUTES_MAX)
                .multiline("decisions", decisions, false, MinutesService.DECISIONS_MAX)
                .throwIfAny();
        Meeting m = meetings.saveAndFlush(new Meeting(draft, currentUser.username(), String.format("%06d", RANDOM.nextInt(1_000_000))));
        for (int i = 0; i < draft.getAgenda().size(); i++) {
            agenda.save(new AgendaItem(m.getId(), i + 1, draft.getAgenda().get(i)));
        }
        Map<Long, DeputySummary> people = deputies.summaries(invitees.stream().map(PastInvitee::deputyId).toList());
        for (PastInvitee p : invitees) {
            DeputySummary d = people.get(p.deputyId());
            if (d == null) {
                continue;
            }
            Invitation invitation = new Invitation(m.getId(), p.deputyId(), d.streetId(),
                    d.seats().stream().map(SeatInfo::level).min(Comparator.naturalOrder()).orElse(null), currentUser.username());
            invitation.respond(p.answer(), p.reason(), null);
            if (p.attendance() != null) {
                invitation.attend(p.attendance(), currentUser.username(), p.attendance() == Attendance.ABSENT ? p.reason() : null);
            }
            invitations.save(invitation);
        }
        for (PastAction a : followUps) {
            MeetingAction action = new MeetingAction(m.getId(), a.title(), a.assigneeId(), a.dueOn());
            if (a.done()) {
                action.done(a.dueOn());
            }
            actions.save(action);
        }
        m.moveTo(MeetingStatus.HELD);
        m.minutes(minutes, decisions);
        m.publishMinutes();
        meetings.saveAndFlush(m);
        // A meeting entered after the fact earns its attendance as one recorded on the day does.
        attendance.meetingChanged(m);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.CREATE, MeetingService.TYPE,
                String.valueOf(m.getId()), Message.of("audit.meeting.recorded", m.title()), null,
                m.describe() + ", recorded, invitees=" + invitees.size()));
        return m.getId();
    }
}
