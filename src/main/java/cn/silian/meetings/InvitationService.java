package cn.silian.meetings;

import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
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
import cn.silian.stations.RosterMember;
import cn.silian.stations.RosterService;
import cn.silian.topics.GroupService;
import cn.silian.topics.MemberRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Invitations, answers and attendance. The organiser and the office invite, preview whom an
 * audience reaches, and check people in; each invitee answers for himself and may check
 * himself in with the meeting's code on the day.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    static final String TYPE = "Invitation";
    /** How many people one call invites: the view sends large audiences in batches, with progress. */
    public static final int BATCH = 100;
    public static final int NAME_MAX = 50;
    /** How long after the start a check-in still counts as on time. */
    static final long GRACE_MINUTES = 10;
    private static final java.time.format.DateTimeFormatter UNTIL =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.ZONE);

    private final MeetingService meetings;
    private final MeetingAccess access;
    private final InvitationRepository invitations;
    private final DeputyService deputies;
    private final GroupService groups;
    private final RosterService roster;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    private final AttendanceActivity activity;
    private final CheckInThrottle throttle;
    private final TransactionTemplate separately;

    InvitationService(MeetingService meetings, MeetingAccess access, InvitationRepository invitations,
                      DeputyService deputies, GroupService groups, RosterService roster, CurrentUser currentUser,
                      ApplicationEventPublisher events, AttendanceActivity activity, CheckInThrottle throttle,
                      PlatformTransactionManager transactions) {
        this.activity = activity;
        this.throttle = throttle;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.meetings = meetings;
        this.access = access;
        this.invitations = invitations;
        this.deputies = deputies;
        this.groups = groups;
        this.roster = roster;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Whom an audience reaches, before anything is sent; people already invited are counted apart. */
    @PreAuthorize(Roles.ANY_ROLE)
    public AudiencePreview preview(long meetingId, Audience audience) {
        Meeting m = managed(meetingId);
        if (audience == null || audience.empty()) {
            throw new InvalidInputException("audience", "meeting.audience.empty");
        }
        Set<Long> ids = new LinkedHashSet<>(deputies.activeIdsWithLevels(audience.levels()));
        if (audience.groupId() != null) {
            groups.members(audience.groupId()).stream().map(MemberRow::deputyId).forEach(ids::add);
        }
        if (audience.stationId() != null) {
            Pageable page = PageRequest.of(0, 2_000);
            Slice<RosterMember> members;
            do {
                members = roster.members(audience.stationId(), page);
                members.forEach(r -> ids.add(r.deputyId()));
                page = page.next();
            } while (members.hasNext());
        }
        if (audience.streetId() != null) {
            ids.addAll(deputies.activeIdsIn(audience.streetId()));
        }
        ids.addAll(audience.personIds());
        Set<Long> already = new HashSet<>(invitations.inviteesOf(m.getId()));
        List<Long> fresh = ids.stream().filter(id -> !already.contains(id)).toList();
        Map<Long, String> names = deputies.namesOf(fresh.stream().limit(20).toList());
        return new AudiencePreview(fresh.size(), ids.size() - fresh.size(),
                fresh.stream().limit(20).map(names::get).filter(Objects::nonNull).toList(), fresh);
    }

    /**
     * Invites these people (at most {@link #BATCH} a call; already invited ones are skipped).
     * Once the meeting is announced, the new invitees are told at once.
     *
     * @return how many were newly invited
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public int invite(long meetingId, Collection<Long> deputyIds) {
        Meeting m = managed(meetingId);
        if (m.status() == MeetingStatus.CANCELLED || m.status() == MeetingStatus.MINUTES_PUBLISHED) {
            throw new InvalidInputException(null, "meeting.closed-for-changes");
        }
        if (deputyIds.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " people a call");
        }
        Set<Long> already = new HashSet<>(invitations.inviteesOf(meetingId));
        List<Long> fresh = deputyIds.stream().distinct().filter(id -> !already.contains(id)).toList();
        Map<Long, DeputySummary> people = deputies.summaries(fresh);
        List<Long> invited = new ArrayList<>();
        for (Long id : fresh) {
            DeputySummary d = people.get(id);
            if (d == null) {
                continue;
            }
            Level level = d.seats().stream().map(SeatInfo::level).min(Comparator.naturalOrder()).orElse(null);
            invitations.save(new Invitation(meetingId, id, d.streetId(), level, currentUser.username()));
            invited.add(id);
        }
        invitations.flush();
        if (!invited.isEmpty() && m.status() == MeetingStatus.ANNOUNCED) {
            events.publishEvent(new DeputyNotice(invited, "meeting", "meeting.notice.invited",
                    List.of(m.title(), MeetingService.WHEN.format(m.startsAt()), MeetingService.place(m)), MeetingService.link(m)));
        }
        if (!invited.isEmpty()) {
            events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.CREATE, TYPE,
                    String.valueOf(meetingId), Message.of("audit.invitation.added", m.title(), invited.size()), null,
                    "people=" + invited));
        }
        return invited.size();
    }

    /** Withdraws an invitation before the meeting is held. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void uninvite(long meetingId, long deputyId) {
        Meeting m = managed(meetingId);
        if (m.status() != MeetingStatus.DRAFT && m.status() != MeetingStatus.ANNOUNCED) {
            throw new InvalidInputException(null, "meeting.closed-for-changes");
        }
        Invitation i = invitations.of(meetingId, deputyId).orElseThrow(() -> new NotFoundException(TYPE, deputyId));
        invitations.delete(i);
        invitations.flush();
        activity.removed(i);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DELETE, TYPE,
                String.valueOf(meetingId), Message.of("audit.invitation.removed", m.title(), deputyId),
                "deputy=" + deputyId, null));
    }

    /**
     * Everybody invited, for a sign-in or attendance sheet that leaves the system: the same rows
     * as {@link #invitations}, and a line in the audit trail saying who took which sheet.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public List<InvitationRow> invitationsForExport(long meetingId, String sheet) {
        List<InvitationRow> rows = invitations(meetingId);
        Meeting m = managed(meetingId);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DOWNLOAD, "Meeting",
                String.valueOf(meetingId), Message.of("audit.meeting.sheet-exported", m.title(), sheet, rows.size()),
                null, null));
        return rows;
    }

    /** Everybody invited, for the organiser and the office (the sign-in list). */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<InvitationRow> invitations(long meetingId) {
        managed(meetingId);
        List<Invitation> found = invitations.allOf(meetingId);
        Map<Long, DeputySummary> people = deputies.summaries(found.stream().map(Invitation::deputyId).collect(Collectors.toSet()));
        return found.stream()
                .map(i -> {
                    DeputySummary d = people.get(i.deputyId());
                    return InvitationRows.row(i, d == null ? "" : d.name(), d == null ? null : d.streetName());
                })
                .sorted(Comparator.comparing((InvitationRow r) -> r.level() == null ? Level.STREET : r.level())
                        .thenComparing(InvitationRow::name))
                .toList();
    }

    /**
     * The invitee's answer: declining needs a reason; a delegate needs a name and a meeting that
     * allows delegates. Answers are taken until the meeting starts.
     */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public long respond(long meetingId, long version, Rsvp answer, String reason, String delegateName) {
        SilianUser me = currentUser.require();
        Meeting m = meetings.visible(meetingId, me);
        Invitation i = invitations.of(meetingId, me.deputyId()).orElseThrow(() -> new AccessDeniedException("not invited"));
        i.checkVersion(version);
        InputRules.Checker checker = InputRules.checker()
                .check("answer", answer == null || answer == Rsvp.PENDING ? "validation.required" : null)
                .text("reason", reason, answer == Rsvp.DECLINED, MeetingService.REASON_MAX)
                .text("delegateName", delegateName, answer == Rsvp.DELEGATE, NAME_MAX);
        if (answer == Rsvp.DELEGATE && !m.delegatesAllowed()) {
            checker.check("answer", "meeting.rsvp.no-delegates");
        }
        if (m.status() != MeetingStatus.ANNOUNCED || !m.startsAt().isAfter(MeetingService.now())) {
            checker.check(null, "meeting.rsvp.closed");
        }
        checker.throwIfAny();
        String before = String.valueOf(i.rsvp());
        i.respond(answer, InputRules.clean(reason), answer == Rsvp.DELEGATE ? delegateName.strip() : null);
        invitations.saveAndFlush(i);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, TYPE, String.valueOf(i.getId()),
                Message.of("audit.invitation.answered", m.title(), Message.of(answer.messageKey())), before, answer.name()));
        return i.getVersion();
    }

    /** The caller's own answers to these meetings (those he is not invited to are left out), for his home page. */
    @PreAuthorize(Roles.ANY_ROLE)
    public Map<Long, Rsvp> myAnswers(Collection<Long> meetingIds) {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null || meetingIds == null || meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Rsvp> answers = new java.util.HashMap<>();
        for (Object[] r : invitations.answersOf(me.deputyId(), meetingIds)) {
            answers.put((Long) r[0], (Rsvp) r[1]);
        }
        return answers;
    }

    /** Staff check a person in: on time until a few minutes after the start, late after. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void checkIn(long meetingId, long deputyId) {
        Meeting m = managed(meetingId);
        requireOnTheDay(m);
        Invitation i = invitations.of(meetingId, deputyId).orElseThrow(() -> new NotFoundException(TYPE, deputyId));
        record(m, i, lateness(m), null);
    }

    /** Staff record an absence, with the reason given. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void markAbsent(long meetingId, long deputyId, String reason) {
        Meeting m = managed(meetingId);
        InputRules.checker().text("reason", reason, false, MeetingService.REASON_MAX).throwIfAny();
        Invitation i = invitations.of(meetingId, deputyId).orElseThrow(() -> new NotFoundException(TYPE, deputyId));
        record(m, i, Attendance.ABSENT, InputRules.clean(reason));
    }

    /**
     * A deputy checks himself in with the code shown in the room (or its QR code), from an hour
     * before the start until the end.
     *
     * @return the meeting's id
     */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public long checkInWithCode(String code) {
        SilianUser me = currentUser.require();
        String username = me.getUsername();
        java.util.Optional<Instant> blocked = throttle.blockedUntil(username);
        if (blocked.isPresent()) {
            throw throttled(blocked.get());
        }
        String clean = code == null ? "" : code.strip();
        LocalDateTime now = MeetingService.now();
        for (Meeting m : meetings_openForCheckIn(clean, now)) {
            var invitation = invitations.of(m.getId(), me.deputyId());
            if (invitation.isPresent()) {
                throttle.succeeded(username);
                record(m, invitation.get(), lateness(m), null);
                return m.getId();
            }
        }
        java.util.Optional<Instant> until = throttle.failed(username);
        if (until.isPresent()) {
            // The refusal rolls this transaction back: the audit line is written in its own.
            separately.executeWithoutResult(status -> events.publishEvent(new AuditEvent(username,
                    AuditEvent.Action.DENIED, TYPE, null,
                    Message.of("audit.check-in.throttled", CheckInThrottle.MAX_WRONG, Formats.dateTime(until.get())),
                    null, null)));
            throw throttled(until.get());
        }
        throw new InvalidInputException("code", "meeting.check-in.code-unknown");
    }

    private static InvalidInputException throttled(Instant until) {
        return new InvalidInputException("code", "meeting.check-in.throttled", UNTIL.format(until));
    }

    /** Attendance counted per level, for the organiser and the office. */
    @PreAuthorize(Roles.ANY_ROLE)
    public AttendanceFigures attendance(long meetingId) {
        managed(meetingId);
        Map<Level, AttendanceFigures.Row> byLevel = new EnumMap<>(Level.class);
        AttendanceFigures.Row total = new AttendanceFigures.Row(0, 0, 0, 0, 0);
        for (Object[] r : invitations.attendance(meetingId)) {
            Level level = r[0] == null ? Level.STREET : (Level) r[0];
            Attendance a = (Attendance) r[1];
            long n = ((Number) r[2]).longValue();
            AttendanceFigures.Row row = new AttendanceFigures.Row(n, a == Attendance.PRESENT ? n : 0, a == Attendance.LATE ? n : 0,
                    a == Attendance.ABSENT ? n : 0, a == null ? n : 0);
            byLevel.merge(level, row, AttendanceFigures.Row::plus);
            total = total.plus(row);
        }
        return new AttendanceFigures(byLevel, total);
    }

    // ---- private ---------------------------------------------------------------------------

    private List<Meeting> meetings_openForCheckIn(String code, LocalDateTime now) {
        return meetings.openForCheckIn(code, now);
    }

    private Meeting managed(long meetingId) {
        SilianUser me = currentUser.require();
        Meeting m = meetings.visible(meetingId, me);
        access.requireManage(me, m);
        return m;
    }

    private static void requireOnTheDay(Meeting m) {
        LocalDateTime now = MeetingService.now();
        if (m.status() != MeetingStatus.ANNOUNCED && m.status() != MeetingStatus.HELD
                || now.isBefore(m.startsAt().minusHours(1)) || now.isAfter(m.endsAt().plusHours(12))) {
            throw new InvalidInputException(null, "meeting.check-in.closed");
        }
    }

    private static Attendance lateness(Meeting m) {
        return MeetingService.now().isAfter(m.startsAt().plusMinutes(GRACE_MINUTES)) ? Attendance.LATE : Attendance.PRESENT;
    }

    private void record(Meeting m, Invitation i, Attendance value, String reason) {
        String before = String.valueOf(i.attendance());
        i.attend(value, currentUser.username(), reason);
        invitations.saveAndFlush(i);
        activity.recorded(m, i);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, TYPE, String.valueOf(i.getId()),
                Message.of("audit.invitation.attendance", m.title(), Message.of(value.messageKey())), before, value.name()));
    }
}
