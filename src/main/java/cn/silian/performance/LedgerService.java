package cn.silian.performance;

import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
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
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The ledger as people work with it: entries, appeals and their decisions, manual entries, replay. */
@Service
public class LedgerService {

    public static final int REASON_MAX = 1000;
    public static final int TITLE_MAX = 300;
    public static final int POINTS_LIMIT = 100;
    static final String TYPE = "LedgerEntry";

    private final Ledger ledger;
    private final LedgerEntryRepository entries;
    private final AppealRepository appeals;
    private final DutyRepository duties;
    private final Schemes schemes;
    private final PointsTotals totals;
    private final PointsAccess access;
    private final DeputyService deputies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    LedgerService(Ledger ledger, LedgerEntryRepository entries, AppealRepository appeals, DutyRepository duties,
                  Schemes schemes, PointsTotals totals, PointsAccess access, DeputyService deputies,
                  CurrentUser currentUser, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.entries = entries;
        this.appeals = appeals;
        this.duties = duties;
        this.schemes = schemes;
        this.totals = totals;
        this.access = access;
        this.deputies = deputies;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** What a replay of a year did. */
    public record Replayed(int year, int sources, int activities, int earned, int updated, int withdrawn) {
    }

    /**
     * Rebuilds a year's earned points from what the modules hold now, after a fix of the year's
     * scheme: entries are earned, updated or withdrawn; manual entries and appeals' decisions stay.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public Replayed replay(int year) {
        Ledger.ReplayResult r = ledger.replay(year);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, "DutyScheme",
                String.valueOf(year), Message.of("audit.points.replayed", String.valueOf(year), r.earned(), r.updated(), r.withdrawn()),
                null, null));
        return new Replayed(r.year(), r.sources(), r.activities(), r.earned(), r.updated(), r.withdrawn());
    }

    /** A deputy's entries of a year, newest first, withdrawn ones too (marked), with their appeals. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public Slice<EntryRow> entries(long deputyId, int year, Pageable pageable, Locale locale) {
        access.requireMayRead(deputyId);
        Slice<LedgerEntry> page = entries.pageOf(deputyId, year, pageable);
        Schemes.YearScheme scheme = schemes.of(year);
        Map<Long, Appeal> latest = new HashMap<>();
        List<Long> ids = page.getContent().stream().map(LedgerEntry::getId).toList();
        if (!ids.isEmpty()) {
            appeals.ofEntries(ids).forEach(a -> latest.put(a.entryId(), a));
        }
        List<EntryRow> rows = page.getContent().stream().map(e -> {
            Duty d = scheme.dutyOf(e.dutyId());
            Appeal a = latest.get(e.getId());
            return new EntryRow(e.getId(), e.earnedOn(), d.name(locale), d.group(), e.title(), e.link(), e.points(),
                    e.effectivePoints(), e.withdrawn(), e.manual(), e.reason(), a == null ? null : a.state(),
                    a == null ? null : a.decision());
        }).toList();
        return new SliceImpl<>(rows, pageable, page.hasNext());
    }

    /** The deputy appeals one of his own entries; one open appeal per entry, none on a withdrawn one. */
    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public long appeal(long entryId, String reason) {
        SilianUser me = currentUser.require();
        LedgerEntry e = entries.findById(entryId).orElseThrow(() -> new NotFoundException(TYPE, entryId));
        if (!e.deputyId().equals(me.deputyId())) {
            throw new AccessDeniedException("another deputy's entry");
        }
        InputRules.checker().multiline("reason", reason, true, REASON_MAX)
                .check("entry", e.withdrawn() ? "points.appeal.withdrawn-entry"
                        : appeals.openFor(entryId) ? "points.appeal.already-open" : null)
                .throwIfAny();
        Appeal a = appeals.save(new Appeal(entryId, e.deputyId(), InputRules.clean(reason), clock.instant()));
        events.publishEvent(new AuditEvent(me.getUsername(), AuditEvent.Action.CREATE, "LedgerAppeal",
                String.valueOf(a.getId()), Message.of("audit.points.appealed", e.title()), null, "entry=" + entryId));
        return a.getId();
    }

    /** Open appeals, oldest first, for the office. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public Slice<AppealRow> openAppeals(Pageable pageable, Locale locale) {
        Slice<Appeal> page = appeals.inState(AppealState.OPEN, pageable);
        Map<Long, LedgerEntry> byId = entries.findAllById(page.getContent().stream().map(Appeal::entryId).toList())
                .stream().collect(Collectors.toMap(LedgerEntry::getId, e -> e));
        Map<Long, String> names = deputies.namesOf(page.getContent().stream().map(Appeal::deputyId).collect(Collectors.toSet()));
        // One scheme per year on the page, not one read (scheme and duties) per appeal.
        Map<Integer, Schemes.YearScheme> schemesByYear = new HashMap<>();
        List<AppealRow> rows = page.getContent().stream().map(a -> {
            LedgerEntry e = byId.get(a.entryId());
            Duty d = schemesByYear.computeIfAbsent(e.year(), schemes::of).dutyOf(e.dutyId());
            return new AppealRow(a.getId(), a.getVersion(), e.getId(), a.deputyId(), names.getOrDefault(a.deputyId(), ""),
                    e.earnedOn(), d.name(locale), e.title(), e.effectivePoints(), a.reason(), a.createdAt());
        }).toList();
        return new SliceImpl<>(rows, pageable, page.hasNext());
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public long openAppealCount() {
        return appeals.countOpen();
    }

    /**
     * The office accepts an appeal, setting what the entry counts (0 takes it out), or rejects it;
     * either with its reason. The deputy is told.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void decide(long appealId, long version, boolean accept, Integer points, String decision) {
        Appeal a = appeals.findById(appealId).orElseThrow(() -> new NotFoundException("LedgerAppeal", appealId));
        a.checkVersion(version);
        InputRules.checker()
                .multiline("decision", decision, true, REASON_MAX)
                .check("points", !accept ? null : points == null ? "validation.required"
                        : Math.abs(points) > POINTS_LIMIT ? "points.error.points-range" : null)
                .check("appeal", a.state() != AppealState.OPEN ? "points.appeal.decided" : null)
                .throwIfAny();
        LedgerEntry e = entries.findById(a.entryId()).orElseThrow();
        a.decide(accept, points, InputRules.clean(decision), currentUser.username(), clock.instant());
        if (accept) {
            e.adjust(points);
            entries.flush();
            totals.recompute(new PointsTotals.DeputyYear(e.deputyId(), e.year()));
        }
        events.publishEvent(new DeputyNotice(List.of(e.deputyId()), "points",
                accept ? "points.notice.appeal-accepted" : "points.notice.appeal-rejected",
                List.of(e.title(), InputRules.clean(decision)), "points"));
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, "LedgerAppeal",
                String.valueOf(appealId), Message.of(accept ? "audit.points.appeal-accepted" : "audit.points.appeal-rejected",
                e.title()), "points=" + e.points(), "points=" + e.effectivePoints()));
    }

    /** The office enters points by hand, with the reason; within the year, never in the future. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long addManual(ManualEntryDraft draft) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        Duty duty = draft.dutyId() == null ? null : duties.findById(draft.dutyId()).orElse(null);
        InputRules.checker()
                .check("deputyId", draft.deputyId() == null ? "validation.required"
                        : deputies.nameOf(draft.deputyId()).isEmpty() ? "points.error.deputy" : null)
                .check("dutyId", duty == null ? "validation.required" : null)
                .check("on", draft.on() == null ? "validation.required"
                        : draft.on().isAfter(today) ? "points.error.future" : null)
                .check("points", draft.points() != null && Math.abs(draft.points()) > POINTS_LIMIT
                        ? "points.error.points-range" : null)
                .text("title", draft.title(), true, TITLE_MAX)
                .multiline("reason", draft.reason(), true, REASON_MAX)
                .throwIfAny();
        Schemes.YearScheme scheme = schemes.of(draft.on().getYear());
        if (!duty.schemeId().equals(scheme.scheme().getId())) {
            throw new InvalidInputException("dutyId", "points.error.duty-of-another-year");
        }
        int points = draft.points() != null ? draft.points() : duty.points();
        LedgerEntry e = entries.save(LedgerEntry.manual(draft.deputyId(), duty, draft.on(), points,
                InputRules.clean(draft.title()), InputRules.clean(draft.reason()), null, clock.instant(), currentUser.username()));
        entries.flush();
        totals.recompute(new PointsTotals.DeputyYear(draft.deputyId(), draft.on().getYear()));
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.CREATE, TYPE, String.valueOf(e.getId()),
                Message.of("audit.points.manual", e.title(), points), null, "deputy=" + draft.deputyId()));
        return e.getId();
    }

    /** The duties of a year's scheme in order, for the office's form and for everyone's reading. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public List<DutyPoints> scheme(int year, Locale locale) {
        return schemes.of(year).duties().stream().map(d -> new DutyPoints(d.getId(), d.code(), d.group(), d.name(locale),
                d.points(), d.yearlyCap(), d.automatic(), 0, 0, 0)).toList();
    }

    static boolean isDeputy(SilianUser me) {
        return me.is(Role.DEPUTY);
    }

    static Set<Long> none() {
        return Set.of();
    }
}
