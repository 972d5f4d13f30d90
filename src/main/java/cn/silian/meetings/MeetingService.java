package cn.silian.meetings;

import cn.silian.people.DeputyService;
import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.DeputyNotice;
import cn.silian.shared.Edit;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.IdsFirst;
import cn.silian.shared.Pages;
import cn.silian.stations.BusyShift;
import cn.silian.stations.DutyService;
import cn.silian.stations.StationService;
import cn.silian.topics.GroupService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Meetings and their life: draft → announced → held → minutes published, or cancelled with a
 * reason. Only the organiser and the office change a meeting; every change that matters to
 * invitees is told to them.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final String TYPE = "Meeting";
    public static final int TITLE_MAX = 100;
    public static final int PLACE_MAX = 100;
    public static final int LINK_MAX = 300;
    public static final int TEXT_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int AGENDA_TITLE_MAX = 200;
    public static final int PRESENTER_MAX = 50;
    public static final int AGENDA_MAX = 50;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /**
     * The longest a meeting may last. A plenary session lasts days, a joint meeting hours; the
     * bound also lets a list "from a date" start its walk in start order at that date less this,
     * instead of years back (meetings ending after a date may have started any time before it).
     */
    public static final Duration LONGEST = Duration.ofDays(31);
    private static final Pattern LINK = Pattern.compile("^https?://[^\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final InvitationRepository invitations;
    private final MeetingAccess access;
    private final DeputyService deputies;
    private final DutyService duty;
    private final StationService stations;
    private final GroupService groups;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Duration reminderAhead;
    private final EntityManager em;

    private final AttendanceActivity activity;

    MeetingService(MeetingRepository meetings, AgendaItemRepository agenda, InvitationRepository invitations,
                   MeetingAccess access, DeputyService deputies, DutyService duty, StationService stations,
                   GroupService groups, AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events,
                   @Value("${silian.meetings.reminder-ahead:24h}") Duration reminderAhead, EntityManager em,
                   AttendanceActivity activity) {
        this.em = em;
        this.activity = activity;
        this.meetings = meetings;
        this.agenda = agenda;
        this.invitations = invitations;
        this.access = access;
        this.deputies = deputies;
        this.duty = duty;
        this.stations = stations;
        this.groups = groups;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.reminderAhead = reminderAhead;
    }

    // ---- reading ---------------------------------------------------------------------------

    @PreAuthorize(Roles.ANY_ROLE)
    public Slice<MeetingSummary> page(MeetingFilter filter, Pageable pageable) {
        SilianUser me = currentUser.require();
        Pageable sorted = Pages.sorted(pageable, Sort.by("startsAt"));
        Specification<Meeting> spec = spec(filter, me);
        // Ids first: ix_meeting_list holds every column the visibility and the dates test, so the
        // walk in start order passes over meetings the caller may not see inside the index.
        Slice<Meeting> page = IdsFirst.slice(em, Meeting.class, meetings, spec, sorted, Meeting::getId);
        Map<Long, MeetingSummary> rows = summaries(page.getContent());
        return page.map(m -> rows.get(m.getId()));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public long count(MeetingFilter filter) {
        return meetings.count(spec(filter, currentUser.require()));
    }

    /** A meeting the caller may see; one he may not see does not exist for him. */
    @PreAuthorize(Roles.ANY_ROLE)
    public MeetingDetails get(long id) {
        SilianUser me = currentUser.require();
        Meeting m = visible(id, me);
        boolean manage = access.manages(me, m);
        InvitationRow mine = me.deputyId() == null ? null
                : invitations.of(id, me.deputyId()).map(i -> InvitationRows.row(i, deputies.nameOf(i.deputyId()).orElse(""), null)).orElse(null);
        boolean minutesReadable = manage || m.minutesPublishedAt() != null;
        return new MeetingDetails(summaries(List.of(m)).get(id), accounts.name(m.organiser()), m.description(),
                m.onlineLink(), m.stationId(), m.groupId(),
                agenda.of(id).stream().map(AgendaItem::toLine).toList(), m.delegatesAllowed(), m.cancelReason(),
                minutesReadable ? m.minutes() : null, minutesReadable ? m.decisions() : null, m.minutesPublishedAt(),
                manage ? m.checkInCode() : null, m.sequence(), m.getVersion(), new MeetingRights(manage, mine));
    }

    /**
     * The meetings the caller is invited to or organises, for filtering search results; the
     * office runs every meeting and is not asked.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    public Set<Long> idsOfCaller() {
        SilianUser me = currentUser.require();
        Set<Long> ids = new HashSet<>(meetings.idsOrganisedBy(me.getUsername()));
        if (me.deputyId() != null) {
            ids.addAll(invitations.meetingsOf(me.deputyId()));
        }
        return ids;
    }

    /** The meeting as a calendar entry, for its .ics download: whoever may see it. */
    @PreAuthorize(Roles.ANY_ROLE)
    public cn.silian.calendar.CalendarEntry calendarEntry(long id) {
        return MeetingCalendarSource.entry(visible(id, currentUser.require()));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public Edit<MeetingDraft> edit(long id) {
        SilianUser me = currentUser.require();
        Meeting m = visible(id, me);
        access.requireManage(me, m);
        MeetingDraft d = m.toDraft();
        d.setAgenda(agenda.of(id).stream().map(AgendaItem::toLine).toList());
        return new Edit<>(id, m.getVersion(), d);
    }

    // ---- changing --------------------------------------------------------------------------

    /**
     * A new meeting, as a draft. The office organises any; street staff organise meetings of
     * their street's stations; a group's leader organises its group meetings.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long create(MeetingDraft draft) {
        SilianUser me = currentUser.require();
        requireMayOrganise(me, draft);
        validate(draft, false);
        Meeting m = meetings.saveAndFlush(new Meeting(draft, me.getUsername(), newCode()));
        saveAgenda(m.getId(), draft.getAgenda());
        publish(AuditEvent.Action.CREATE, m, "audit.meeting.created", null, m.describe());
        return m.getId();
    }

    /** Saves an edit; invitees of an announced meeting are told what changed. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long update(long id, long version, MeetingDraft draft) {
        SilianUser me = currentUser.require();
        Meeting m = managed(id, version);
        if (m.status() == MeetingStatus.CANCELLED || m.status() == MeetingStatus.MINUTES_PUBLISHED) {
            throw new InvalidInputException(null, "meeting.closed-for-changes");
        }
        if (m.kind() != draft.getKind() || !Objects.equals(m.stationId(), draft.getStationId())
                || !Objects.equals(m.groupId(), draft.getGroupId())) {
            requireMayOrganise(me, draft);
        }
        validate(draft, m.status() == MeetingStatus.ANNOUNCED);
        String before = m.describe();
        boolean timeOrPlace = !m.startsAt().equals(draft.getStartsAt()) || !m.endsAt().equals(draft.getEndsAt())
                || !Objects.equals(Meeting.placeKey(m.place()), Meeting.placeKey(draft.getPlace()))
                || !Objects.equals(m.onlineLink(), InputRules.clean(draft.getOnlineLink()));
        m.apply(draft);
        meetings.saveAndFlush(m);
        activity.meetingChanged(m);
        saveAgenda(id, draft.getAgenda());
        if (m.status() == MeetingStatus.ANNOUNCED) {
            notifyInvitees(m, timeOrPlace ? "meeting.notice.changed" : "meeting.notice.updated");
        }
        publish(AuditEvent.Action.UPDATE, m, "audit.meeting.changed", before, m.describe());
        return m.getVersion();
    }

    /** Announces a draft: it needs an agenda and a start in the future; invitees are told. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long announce(long id, long version) {
        Meeting m = managed(id, version);
        InputRules.Checker checker = InputRules.checker();
        if (m.status() != MeetingStatus.DRAFT) {
            checker.check(null, "meeting.status.not-allowed");
        }
        if (agenda.of(id).isEmpty()) {
            checker.check("agenda", "meeting.agenda.empty");
        }
        if (!m.startsAt().isAfter(now())) {
            checker.check("startsAt", "meeting.starts.past");
        }
        checker.throwIfAny();
        String before = m.describe();
        m.moveTo(MeetingStatus.ANNOUNCED);
        meetings.saveAndFlush(m);
        notifyInvitees(m, "meeting.notice.invited");
        publish(AuditEvent.Action.UPDATE, m, "audit.meeting.announced", before, m.describe());
        return m.getVersion();
    }

    /** Marks an announced meeting as held, once it has started. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long markHeld(long id, long version) {
        Meeting m = managed(id, version);
        if (m.status() != MeetingStatus.ANNOUNCED) {
            throw new InvalidInputException(null, "meeting.status.not-allowed");
        }
        if (m.startsAt().isAfter(now())) {
            throw new InvalidInputException(null, "meeting.not-started");
        }
        String before = m.describe();
        m.moveTo(MeetingStatus.HELD);
        meetings.saveAndFlush(m);
        publish(AuditEvent.Action.UPDATE, m, "audit.meeting.held", before, m.describe());
        return m.getVersion();
    }

    /** Cancels a draft or announced meeting with a reason; invitees are told. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long cancel(long id, long version, String reason) {
        Meeting m = managed(id, version);
        InputRules.Checker checker = InputRules.checker().text("reason", reason, true, REASON_MAX);
        if (m.status() != MeetingStatus.DRAFT && m.status() != MeetingStatus.ANNOUNCED) {
            checker.check(null, "meeting.status.not-allowed");
        }
        checker.throwIfAny();
        boolean wasAnnounced = m.status() == MeetingStatus.ANNOUNCED;
        String before = m.describe();
        m.cancel(reason.strip());
        meetings.saveAndFlush(m);
        activity.meetingChanged(m);
        if (wasAnnounced) {
            notifyInvitees(m, "meeting.notice.cancelled", m.cancelReason());
        }
        publish(AuditEvent.Action.UPDATE, m, "audit.meeting.cancelled", before, m.describe());
        return m.getVersion();
    }

    // ---- conflicts -------------------------------------------------------------------------

    /**
     * Clashes of a planned time: invitees (or {@code people}, before they are invited) with
     * another meeting or a duty shift, and the room taken by another meeting. Touching intervals
     * are no clash. Shown to the organiser, who may proceed.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<Conflict> conflicts(Long meetingId, LocalDateTime from, LocalDateTime to, String place, Collection<Long> people) {
        SilianUser me = currentUser.require();
        long self = -1;
        List<Long> who = new ArrayList<>(people == null ? List.of() : people);
        if (meetingId != null) {
            Meeting m = visible(meetingId, me);
            access.requireManage(me, m);
            self = m.getId();
            who.addAll(invitations.inviteesOf(self));
        }
        if (from == null || to == null || !to.isAfter(from)) {
            return List.of();
        }
        List<Long> distinct = who.stream().distinct().toList();
        Map<Long, String> names = distinct.isEmpty() ? Map.of() : deputies.namesOf(distinct);
        List<Conflict> found = new ArrayList<>();
        if (!distinct.isEmpty()) {
            for (Object[] row : invitations.overlapping(distinct, from, to, self)) {
                Long person = (Long) row[0];
                Meeting other = (Meeting) row[1];
                found.add(new Conflict(Conflict.Kind.MEETING, person, names.get(person), titleFor(me, other),
                        other.startsAt(), other.endsAt()));
            }
            for (BusyShift s : duty.overlappingShifts(distinct, from, to)) {
                found.add(new Conflict(Conflict.Kind.DUTY, s.deputyId(), names.get(s.deputyId()), s.stationName(), s.startsAt(), s.endsAt()));
            }
        }
        String key = Meeting.placeKey(place);
        if (key != null) {
            for (Meeting other : meetings.sameRoom(key, from, to, self)) {
                found.add(new Conflict(Conflict.Kind.ROOM, null, other.place(), titleFor(me, other),
                        other.startsAt(), other.endsAt()));
            }
        }
        found.sort(Comparator.comparing(Conflict::startsAt).thenComparing(c -> c.name() == null ? "" : c.name()));
        return found;
    }

    /**
     * A clashing meeting's title only for a caller who may open it: that a room or a person is
     * busy then is what the organiser needs, while a draft's or a closed meeting's title is not
     * his to read.
     */
    private String titleFor(SilianUser me, Meeting other) {
        return access.sees(me, other) ? other.title() : null;
    }

    /** The caller's own clashes among his upcoming meetings and duty shifts. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<Conflict> myConflicts() {
        SilianUser me = currentUser.require();
        if (me.deputyId() == null) {
            return List.of();
        }
        LocalDateTime now = now();
        List<Conflict> found = new ArrayList<>();
        for (Object[] row : invitations.ofPersonBetween(me.deputyId(), now, now.plusDays(90))) {
            Invitation i = (Invitation) row[0];
            Meeting m = (Meeting) row[1];
            if (m.status() == MeetingStatus.CANCELLED || i.rsvp() == Rsvp.DECLINED) {
                continue;
            }
            for (Object[] other : invitations.overlapping(List.of(me.deputyId()), m.startsAt(), m.endsAt(), m.getId())) {
                Meeting o = (Meeting) other[1];
                if (o.getId() > m.getId()) {
                    found.add(new Conflict(Conflict.Kind.MEETING, me.deputyId(), m.title(), o.title(), o.startsAt(), o.endsAt()));
                }
            }
            for (BusyShift s : duty.overlappingShifts(List.of(me.deputyId()), m.startsAt(), m.endsAt())) {
                found.add(new Conflict(Conflict.Kind.DUTY, me.deputyId(), m.title(), s.stationName(), s.startsAt(), s.endsAt()));
            }
        }
        return found;
    }

    // ---- jobs ------------------------------------------------------------------------------

    /**
     * Reminds the invitees who have not declined of every announced meeting starting within the
     * reminder window, once: the meeting remembers that its reminder went out.
     *
     * @return how many meetings were reminded
     */
    // The reminder job runs it as the system's administrator (SystemUser); the office may run it by hand.
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public int sendDueReminders(LocalDateTime now) {
        List<Meeting> due = meetings.dueForReminder(now, now.plus(reminderAhead));
        for (Meeting m : due) {
            List<Long> coming = invitations.comingTo(m.getId());
            if (!coming.isEmpty()) {
                events.publishEvent(new DeputyNotice(coming, "meeting", "meeting.notice.reminder",
                        List.of(m.title(), WHEN.format(m.startsAt()), place(m)), link(m)));
            }
            m.reminded(Instant.now());
            meetings.save(m);
        }
        meetings.flush();
        return due.size();
    }

    // ---- for the module --------------------------------------------------------------------

    List<Meeting> openForCheckIn(String code, LocalDateTime now) {
        return meetings.openForCheckIn(code, now, now.plusHours(1));
    }

    /** A meeting the caller runs (its organiser or the office), as of the version he edited. */
    Meeting managed(long id, long version) {
        SilianUser me = currentUser.require();
        Meeting m = visible(id, me);
        access.requireManage(me, m);
        m.checkVersion(version);
        return m;
    }

    Meeting find(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    Meeting visible(long id, SilianUser me) {
        Meeting m = find(id);
        if (!access.sees(me, m)) {
            throw new NotFoundException(TYPE, id);
        }
        return m;
    }

    void notifyInvitees(Meeting m, String key, String... extra) {
        List<Long> people = invitations.inviteesOf(m.getId());
        if (people.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(m.title(), WHEN.format(m.startsAt()), place(m)));
        args.addAll(List.of(extra));
        events.publishEvent(new DeputyNotice(people, "meeting", key, args, link(m)));
    }

    static String link(Meeting m) {
        return "meetings/" + m.getId();
    }

    static String place(Meeting m) {
        return m.place() != null ? m.place() : m.onlineLink() != null ? m.onlineLink() : "";
    }

    static LocalDateTime now() {
        return LocalDateTime.now(Formats.ZONE);
    }

    void publish(AuditEvent.Action action, Meeting m, String summaryKey, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(m.getId()),
                Message.of(summaryKey, m.title()), before, after));
    }

    // ---- private ---------------------------------------------------------------------------

    private void requireMayOrganise(SilianUser me, MeetingDraft d) {
        if (me.isOfficeOrAdmin()) {
            return;
        }
        if (me.is(Role.STREET_STAFF) && d.getKind() == MeetingKind.STATION && d.getStationId() != null) {
            stations.get(d.getStationId());
            return;
        }
        if (me.is(Role.DEPUTY) && d.getKind() == MeetingKind.GROUP && d.getGroupId() != null
                && groups.get(d.getGroupId()).rights().manage()) {
            return;
        }
        throw new AccessDeniedException("may not organise this meeting");
    }

    private void validate(MeetingDraft d, boolean announced) {
        InputRules.Checker checker = InputRules.checker()
                .text("title", d.getTitle(), true, TITLE_MAX)
                .text("place", d.getPlace(), false, PLACE_MAX)
                .multiline("description", d.getDescription(), false, TEXT_MAX)
                .check("kind", d.getKind() == null ? "validation.required" : null)
                .check("startsAt", d.getStartsAt() == null ? "validation.required"
                        : d.getStartsAt().isBefore(now()) ? "meeting.starts.past" : null)
                .check("endsAt", d.getEndsAt() == null ? "validation.required"
                        : d.getStartsAt() != null && !d.getEndsAt().isAfter(d.getStartsAt()) ? "validation.end-before-start"
                        : d.getStartsAt() != null && d.getEndsAt().isAfter(d.getStartsAt().plus(LONGEST)) ? "meeting.too-long" : null)
                .check("onlineLink", InputRules.maxLength(d.getOnlineLink(), LINK_MAX), LINK_MAX);
        if (d.getOnlineLink() != null && !d.getOnlineLink().isBlank() && !LINK.matcher(d.getOnlineLink().strip()).matches()) {
            checker.check("onlineLink", "meeting.link.invalid");
        }
        if ((d.getPlace() == null || d.getPlace().isBlank()) && (d.getOnlineLink() == null || d.getOnlineLink().isBlank())
                && d.getStationId() == null) {
            checker.check("place", "meeting.place.required");
        }
        if (d.getKind() == MeetingKind.STATION && d.getStationId() == null) {
            checker.check("stationId", "validation.required");
        }
        if (d.getKind() == MeetingKind.GROUP && d.getGroupId() == null) {
            checker.check("groupId", "validation.required");
        }
        if (d.getAgenda().size() > AGENDA_MAX) {
            checker.check("agenda", "meeting.agenda.too-long", AGENDA_MAX);
        }
        for (AgendaLine line : d.getAgenda()) {
            checker.text("agenda", line.title(), true, AGENDA_TITLE_MAX)
                    .text("agenda", line.presenter(), false, PRESENTER_MAX)
                    .check("agenda", line.minutes() != null && (line.minutes() < 1 || line.minutes() > 600) ? "meeting.agenda.minutes" : null);
        }
        if (announced && d.getAgenda().isEmpty()) {
            checker.check("agenda", "meeting.agenda.empty");
        }
        checker.throwIfAny();
    }

    private void saveAgenda(long meetingId, List<AgendaLine> lines) {
        agenda.deleteOf(meetingId);
        for (int i = 0; i < lines.size(); i++) {
            agenda.save(new AgendaItem(meetingId, i + 1, lines.get(i)));
        }
        agenda.flush();
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private Map<Long, MeetingSummary> summaries(List<Meeting> found) {
        Map<Long, Map<Rsvp, Long>> counts = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] r : invitations.rsvpCounts(found.stream().map(Meeting::getId).toList())) {
                counts.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Rsvp) r[1], ((Number) r[2]).longValue());
            }
        }
        Map<Long, MeetingSummary> rows = new HashMap<>();
        for (Meeting m : found) {
            Map<Rsvp, Long> c = counts.getOrDefault(m.getId(), Map.of());
            long invited = c.values().stream().mapToLong(Long::longValue).sum();
            rows.put(m.getId(), new MeetingSummary(m.getId(), m.title(), m.kind(), m.status(), m.startsAt(), m.endsAt(),
                    place(m), m.closed(), invited,
                    c.getOrDefault(Rsvp.ACCEPTED, 0L) + c.getOrDefault(Rsvp.DELEGATE, 0L), c.getOrDefault(Rsvp.DECLINED, 0L)));
        }
        return rows;
    }

    private static Specification<Meeting> spec(MeetingFilter filter, SilianUser me) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            Predicate invited = me.deputyId() == null ? cb.disjunction() : cb.exists(invitation(query, cb, root, me.deputyId()));
            Predicate organiser = cb.equal(root.get("organiser"), me.getUsername());
            if (!me.isOfficeOrAdmin()) {
                p.add(cb.or(organiser, cb.and(cb.notEqual(root.get("status"), MeetingStatus.DRAFT),
                        cb.or(cb.isFalse(root.get("closed")), invited))));
            }
            if (filter.mine()) {
                p.add(cb.or(organiser, invited));
            }
            if (filter.kind() != null) {
                p.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                p.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("endsAt"), filter.from().atStartOfDay()));
                // Implied by the end and LONGEST, but only this one bounds a walk in start order.
                p.add(cb.greaterThanOrEqualTo(root.get("startsAt"), filter.from().atStartOfDay().minus(LONGEST)));
            }
            if (filter.to() != null) {
                p.add(cb.lessThan(root.get("startsAt"), filter.to().plusDays(1).atStartOfDay()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Pages.contains(filter.text());
                p.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'), cb.like(cb.lower(root.get("place")), like, '\\')));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static Subquery<Long> invitation(jakarta.persistence.criteria.CriteriaQuery<?> query,
                                             jakarta.persistence.criteria.CriteriaBuilder cb, Root<Meeting> meeting, Long deputyId) {
        Subquery<Long> sq = query.subquery(Long.class);
        Root<Invitation> i = sq.from(Invitation.class);
        return sq.select(i.get("id")).where(cb.equal(i.get("meetingId"), meeting.get("id")), cb.equal(i.get("deputyId"), deputyId));
    }
}
