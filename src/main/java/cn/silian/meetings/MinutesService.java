package cn.silian.meetings;

import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.DeputyNotice;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Minutes, decisions and follow-up actions. The organiser and the office write them after the
 * meeting has started and publish them once; publication tells every invitee, and each action
 * appears on its assignee's home page.
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    static final String ACTION_TYPE = "MeetingAction";
    /** MySQL keeps a row within 64 KB: a meeting's texts together must fit (utf8mb4 counts 4 bytes a character). */
    public static final int MINUTES_MAX = 6000;
    public static final int DECISIONS_MAX = 2000;
    public static final int ACTION_MAX = 200;

    private final MeetingService meetings;
    private final MeetingRepository meetingRows;
    private final MeetingAccess access;
    private final MeetingActionRepository actions;
    private final InvitationRepository invitations;
    private final DeputyService deputies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    MinutesService(MeetingService meetings, MeetingRepository meetingRows, MeetingAccess access, MeetingActionRepository actions,
                   InvitationRepository invitations, DeputyService deputies, CurrentUser currentUser,
                   ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.meetingRows = meetingRows;
        this.access = access;
        this.actions = actions;
        this.invitations = invitations;
        this.deputies = deputies;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long saveMinutes(long meetingId, long version, String minutes, String decisions) {
        Meeting m = writable(meetingId);
        m.checkVersion(version);
        InputRules.checker().multiline("minutes", minutes, false, MINUTES_MAX)
                .multiline("decisions", decisions, false, DECISIONS_MAX).throwIfAny();
        m.minutes(minutes, decisions);
        // flushed so that the version returned is the one the next save must name
        meetingRows.saveAndFlush(m);
        meetings.publish(AuditEvent.Action.UPDATE, m, "audit.meeting.minutes-saved", null, null);
        return m.getVersion();
    }

    /** The actions of a meeting: whoever may read its minutes. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<ActionRow> actions(long meetingId) {
        SilianUser me = currentUser.require();
        Meeting m = meetings.visible(meetingId, me);
        if (!access.manages(me, m) && m.minutesPublishedAt() == null) {
            return List.of();
        }
        return rows(actions.findByMeetingIdOrderById(meetingId), Map.of(m.getId(), m));
    }

    /** An action for one of the invitees. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long addAction(long meetingId, String title, Long assigneeId, LocalDate dueOn) {
        Meeting m = writable(meetingId);
        InputRules.checker()
                .text("actionTitle", title, true, ACTION_MAX)
                .check("assignee", assigneeId == null ? "validation.required"
                        : invitations.of(meetingId, assigneeId).isEmpty() ? "meeting.action.not-invited" : null)
                .check("dueOn", dueOn != null && dueOn.isBefore(LocalDate.now(Formats.ZONE)) ? "validation.date-past" : null)
                .throwIfAny();
        MeetingAction a = actions.saveAndFlush(new MeetingAction(meetingId, title, assigneeId, dueOn));
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.CREATE, ACTION_TYPE,
                String.valueOf(a.getId()), Message.of("audit.meeting-action.created", m.title(), a.title()), null,
                "assignee=" + assigneeId + ", due=" + dueOn));
        return a.getId();
    }

    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void removeAction(long actionId) {
        MeetingAction a = actions.findById(actionId).orElseThrow(() -> new NotFoundException(ACTION_TYPE, actionId));
        Meeting m = writable(a.meetingId());
        actions.delete(a);
        actions.flush();
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DELETE, ACTION_TYPE,
                String.valueOf(actionId), Message.of("audit.meeting-action.removed", m.title(), a.title()),
                a.title(), null));
    }

    /** Publishes the minutes once; every invitee is told, and the actions reach their assignees' home pages. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long publish(long meetingId, long version) {
        Meeting m = meetings.managed(meetingId, version);
        InputRules.Checker checker = InputRules.checker();
        if (m.status() != MeetingStatus.HELD) {
            checker.check(null, "meeting.minutes.not-held");
        }
        if (m.minutes() == null) {
            checker.check("minutes", "meeting.minutes.empty");
        }
        checker.throwIfAny();
        m.publishMinutes();
        meetingRows.saveAndFlush(m);
        meetings.notifyInvitees(m, "meeting.notice.minutes");
        Set<Long> assignees = actions.findByMeetingIdOrderById(meetingId).stream().map(MeetingAction::assigneeId)
                .collect(Collectors.toCollection(HashSet::new));
        if (!assignees.isEmpty()) {
            events.publishEvent(new DeputyNotice(assignees, "meeting", "meeting.notice.action", List.of(m.title()),
                    MeetingService.link(m)));
        }
        meetings.publish(AuditEvent.Action.UPDATE, m, "audit.meeting.minutes-published", "HELD", "MINUTES_PUBLISHED");
        return m.getVersion();
    }

    /** The caller's open actions from published minutes, for his home page. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<ActionRow> myActions() {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null) {
            return List.of();
        }
        List<MeetingAction> found = actions.openFor(me.deputyId());
        // the actions' meetings in one query, not one per meeting
        Map<Long, Meeting> byId = meetingRows.findAllById(found.stream().map(MeetingAction::meetingId).distinct().toList())
                .stream().collect(Collectors.toMap(Meeting::getId, m -> m));
        return rows(found, byId);
    }

    /** The assignee marks his action done (or the organiser and the office do). */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long setActionDone(long actionId, long version, boolean done) {
        SilianUser me = currentUser.require();
        MeetingAction a = actions.findById(actionId).orElseThrow(() -> new NotFoundException(ACTION_TYPE, actionId));
        Meeting m = meetings.visible(a.meetingId(), me);
        if (!Objects.equals(me.deputyId(), a.assigneeId()) && !access.manages(me, m)) {
            throw new AccessDeniedException("another person's action");
        }
        a.checkVersion(version);
        a.done(done ? LocalDate.now(Formats.ZONE) : null);
        actions.saveAndFlush(a);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, ACTION_TYPE,
                String.valueOf(actionId), Message.of(done ? "audit.meeting-action.done" : "audit.meeting-action.reopened",
                m.title(), a.title()), null, "done=" + done));
        return a.getVersion();
    }

    private Meeting writable(long meetingId) {
        SilianUser me = currentUser.require();
        Meeting m = meetings.visible(meetingId, me);
        access.requireManage(me, m);
        if (m.status() != MeetingStatus.HELD && !(m.status() == MeetingStatus.ANNOUNCED
                && !m.startsAt().isAfter(MeetingService.now()))) {
            throw new InvalidInputException(null, "meeting.minutes.not-held");
        }
        return m;
    }

    private List<ActionRow> rows(List<MeetingAction> found, Map<Long, Meeting> meetingsById) {
        Map<Long, String> names = deputies.namesOf(found.stream().map(MeetingAction::assigneeId).collect(Collectors.toSet()));
        return found.stream().map(a -> new ActionRow(a.getId(), a.meetingId(), meetingsById.get(a.meetingId()).title(),
                a.title(), a.assigneeId(), names.get(a.assigneeId()), a.dueOn(), a.doneOn(), a.getVersion())).toList();
    }
}
