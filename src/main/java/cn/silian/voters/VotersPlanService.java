package cn.silian.voters;

import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The office's plan of a year: the planner proposes who reports orally, the office swaps people
 * between the oral and the written list and confirms it once the oral list holds the share.
 */
@Service
@Transactional(readOnly = true)
public class VotersPlanService {

    static final String PLAN = "VotersPlan";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final VotersPlanRepository plans;
    private final VotersReportRepository reports;
    private final VotersAccess access;
    private final VotersSettings settings;
    private final ApplicationEventPublisher events;
    private final EntityManager em;

    VotersPlanService(VotersPlanRepository plans, VotersReportRepository reports, VotersAccess access,
                      VotersSettings settings, ApplicationEventPublisher events, EntityManager em) {
        this.plans = plans;
        this.reports = reports;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.em = em;
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public Optional<PlanSummary> plan(int year) {
        return plans.findByYear(year).map(this::summary);
    }

    /** The share of the district deputies that must report orally each year. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public double share() {
        return settings.oralShare();
    }

    /**
     * A new plan of the year, as a draft: every active district deputy of the term now serving,
     * the planner's choice orally (those who have not reported orally in the term first), the rest
     * in writing.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long create(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "voters.plan.year-invalid", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (plans.findByYear(year).isPresent()) {
            throw new InvalidInputException("year", "voters.plan.exists", String.valueOf(year));
        }
        Integer term = access.currentTerm();
        List<OralPlanner.Candidate> candidates = term == null ? List.of() : access.candidates(term, year);
        if (candidates.isEmpty()) {
            throw new InvalidInputException("year", "voters.plan.no-deputies");
        }
        VotersPlan plan = plans.saveAndFlush(new VotersPlan(year, term, Instant.now()));
        Set<Long> oral = new HashSet<>();
        OralPlanner.propose(candidates, settings.oralShare()).forEach(c -> oral.add(c.deputyId()));
        List<VotersReport> rows = new ArrayList<>();
        for (OralPlanner.Candidate c : candidates) {
            rows.add(new VotersReport(plan.getId(), c.deputyId(), oral.contains(c.deputyId()) ? ReportForm.ORAL : ReportForm.WRITTEN));
        }
        reports.saveAll(rows);
        reports.flush();
        audit(AuditEvent.Action.CREATE, plan, "audit.voters.plan-created", null, "oral=" + oral.size());
        return plan.getId();
    }

    /** One page of the plan's oral or written list, in the order of the names' pinyin. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public Slice<ReportRow> reports(long planId, ReportForm form, Pageable pageable) {
        find(planId);
        var query = em.createNativeQuery("""
                        SELECT r.id, r.deputy_id, d.name, r.form, r.state, r.meeting_at, r.meeting_place,
                               r.satisfied, r.basically, r.unsatisfied, r.published_at
                        FROM voters_report r JOIN deputy d ON d.id = r.deputy_id
                        WHERE r.plan_id = ?1 AND r.form = ?2 ORDER BY d.name_pinyin, d.id""")
                .setParameter(1, planId).setParameter(2, form.name());
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize() + 1);
        }
        List<ReportRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new ReportRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ReportForm.valueOf((String) r[3]), ReportState.valueOf((String) r[4]), dateTime(r[5]), (String) r[6],
                    new Tally(((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).intValue()),
                    r[10] != null));
        }
        boolean more = pageable.isPaged() && rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    /** Moves one deputy of a draft plan to the other list; returns the plan's new version. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long swap(long planId, long version, long reportId, ReportForm form) {
        VotersPlan plan = find(planId);
        plan.checkVersion(version);
        if (plan.confirmed()) {
            throw new InvalidInputException(null, "voters.plan.already-confirmed");
        }
        VotersReport report = reports.findById(reportId).filter(r -> r.planId() == planId)
                .orElseThrow(() -> new NotFoundException("VotersReport", reportId));
        if (report.form() != form) {
            String before = "form=" + report.form();
            report.formTo(form);
            plan.swapped();
            plans.saveAndFlush(plan);
            audit(AuditEvent.Action.UPDATE, plan, "audit.voters.plan-swapped", before, "form=" + form + " report=" + reportId);
        }
        return plan.getVersion();
    }

    /** Confirms the plan; refused while fewer than the share report orally. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long confirm(long planId, long version) {
        VotersPlan plan = find(planId);
        plan.checkVersion(version);
        if (plan.confirmed()) {
            throw new InvalidInputException(null, "voters.plan.already-confirmed");
        }
        PlanSummary s = summary(plan);
        if (s.oral() < s.oralNeeded()) {
            throw new InvalidInputException("oral", "voters.plan.share-short", s.oralNeeded(), s.deputies(),
                    Math.round(s.share() * 100), s.oral());
        }
        plan.confirm(Instant.now(), access.me().getUsername());
        plans.saveAndFlush(plan);
        audit(AuditEvent.Action.UPDATE, plan, "audit.voters.plan-confirmed", "status=DRAFT", "status=CONFIRMED");
        return plan.getVersion();
    }

    PlanSummary summary(VotersPlan p) {
        long all = reports.countInPlan(p.getId());
        long oral = reports.countByForm(p.getId(), ReportForm.ORAL);
        Number done = (Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM voters_report WHERE plan_id = ?1
                          AND ((form = 'WRITTEN' AND state = 'SUBMITTED') OR (form = 'ORAL' AND published_at IS NOT NULL))""")
                .setParameter(1, p.getId()).getSingleResult();
        return new PlanSummary(p.getId(), p.year(), p.term(), p.status(), p.getVersion(), all, oral,
                OralPlanner.needed((int) all, settings.oralShare()), settings.oralShare(), done.longValue());
    }

    private VotersPlan find(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException(PLAN, id));
    }

    private static LocalDateTime dateTime(Object o) {
        return switch (o) {
            case null -> null;
            case LocalDateTime t -> t;
            case java.sql.Timestamp t -> t.toLocalDateTime();
            default -> LocalDateTime.parse(o.toString().replace(' ', 'T'));
        };
    }

    private void audit(AuditEvent.Action action, VotersPlan plan, String key, String before, String after) {
        events.publishEvent(new AuditEvent(access.me().getUsername(), action, PLAN, String.valueOf(plan.getId()),
                Message.of(key, plan.year()), before, after));
    }
}
