package cn.silian.supervision;

import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.opinions.OpinionsClock;
import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The supervised projects: the list of a year, a project's page, its group (set by the office),
 * planned milestones, the department's progress reports and the group's site visits.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    static final String TYPE = "SupervisedProject";
    static final String UNIT_OR_OFFICE = "hasAnyRole('OFFICE','ADMIN','UNIT')";
    static final Duration VISIT_LENGTH = Duration.ofHours(2);
    public static final int MILESTONE_TITLE_MAX = 200;
    public static final int MEMBERS_MAX = 30;
    private static final Sort DEFAULT_SORT = Sort.by("id");

    private final SupervisedProjectRepository projects;
    private final PlannedMilestoneRepository milestones;
    private final ProgressReportRepository reports;
    private final SiteVisitRepository visits;
    private final SupervisionProblemRepository problems;
    private final SupervisionAccess access;
    private final MeetingService meetings;
    private final InvitationService invitations;
    private final ApplicationEventPublisher events;

    SupervisionService(SupervisedProjectRepository projects, PlannedMilestoneRepository milestones, ProgressReportRepository reports,
                       SiteVisitRepository visits, SupervisionProblemRepository problems, SupervisionAccess access,
                       MeetingService meetings, InvitationService invitations, ApplicationEventPublisher events) {
        this.projects = projects;
        this.milestones = milestones;
        this.reports = reports;
        this.visits = visits;
        this.problems = problems;
        this.access = access;
        this.meetings = meetings;
        this.invitations = invitations;
        this.events = events;
    }

    /** A year's supervised projects the caller may see, filtered and paged in the database. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Slice<ProjectRow> page(SupervisionFilter filter, Pageable pageable) {
        Pageable sorted = pageable.isPaged() ? Pages.sorted(pageable, DEFAULT_SORT) : Pageable.unpaged(DEFAULT_SORT);
        Slice<SupervisedProject> page = Pages.slice(projects, spec(filter), sorted);
        Map<Long, ProjectRow> rows = rows(page.getContent());
        return page.map(p -> rows.get(p.getId()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public long count(SupervisionFilter filter) {
        return projects.count(spec(filter));
    }

    /** Every row of the year the caller may see, in list order: for the status PDF. */
    List<ProjectRow> all(int year) {
        List<SupervisedProject> found = projects.findAll(spec(SupervisionFilter.of(year)), DEFAULT_SORT);
        Map<Long, ProjectRow> rows = rows(found);
        return found.stream().map(p -> rows.get(p.getId())).toList();
    }

    private Specification<SupervisedProject> spec(SupervisionFilter f) {
        Specification<SupervisedProject> spec = access.scope().and((root, q, cb) -> cb.equal(root.get("year"), f.year()));
        if (f.text() != null && !f.text().isBlank()) {
            String like = Pages.contains(f.text());
            spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("title")), like, '\\'));
        }
        if (f.unitId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("unitId"), f.unitId()));
        }
        if (f.streetId() != null) {
            spec = spec.and((root, q, cb) -> {
                var sub = q.subquery(Long.class);
                var other = sub.from(SupervisedProject.class);
                var street = other.join("streetIds");
                sub.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")), cb.equal(street, f.streetId()));
                return cb.exists(sub);
            });
        }
        return spec;
    }

    private Map<Long, ProjectRow> rows(Collection<SupervisedProject> found) {
        List<Long> ids = found.stream().map(SupervisedProject::getId).toList();
        Map<Long, long[]> open = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : problems.openCounts(ids, OpinionsClock.today())) {
                open.put((Long) r[0], new long[]{((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()});
            }
        }
        Map<Long, String> leads = access.deputyNames(found.stream().map(SupervisedProject::leadDeputyId).toList());
        Map<Long, String> units = access.unitNames(found.stream().map(SupervisedProject::unitId).toList());
        Map<Long, ProjectRow> rows = new HashMap<>();
        for (SupervisedProject p : found) {
            long[] o = open.getOrDefault(p.getId(), new long[]{0, 0});
            rows.put(p.getId(), new ProjectRow(p.getId(), p.year(), p.title(), units.getOrDefault(p.unitId(), ""),
                    p.leadDeputyId(), p.leadDeputyId() == null ? null : leads.get(p.leadDeputyId()), p.percentDone(),
                    p.latestMilestone(), o[0], o[1], p.ratingPublished() ? p.figures() : null));
        }
        return rows;
    }

    /** A project's page: the office, its group, its streets' staff and its department. */
    @PreAuthorize(Roles.SIGNED_IN)
    public ProjectDetails get(long id) {
        SupervisedProject p = find(id);
        access.requireMayRead(p);
        Map<Long, String> names = access.deputyNames(p.memberIds());
        List<ProjectDetails.Person> members = p.memberIds().stream().filter(m -> !m.equals(p.leadDeputyId()))
                .map(m -> new ProjectDetails.Person(m, names.getOrDefault(m, ""))).sorted(java.util.Comparator.comparing(ProjectDetails.Person::id))
                .toList();
        ProjectDetails.Person lead = p.leadDeputyId() == null ? null
                : new ProjectDetails.Person(p.leadDeputyId(), names.getOrDefault(p.leadDeputyId(), ""));
        Map<Long, String> streets = access.streetNames(p.streetIds());
        LocalDate today = OpinionsClock.today();
        boolean office = access.me().isOfficeOrAdmin();
        ProjectDetails.Rights rights = new ProjectDetails.Rights(office, access.mayReport(p), access.mayRaise(p),
                access.mayReport(p), access.mayRateAnswer(p));
        return new ProjectDetails(p.getId(), p.getVersion(), p.projectId(), p.year(), p.title(), p.description(), p.unitId(),
                access.unitName(p.unitId()), p.streetIds().stream().map(s -> streets.getOrDefault(s, "")).sorted().toList(),
                lead, members, p.percentDone(), p.latestMilestone(),
                milestones.findBySupervisedIdOrderByDueOnAscIdAsc(id).stream()
                        .map(m -> new ProjectDetails.MilestoneRow(m.getId(), m.title(), m.dueOn(), m.reachedOn())).toList(),
                reports.findBySupervisedIdOrderByReportedOnDescIdDesc(id).stream()
                        .map(r -> new ProjectDetails.ProgressRow(r.getId(), r.reportedOn(), r.milestone(), r.percentDone(), r.note()))
                        .toList(),
                visits.findBySupervisedIdOrderByStartsAtDesc(id).stream()
                        .map(v -> new ProjectDetails.VisitRow(v.meetingId(), v.startsAt(), v.place())).toList(),
                problems.findBySupervisedIdOrderByRaisedAtDescIdDesc(id).stream()
                        .map(x -> new ProjectDetails.ProblemRow(x.getId(), x.getVersion(), x.body(), x.dueOn(), x.state(),
                                x.answer(), x.satisfied(), x.returned(), x.overdue(today))).toList(),
                p.ratingPublished() ? p.figures() : null, rights);
    }

    /**
     * The office sets the group: a lead (组长) and members, all active district deputies of the
     * term; the lead is a member too. Returns the project's new version.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long setGroup(long id, long version, Long leadDeputyId, Set<Long> memberIds) {
        SupervisedProject p = find(id);
        p.checkVersion(version);
        Set<Long> members = memberIds == null ? Set.of() : Set.copyOf(memberIds);
        List<Long> everyone = new ArrayList<>(members);
        if (leadDeputyId != null) {
            everyone.add(leadDeputyId);
        }
        Set<Long> eligible = access.eligibleAmong(everyone);
        InputRules.checker()
                .check("lead", leadDeputyId == null ? "validation.required"
                        : !eligible.contains(leadDeputyId) ? "supervision.group.not-district-deputy" : null)
                .check("members", members.stream().anyMatch(m -> !eligible.contains(m)) ? "supervision.group.not-district-deputy" : null)
                .check("members", members.size() > MEMBERS_MAX ? "supervision.group.too-many" : null, MEMBERS_MAX)
                .throwIfAny();
        String before = "lead=" + p.leadDeputyId() + " members=" + p.memberIds();
        p.group(leadDeputyId, members);
        projects.saveAndFlush(p);
        audit(p, AuditEvent.Action.UPDATE, "audit.supervision.group-set", before,
                "lead=" + p.leadDeputyId() + " members=" + p.memberIds(), p.title());
        return p.getVersion();
    }

    /** A planned milestone (title, due date); returns its id. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long addMilestone(long id, String title, LocalDate dueOn) {
        SupervisedProject p = find(id);
        InputRules.checker().text("milestoneTitle", title, true, MILESTONE_TITLE_MAX)
                .check("dueOn", dueOn == null ? "validation.required" : null).throwIfAny();
        long milestone = milestones.saveAndFlush(new PlannedMilestone(p.getId(), title.strip(), dueOn)).getId();
        audit(p, AuditEvent.Action.CREATE, "audit.supervision.milestone-added", null, "milestone=" + title.strip(), p.title());
        return milestone;
    }

    /**
     * A progress report, by the department's own account or the office. The percent is 0..100 and
     * never below the latest report's: a project's work done does not shrink, and a correction is
     * the office's to make in the database, not a new report. Returns the project's new version.
     */
    @PreAuthorize(UNIT_OR_OFFICE)
    @Transactional
    public long addReport(long id, long version, ProgressDraft draft) {
        SupervisedProject p = find(id);
        access.requireMayReport(p);
        p.checkVersion(version);
        ProgressReport latest = reports.findFirstBySupervisedIdOrderByReportedOnDescIdDesc(id).orElse(null);
        LocalDate today = OpinionsClock.today();
        Integer percent = draft.percent();
        InputRules.Checker checker = InputRules.checker()
                .check("reportedOn", draft.reportedOn() == null ? "validation.required"
                        : draft.reportedOn().isAfter(today) ? "supervision.progress.future"
                        : latest != null && draft.reportedOn().isBefore(latest.reportedOn()) ? "supervision.progress.before-previous"
                        : null, latest == null ? "" : latest.reportedOn().toString())
                .text("milestone", draft.milestone(), true, ProgressDraft.MILESTONE_MAX)
                .multiline("note", draft.note(), false, ProgressDraft.NOTE_MAX)
                .check("percent", percent == null ? "validation.required"
                        : percent < 0 || percent > 100 ? "supervision.progress.range"
                        : latest != null && percent < latest.percentDone() ? "supervision.progress.below-previous" : null,
                        latest == null ? 0 : latest.percentDone());
        PlannedMilestone reached = null;
        if (draft.milestoneId() != null) {
            reached = milestones.findById(draft.milestoneId()).filter(m -> m.supervisedId() == id).orElse(null);
            checker.check("milestoneId", reached == null ? "supervision.progress.milestone-unknown"
                    : reached.reachedOn() != null ? "supervision.progress.milestone-reached" : null);
        }
        checker.throwIfAny();
        String before = "percent=" + p.percentDone();
        reports.saveAndFlush(new ProgressReport(id, draft, access.me().getUsername(), OpinionsClock.now()));
        if (reached != null) {
            reached.reach(draft.reportedOn());
            milestones.saveAndFlush(reached);
        }
        p.progressed(percent, draft.milestone().strip());
        projects.saveAndFlush(p);
        audit(p, AuditEvent.Action.UPDATE, "audit.supervision.progress-reported", before, "percent=" + percent, p.title(),
                percent);
        return p.getVersion();
    }

    /**
     * The office schedules a site visit: a research visit (视察) in the meetings module, titled in
     * the office's language, its group invited; the project keeps its id. Returns the meeting's id.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long scheduleVisit(long id, VisitDraft draft, Locale locale) {
        SupervisedProject p = find(id);
        InputRules.checker()
                .check("startsAt", draft.startsAt() == null ? "validation.required"
                        : draft.startsAt().isBefore(LocalDateTime.now(Formats.ZONE)) ? "supervision.visit.past" : null)
                .text("place", draft.place(), true, MeetingService.PLACE_MAX)
                .throwIfAny();
        String title = Message.of("supervision.visit.title", p.title()).translate(locale);
        MeetingDraft meeting = new MeetingDraft();
        meeting.setTitle(title.length() > MeetingService.TITLE_MAX ? title.substring(0, MeetingService.TITLE_MAX) : title);
        meeting.setKind(MeetingKind.VISIT);
        meeting.setStartsAt(draft.startsAt());
        meeting.setEndsAt(draft.startsAt().plus(VISIT_LENGTH));
        meeting.setPlace(draft.place().strip());
        meeting.setDescription(p.description().length() > MeetingService.TEXT_MAX
                ? p.description().substring(0, MeetingService.TEXT_MAX) : p.description());
        long meetingId = meetings.create(meeting);
        if (!p.memberIds().isEmpty()) {
            invitations.invite(meetingId, p.memberIds());
        }
        visits.saveAndFlush(new SiteVisit(id, meetingId, draft.startsAt(), draft.place().strip()));
        audit(p, AuditEvent.Action.CREATE, "audit.supervision.visit-scheduled", null, "meeting=" + meetingId, p.title());
        return meetingId;
    }

    /** The status of a year as a PDF, of the projects the caller may see. */
    @PreAuthorize(Roles.SIGNED_IN)
    public byte[] statusPdf(int year, Locale locale) {
        return SupervisionPdf.write(year, all(year), locale, OpinionsClock.today());
    }

    SupervisedProject find(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private void audit(SupervisedProject p, AuditEvent.Action action, String key, String before, String after, Object... args) {
        events.publishEvent(new AuditEvent(access.me().getUsername(), action, TYPE, String.valueOf(p.getId()),
                Message.of(key, args), before, after));
    }
}
