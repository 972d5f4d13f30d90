package cn.silian.voters;

import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A deputy's own report: drafted from his year's record, edited by him alone, submitted once
 * and read-only after. Its readers are he, the office and the staff of his street.
 */
@Service
@Transactional(readOnly = true)
public class VotersReportService {

    static final String REPORT = "VotersReport";
    public static final int BODY_MAX = VotersReport.BODY_MAX;

    private final VotersReportRepository reports;
    private final VotersPlanRepository plans;
    private final VotersAccess access;
    private final ReportDrafts drafts;
    private final ReportActivity activity;
    private final VotersSettings settings;
    private final ApplicationEventPublisher events;

    VotersReportService(VotersReportRepository reports, VotersPlanRepository plans, VotersAccess access,
                        ReportDrafts drafts, ReportActivity activity, VotersSettings settings,
                        ApplicationEventPublisher events) {
        this.reports = reports;
        this.plans = plans;
        this.access = access;
        this.drafts = drafts;
        this.activity = activity;
        this.settings = settings;
        this.events = events;
    }

    /** The caller's report of the latest confirmed plan he is in, if any. */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public Optional<ReportDetails> mine(Locale locale) {
        Long deputyId = access.me().deputyId();
        if (deputyId == null) {
            return Optional.empty();
        }
        return reports.confirmedOf(deputyId).stream().findFirst().map(r -> details(r, locale));
    }

    /** What the caller's latest planned report asks of him, without its text: for his home page. */
    public record Due(int year, ReportForm form, boolean submitted, boolean published) {
    }

    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional(readOnly = true)
    public Optional<Due> myDue() {
        Long deputyId = access.me().deputyId();
        if (deputyId == null) {
            return Optional.empty();
        }
        return reports.confirmedWithYearOf(deputyId, org.springframework.data.domain.PageRequest.of(0, 1)).stream()
                .findFirst().map(row -> {
                    VotersReport r = (VotersReport) row[1];
                    return new Due(((Number) row[0]).intValue(), r.form(), r.state() == ReportState.SUBMITTED, r.published());
                });
    }

    /** One report: the deputy his own, the office any, a street's staff those of their street. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public ReportDetails get(long id, Locale locale) {
        VotersReport r = find(id);
        access.requireMayRead(r);
        return details(r, locale);
    }

    /** Saves the deputy's text; returns the new version. */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public long save(long id, long version, String body) {
        VotersReport r = editable(id, version);
        validate(body);
        r.write(body.strip());
        reports.saveAndFlush(r);
        return r.getVersion();
    }

    /** Saves and submits the text; after this the report is read-only. A written report earns the duty. */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public long submit(long id, long version, String body) {
        VotersReport r = editable(id, version);
        validate(body);
        r.write(body.strip());
        r.submit(Instant.now());
        reports.saveAndFlush(r);
        VotersPlan plan = plans.findById(r.planId()).orElseThrow();
        activity.changed(r, plan.year());
        events.publishEvent(new AuditEvent(access.me().getUsername(), AuditEvent.Action.UPDATE, REPORT,
                String.valueOf(r.getId()), Message.of("audit.voters.report-submitted", access.nameOf(r.deputyId()), plan.year()),
                "state=DRAFT", "state=SUBMITTED"));
        return r.getVersion();
    }

    private VotersReport editable(long id, long version) {
        VotersReport r = find(id);
        access.requireOwn(r);
        if (r.submitted()) {
            throw new InvalidInputException("body", "voters.report.already-submitted");
        }
        if (!plans.findById(r.planId()).orElseThrow().confirmed()) {
            throw new InvalidInputException(null, "voters.report.plan-not-confirmed");
        }
        r.checkVersion(version);
        return r;
    }

    private static void validate(String body) {
        InputRules.checker().multiline("body", body, true, BODY_MAX).throwIfAny();
    }

    ReportDetails details(VotersReport r, Locale locale) {
        VotersPlan plan = plans.findById(r.planId()).orElseThrow();
        boolean own = java.util.Objects.equals(access.me().deputyId(), r.deputyId());
        // the draft from his record is his alone: others see what he saved, or nothing yet
        boolean generated = own && r.body() == null;
        String body = generated ? drafts.draft(r.deputyId(), plan.year(), locale) : r.body() == null ? "" : r.body();
        Tally tally = !own || r.published() ? r.tally() : Tally.NONE;
        return new ReportDetails(r.getId(), plan.year(), r.deputyId(), access.nameOf(r.deputyId()), r.form(), r.state(),
                body, generated, r.getVersion(), r.meetingId(), r.meetingAt(), r.meetingPlace(), r.invited(), tally,
                r.published(), settings.minRaters());
    }

    private VotersReport find(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException(REPORT, id));
    }
}
