package cn.silian.projects;

import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.CampaignSummary;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionsClock;
import cn.silian.opinions.UnitChoice;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.streets.StreetService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Candidate livelihood projects: proposed by a street's staff for their street, by a deputy, or
 * by the office; edited by whoever proposed them or the office until they are on a ballot;
 * shortlisted (初定), declined or merged by the office, each with its reason.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    static final String TYPE = "LivelihoodProject";
    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int REASON_MAX = 500;
    /** 10 billion yuan: above any one district's livelihood project, so a typo of some zeros is caught. */
    public static final BigDecimal COST_MAX = new BigDecimal("1000000");
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    private static final Set<ProjectState> MERGE_TARGETS = EnumSet.of(ProjectState.PROPOSED, ProjectState.SHORTLISTED);

    private final LivelihoodProjectRepository projects;
    private final ProjectAccess access;
    private final ProjectNames names;
    private final StreetService streets;
    private final HandlingUnitService units;
    private final OpinionService opinions;
    private final CampaignService campaigns;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    ProjectService(LivelihoodProjectRepository projects, ProjectAccess access, ProjectNames names,
                   StreetService streets, HandlingUnitService units, OpinionService opinions,
                   CampaignService campaigns, AccountService accounts, ApplicationEventPublisher events) {
        this.projects = projects;
        this.access = access;
        this.names = names;
        this.streets = streets;
        this.units = units;
        this.opinions = opinions;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.events = events;
    }

    // Proposing and editing

    /** A new proposal; returns its id. A street's staff propose for their own street only. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long propose(ProjectDraft draft) {
        SilianUser me = access.me();
        Integer campaignYear = draft.campaignId() == null ? null : campaignYear(draft.campaignId());
        validate(draft, me, draft.opinionIds(), draft.campaignId() == null);
        int year = campaignYear != null ? campaignYear : draft.year();
        ProposerKind kind = me.is(Role.STREET_STAFF) ? ProposerKind.STREET
                : me.is(Role.DEPUTY) ? ProposerKind.DEPUTY : ProposerKind.OFFICE;
        LivelihoodProject p = new LivelihoodProject(draft.campaignId(), year, kind,
                kind == ProposerKind.DEPUTY ? me.deputyId() : null, kind == ProposerKind.STREET ? me.streetId() : null,
                me.getUsername(), OpinionsClock.now());
        describe(p, draft);
        p.linkOpinions(draft.opinionIds());
        projects.saveAndFlush(p);
        audit(AuditEvent.Action.CREATE, p, "audit.project.proposed", null, describe(p));
        return p.getId();
    }

    /**
     * Changes title, text, cost, department and streets, and links more opinions (a linked one
     * stays linked); returns the new version. Campaign and year stay as proposed.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public long update(long id, long version, ProjectDraft draft) {
        SilianUser me = access.me();
        LivelihoodProject p = visible(id, me);
        if (!access.mayEdit(me, p)) {
            throw new AccessDeniedException("project of another proposer");
        }
        p.checkVersion(version);
        Set<Long> added = new LinkedHashSet<>(draft.opinionIds());
        added.removeAll(p.opinionIds());
        validate(draft, me, added, false);
        String before = describe(p);
        describe(p, draft);
        p.linkOpinions(added);
        projects.saveAndFlush(p);
        audit(AuditEvent.Action.UPDATE, p, "audit.project.changed", before, describe(p));
        return p.getVersion();
    }

    // The office's decisions

    /** Places the project on the year's candidate list (初定); it needs a responsible department. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long shortlist(long id, long version, String reason) {
        LivelihoodProject p = decidable(id, version, reason);
        if (p.unitId() == null) {
            throw new InvalidInputException("unitId", "project.unit.required-to-shortlist");
        }
        String before = "state=" + p.state();
        p.shortlist(reason.strip(), access.me().getUsername(), OpinionsClock.now());
        return decided(p, "audit.project.shortlisted", before);
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long decline(long id, long version, String reason) {
        LivelihoodProject p = decidable(id, version, reason);
        String before = "state=" + p.state();
        p.decline(reason.strip(), access.me().getUsername(), OpinionsClock.now());
        return decided(p, "audit.project.declined", before);
    }

    /**
     * Folds the project into another proposed or shortlisted one of the same year: its streets
     * and opinions move to that one, and it stays, merged, as the record of the decision.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long merge(long id, long version, long targetId, String reason) {
        LivelihoodProject p = decidable(id, version, reason);
        LivelihoodProject target = projects.findById(targetId).orElse(null);
        if (target == null || target.projectYear() != p.projectYear() || !MERGE_TARGETS.contains(target.state())) {
            throw new InvalidInputException("targetId", "project.merge.invalid");
        }
        String before = "state=" + p.state();
        String targetBefore = describe(target);
        p.mergeInto(target, reason.strip(), access.me().getUsername(), OpinionsClock.now());
        projects.saveAndFlush(target);
        audit(AuditEvent.Action.UPDATE, target, "audit.project.changed", targetBefore, describe(target));
        return decided(p, "audit.project.merged", before);
    }

    // Reading

    @PreAuthorize(Roles.SIGNED_IN)
    public Slice<ProjectRow> page(ProjectFilter filter, Pageable pageable) {
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "projectYear", "proposedAt");
        // everything at once (an export, a picker) has no page to number
        Pageable sorted = pageable.isUnpaged()
                ? Pageable.unpaged(pageable.getSort().isSorted() ? pageable.getSort() : newestFirst.and(Sort.by("id")))
                : Pages.sorted(pageable, newestFirst);
        Slice<LivelihoodProject> page = Pages.slice(projects, spec(filter), sorted);
        ProjectNames.Names named = names.of(page.getContent());
        return page.map(named::row);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public long count(ProjectFilter filter) {
        return projects.count(spec(filter));
    }

    /** One project the caller may see; one he may not does not exist for him. */
    @PreAuthorize(Roles.SIGNED_IN)
    public ProjectDetails get(long id) {
        SilianUser me = access.me();
        LivelihoodProject p = visible(id, me);
        ProjectNames.Names named = names.of(List.of(p));
        boolean open = p.state() == ProjectState.PROPOSED || p.state() == ProjectState.SHORTLISTED;
        boolean decidable = open || p.state() == ProjectState.DECLINED;
        ProjectDetails.Rights rights = new ProjectDetails.Rights(open && access.mayEdit(me, p),
                decidable && access.mayDecide(me));
        List<Long> mergedFrom = projects.findByMergedIntoOrderByIdAsc(p.getId()).stream()
                .map(LivelihoodProject::getId).toList();
        return new ProjectDetails(p.getId(), p.projectYear(), p.campaignId(), p.title(), p.description(),
                named.streetsOf(p), p.estimatedCost(), p.unitId(), named.unitOf(p), p.state(), p.proposerKind(),
                named.proposerOf(p), p.proposedAt(), p.mergedInto(), p.decisionReason(),
                p.decidedBy() == null ? null : accounts.name(p.decidedBy()), p.decidedAt(),
                p.opinionIds().stream().sorted().toList(), mergedFrom, p.getVersion(), rights);
    }

    /** The departments a project may be given: the active handling units. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<UnitChoice> departments() {
        return units.choices();
    }

    // Inside the module

    private Specification<LivelihoodProject> spec(ProjectFilter filter) {
        Specification<LivelihoodProject> spec = access.visibleTo(access.me());
        ProjectFilter f = filter == null ? ProjectFilter.none() : filter;
        if (f.year() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("projectYear"), f.year()));
        }
        if (f.campaignId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("campaignId"), f.campaignId()));
        }
        if (f.state() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), f.state()));
        }
        if (f.streetId() != null) {
            spec = spec.and((root, query, cb) -> cb.isMember(f.streetId(), root.get("streetIds")));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = Pages.contains(f.text());
            spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                    cb.like(cb.lower(root.get("description")), like, '\\')));
        }
        return spec;
    }

    private LivelihoodProject visible(long id, SilianUser me) {
        Specification<LivelihoodProject> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return projects.findOne(access.visibleTo(me).and(byId)).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private LivelihoodProject decidable(long id, long version, String reason) {
        LivelihoodProject p = visible(id, access.me());
        p.checkVersion(version);
        InputRules.checker().multiline("reason", reason, true, REASON_MAX).throwIfAny();
        return p;
    }

    private long decided(LivelihoodProject p, String key, String before) {
        projects.saveAndFlush(p);
        audit(AuditEvent.Action.UPDATE, p, key, before, "state=" + p.state());
        return p.getVersion();
    }

    private Integer campaignYear(long campaignId) {
        return campaigns.forProjects().stream().filter(c -> c.id() == campaignId).map(CampaignSummary::year)
                .findFirst().orElseThrow(() -> new InvalidInputException("campaignId", "project.campaign.unknown"));
    }

    /** Every rule of the draft, all problems at once; {@code newOpinions} must each be readable by the caller. */
    private void validate(ProjectDraft d, SilianUser me, Set<Long> newOpinions, boolean needsYear) {
        InputRules.Checker checker = InputRules.checker()
                .text("title", d.title(), true, TITLE_MAX)
                .multiline("description", d.description(), true, DESCRIPTION_MAX);
        if (d.streetIds().isEmpty()) {
            checker.check("streetIds", "project.streets.required");
        } else if (!d.streetIds().stream().allMatch(streets::exists)) {
            checker.check("streetIds", "project.streets.unknown");
        } else if (me.is(Role.STREET_STAFF) && !d.streetIds().equals(Set.of(Objects.requireNonNullElse(me.streetId(), -1L)))) {
            checker.check("streetIds", "project.streets.not-own");
        }
        BigDecimal cost = d.estimatedCost();
        if (cost != null) {
            checker.check("estimatedCost", cost.signum() < 0 ? "project.cost.negative"
                    : cost.compareTo(COST_MAX) > 0 ? "project.cost.too-high"
                    : cost.stripTrailingZeros().scale() > 2 ? "project.cost.scale" : null, COST_MAX.toPlainString());
        }
        if (d.unitId() != null && units.choices().stream().noneMatch(u -> u.id() == d.unitId())) {
            checker.check("unitId", "project.unit.unknown");
        }
        if (needsYear && (d.year() == null || d.year() < YEAR_MIN || d.year() > YEAR_MAX)) {
            checker.check("year", "project.year.invalid", String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
        }
        if (!newOpinions.isEmpty() && !mayReadAll(newOpinions)) {
            checker.check("opinionIds", "project.opinion.unknown");
        }
        checker.throwIfAny();
    }

    /**
     * The opinions module decides who reads an opinion; its refusal (as if the opinion did not
     * exist) is turned into a problem of the form. It is thrown on at once, so the transaction
     * the refusal marked for rollback never commits.
     */
    private boolean mayReadAll(Set<Long> opinionIds) {
        try {
            return opinions.materials(opinionIds).size() == opinionIds.size();
        } catch (NotFoundException | AccessDeniedException e) {
            return false;
        }
    }

    private static void describe(LivelihoodProject p, ProjectDraft d) {
        BigDecimal cost = d.estimatedCost() == null ? null : d.estimatedCost().setScale(2, java.math.RoundingMode.UNNECESSARY);
        p.describe(d.title().strip(), d.description().strip(), cost, d.unitId(), new HashSet<>(d.streetIds()));
    }

    private static String describe(LivelihoodProject p) {
        return "title=" + p.title() + ", streets=" + p.streetIds().stream().sorted().toList() + ", cost="
                + p.estimatedCost() + ", unit=" + p.unitId() + ", opinions=" + p.opinionIds().stream().sorted().toList()
                + ", state=" + p.state();
    }

    private void audit(AuditEvent.Action action, LivelihoodProject p, String key, String before, String after) {
        events.publishEvent(new AuditEvent(access.me().getUsername(), action, TYPE, String.valueOf(p.getId()),
                Message.of(key, p.title()), before, after));
    }
}
