package cn.silian.stations;

import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.ConcurrentEditException;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reception duty (进站接待): plans generated fairly over a station's roster, adjusted by hand,
 * published ahead of time as a public notice; deputies see their shifts and may ask to swap.
 */
@Service
@Transactional(readOnly = true)
public class DutyService {

    static final String TYPE = "DutyPlan";
    private static final String STAFF = "hasAnyRole('OFFICE','ADMIN','STREET_STAFF')";

    private final DutyPlanRepository plans;
    private final DutyShiftRepository shifts;
    private final ShiftSwapRepository swaps;
    private final StationService stations;
    private final RosterService roster;
    private final DeputyService deputies;
    private final List<BusyCalendar> calendars;
    private final DutySettings settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    DutyService(DutyPlanRepository plans, DutyShiftRepository shifts, ShiftSwapRepository swaps,
                StationService stations, RosterService roster, DeputyService deputies, List<BusyCalendar> calendars,
                DutySettings settings, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.plans = plans;
        this.shifts = shifts;
        this.swaps = swaps;
        this.stations = stations;
        this.roster = roster;
        this.deputies = deputies;
        this.calendars = calendars;
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
    }

    public DutySettings settings() {
        return settings;
    }

    /**
     * Drafts a plan: the slots of the period, each given to the free member with the fewest
     * shifts this year; nobody is put on a slot that overlaps his meeting or another shift.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public long generate(long stationId, PlanRequest request) {
        Station station = manageable(stationId);
        LocalDate today = LocalDate.now(Formats.ZONE);
        InputRules.Checker checker = InputRules.checker()
                .check("from", request.from() == null ? "validation.required"
                        : request.from().isBefore(today) ? "validation.date-past" : null)
                .check("to", request.to() == null ? "validation.required" : null)
                .check("start", request.start() == null || request.end() == null ? "validation.required" : null);
        checker.throwIfAny();
        List<DutySlot> slots;
        try {
            slots = DutyCalendar.slots(request.from(), request.to(), request.weekdays(), request.daysOfMonth(),
                    request.start(), request.end());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(null, "duty.request.invalid");
        }
        if (slots.isEmpty()) {
            throw new InvalidInputException(null, "duty.request.no-slots");
        }
        List<Long> members = roster.currentMemberIds(stationId);
        if (members.isEmpty()) {
            throw new InvalidInputException(null, "duty.roster.empty");
        }
        Map<Long, Integer> prior = new HashMap<>();
        roster.dutiesThisYear(members).forEach((k, v) -> prior.put(k, v.intValue()));
        LocalDateTime from = slots.getFirst().start();
        LocalDateTime to = slots.getLast().end();
        Map<Long, List<DutyShift>> booked = shifts.ofPeopleBetween(members, from, to).stream()
                .collect(Collectors.groupingBy(DutyShift::deputyId));
        RotationPlanner.Plan planned = RotationPlanner.plan(slots, members, prior, (person, slot) ->
                booked.getOrDefault(person, List.of()).stream().anyMatch(s -> slot.overlaps(s.startsAt(), s.endsAt()))
                        || calendars.stream().anyMatch(c -> c.busy(person, slot.start(), slot.end())));

        DutyPlan plan = plans.saveAndFlush(new DutyPlan(stationId, request.from(), request.to(), currentUser.username()));
        List<DutyShift> created = new ArrayList<>();
        planned.assignments().forEach(a -> created.add(new DutyShift(plan.getId(), stationId, a.personId(),
                a.slot().start(), a.slot().end())));
        planned.unfilled().forEach(slot -> created.add(new DutyShift(plan.getId(), stationId, null, slot.start(), slot.end())));
        shifts.saveAll(created);
        audit(AuditEvent.Action.CREATE, plan, Message.of("audit.duty.plan-created", station.name(), request.from(),
                request.to(), created.size(), planned.unfilled().size()));
        return plan.getId();
    }

    @PreAuthorize(STAFF)
    public List<PlanSummary> plans(long stationId) {
        manageable(stationId);
        return plans.findByStationIdOrderByFromDateDesc(stationId).stream().map(this::summary).toList();
    }

    @PreAuthorize(STAFF)
    public PlanSummary plan(long planId) {
        DutyPlan plan = findPlan(planId);
        manageable(plan.stationId());
        return summary(plan);
    }

    @PreAuthorize(STAFF)
    public List<ShiftRow> shifts(long planId) {
        DutyPlan plan = findPlan(planId);
        Station station = manageable(plan.stationId());
        return rows(shifts.findByPlanIdOrderByStartsAt(planId), Map.of(station.getId(), station), Map.of(plan.getId(), plan));
    }

    /** Gives a shift to another member by hand; refuses a member who is busy then. */
    @PreAuthorize(STAFF)
    @Transactional
    public void reassign(long shiftId, long version, Long deputyId) {
        DutyShift shift = findShift(shiftId);
        manageable(shift.stationId());
        shift.checkVersion(version);
        if (deputyId != null) {
            requireFree(shift, deputyId);
        }
        Long before = shift.deputyId();
        boolean wasServed = shift.servedAt() != null && !java.util.Objects.equals(before, deputyId);
        shift.assign(deputyId);
        if (wasServed) {
            // The new deputy has not served it: the confirmation was of the one before.
            shift.served(null, null);
        }
        shifts.saveAndFlush(shift);
        if (wasServed) {
            events.publishEvent(ShiftActivity.shift(shift, stations.find(shift.stationId()).name()));
        }
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, "DutyShift",
                String.valueOf(shift.getId()), Message.of("audit.duty.shift-reassigned"), "deputy=" + before,
                "deputy=" + deputyId));
    }

    /** Publishes a plan: complete, and at least the notice period before its first shift. */
    @PreAuthorize(STAFF)
    @Transactional
    public void publish(long planId, long version) {
        DutyPlan plan = findPlan(planId);
        manageable(plan.stationId());
        plan.checkVersion(version);
        if (plan.status() == PlanStatus.PUBLISHED) {
            return;
        }
        List<DutyShift> planShifts = shifts.findByPlanIdOrderByStartsAt(planId);
        long unfilled = planShifts.stream().filter(s -> s.deputyId() == null).count();
        if (unfilled > 0) {
            throw new InvalidInputException(null, "duty.publish.unfilled", unfilled);
        }
        LocalDateTime earliest = LocalDateTime.now(Formats.ZONE).plusDays(settings.noticeDays());
        if (!planShifts.isEmpty() && planShifts.getFirst().startsAt().isBefore(earliest)) {
            throw new InvalidInputException(null, "duty.publish.too-late", settings.noticeDays());
        }
        plan.publish(currentUser.username());
        plans.saveAndFlush(plan);
        audit(AuditEvent.Action.UPDATE, plan, Message.of("audit.duty.plan-published", plan.fromDate(), plan.toDate()));
    }

    @PreAuthorize(STAFF)
    public DutyNotice notice(long planId) {
        DutyPlan plan = findPlan(planId);
        Station station = manageable(plan.stationId());
        return new DutyNotice(station.name(), station.address(), station.openingHours(), station.contactPhone(),
                shifts(planId));
    }

    /**
     * Shifts of these people overlapping the interval (touching is no overlap), draft or
     * published: what a meeting's organiser must see before inviting them.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<BusyShift> overlappingShifts(Collection<Long> people, LocalDateTime from, LocalDateTime to) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<DutyShift> found = shifts.ofPeopleBetween(people, from, to);
        Map<Long, Station> stationsById = new HashMap<>();
        found.stream().map(DutyShift::stationId).distinct().forEach(id -> stationsById.put(id, stations.find(id)));
        return found.stream().filter(s -> s.deputyId() != null)
                .map(s -> new BusyShift(s.deputyId(), stationsById.get(s.stationId()).name(), s.startsAt(), s.endsAt()))
                .toList();
    }

    /** How many shifts the caller has this year against the yearly minimum a deputy owes. */
    public record YearShifts(long shifts, int minimum) {
        public long missing() {
            return Math.max(0, minimum - shifts);
        }
    }

    @PreAuthorize("hasRole('DEPUTY')")
    public YearShifts myYearShifts() {
        Long me = currentUser.require().deputyId();
        return new YearShifts(me == null ? 0 : roster.dutiesThisYear(List.of(me)).getOrDefault(me, 0L),
                settings.minimumPerYear());
    }

    /** The caller's own published shifts in a period (a deputy's home page and calendar). */
    @PreAuthorize("hasRole('DEPUTY')")
    public List<ShiftRow> myShifts(LocalDateTime from, LocalDateTime to) {
        Long me = currentUser.require().deputyId();
        if (me == null) {
            return List.of();
        }
        List<DutyShift> mine = shifts.publishedFor(me, from, to);
        Map<Long, Station> stationsById = mine.isEmpty() ? Map.of()
                : stations.findAll(mine.stream().map(DutyShift::stationId).collect(Collectors.toSet()));
        Map<Long, DutyPlan> plansById = new HashMap<>();
        plans.findAllById(mine.stream().map(DutyShift::planId).collect(Collectors.toSet())).forEach(p -> plansById.put(p.getId(), p));
        return rows(mine, stationsById, plansById);
    }

    @PreAuthorize("hasRole('DEPUTY')")
    @Transactional
    public void requestSwap(long shiftId, String reason, Long replacementId) {
        SilianUser me = currentUser.require();
        DutyShift shift = findShift(shiftId);
        if (!Objects.equals(shift.deputyId(), me.deputyId())) {
            throw new AccessDeniedException("not his shift");
        }
        InputRules.checker().text("reason", reason, true, 200).throwIfAny();
        if (!shift.startsAt().isAfter(LocalDateTime.now(Formats.ZONE))) {
            throw new InvalidInputException(null, "duty.swap.past");
        }
        if (swaps.existsByShiftIdAndStatus(shiftId, SwapStatus.PENDING)) {
            throw new InvalidInputException(null, "duty.swap.pending");
        }
        ShiftSwap swap = swaps.saveAndFlush(new ShiftSwap(shiftId, me.deputyId(), replacementId, reason.strip()));
        events.publishEvent(new AuditEvent(me.getUsername(), AuditEvent.Action.CREATE, "ShiftSwap",
                String.valueOf(swap.getId()), Message.of("audit.duty.swap-requested", shiftId), null, reason.strip()));
    }

    @PreAuthorize(STAFF)
    public List<SwapRow> pendingSwaps(long stationId) {
        manageable(stationId);
        List<ShiftSwap> pending = swaps.pendingAt(stationId);
        Map<Long, DutyShift> shiftById = new HashMap<>();
        shifts.findAllById(pending.stream().map(ShiftSwap::shiftId).collect(Collectors.toSet())).forEach(s -> shiftById.put(s.getId(), s));
        Set<Long> people = new HashSet<>();
        pending.forEach(w -> {
            people.add(w.requestedBy());
            if (w.replacementDeputyId() != null) {
                people.add(w.replacementDeputyId());
            }
        });
        Map<Long, String> names = deputies.namesOf(people);
        return pending.stream().map(w -> new SwapRow(w.getId(), w.shiftId(), shiftById.get(w.shiftId()).startsAt(),
                names.get(w.requestedBy()), w.replacementDeputyId(), names.get(w.replacementDeputyId()), w.reason(),
                w.status(), w.getVersion())).toList();
    }

    /** Approves (with a free member taking over) or declines a swap request. */
    @PreAuthorize(STAFF)
    @Transactional
    public void decideSwap(long swapId, long version, boolean approve, Long replacementId) {
        ShiftSwap swap = swaps.findById(swapId).orElseThrow(() -> new NotFoundException("ShiftSwap", swapId));
        DutyShift shift = findShift(swap.shiftId());
        manageable(shift.stationId());
        swap.checkVersion(version);
        if (swap.status() != SwapStatus.PENDING) {
            throw new ConcurrentEditException("ShiftSwap", swapId);
        }
        if (approve) {
            Long replacement = replacementId != null ? replacementId : swap.replacementDeputyId();
            if (replacement == null) {
                throw new InvalidInputException("replacement", "duty.swap.replacement-required");
            }
            requireFree(shift, replacement);
            boolean wasServed = shift.servedAt() != null;
            shift.assign(replacement);
            shift.served(null, null);
            shifts.saveAndFlush(shift);
            if (wasServed) {
                events.publishEvent(ShiftActivity.shift(shift, stations.find(shift.stationId()).name()));
            }
            swap.decide(true, replacement, currentUser.username());
        } else {
            swap.decide(false, null, currentUser.username());
        }
        swaps.saveAndFlush(swap);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, "ShiftSwap",
                String.valueOf(swapId), Message.of(approve ? "audit.duty.swap-approved" : "audit.duty.swap-declined"),
                null, "replacement=" + replacementId));
    }

    /**
     * Confirms that the shift's deputy served it: the office, the staff of its street, or the
     * deputy himself on the day, once it has begun. Only a served shift counts as duty done.
     */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void markServed(long shiftId, long version) {
        setServed(shiftId, version, true);
    }

    /** Takes a confirmation back (given by mistake); the same people may. */
    @PreAuthorize(Roles.ANY_ROLE)
    @Transactional
    public void unmarkServed(long shiftId, long version) {
        setServed(shiftId, version, false);
    }

    private void setServed(long shiftId, long version, boolean served) {
        SilianUser me = currentUser.require();
        DutyShift shift = findShift(shiftId);
        Station station = stations.find(shift.stationId());
        boolean own = me.deputyId() != null && me.deputyId().equals(shift.deputyId())
                && !LocalDateTime.now(Formats.ZONE).toLocalDate().isAfter(shift.startsAt().toLocalDate());
        if (!own && !StationScope.mayManage(me, station.streetId())) {
            throw new AccessDeniedException("another's shift");
        }
        shift.checkVersion(version);
        InputRules.checker()
                .check("shift", shift.deputyId() == null ? "duty.served.no-deputy"
                        : served && shift.startsAt().isAfter(LocalDateTime.now(Formats.ZONE)) ? "duty.served.not-begun" : null)
                .throwIfAny();
        if ((shift.servedAt() != null) == served) {
            return;
        }
        shift.served(served ? java.time.Instant.now() : null, served ? me.getUsername() : null);
        shifts.saveAndFlush(shift);
        events.publishEvent(ShiftActivity.shift(shift, station.name()));
        events.publishEvent(new AuditEvent(me.getUsername(), AuditEvent.Action.UPDATE, "DutyShift", String.valueOf(shiftId),
                Message.of(served ? "audit.duty.shift-served" : "audit.duty.shift-unserved", station.name()),
                "served=" + !served, "served=" + served));
    }

    /** Members below the yearly minimum of shifts, and how many each lacks. */
    @PreAuthorize(STAFF)
    public Map<Long, Integer> shortfall(long stationId) {
        manageable(stationId);
        List<Long> members = roster.currentMemberIds(stationId);
        Map<Long, Integer> counts = new HashMap<>();
        roster.dutiesThisYear(members).forEach((k, v) -> counts.put(k, v.intValue()));
        return RotationPlanner.shortfall(counts, members, settings.minimumPerYear());
    }

    private void requireFree(DutyShift shift, Long deputyId) {
        if (!roster.isMember(shift.stationId(), deputyId)) {
            throw new InvalidInputException("deputy", "duty.not-member");
        }
        boolean busy = shifts.overlaps(deputyId, shift.startsAt(), shift.endsAt(), shift.getId())
                || calendars.stream().anyMatch(c -> c.busy(deputyId, shift.startsAt(), shift.endsAt()));
        if (busy) {
            throw new InvalidInputException("deputy", "duty.busy");
        }
    }

    private List<ShiftRow> rows(List<DutyShift> list, Map<Long, Station> stationsById, Map<Long, DutyPlan> plansById) {
        Map<Long, String> names = deputies.namesOf(list.stream().map(DutyShift::deputyId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        // the list's own shifts with a pending swap, in one query for all its stations
        Set<Long> pendingShifts = list.isEmpty() ? Set.of()
                : new HashSet<>(swaps.pendingShiftIds(list.stream().map(DutyShift::getId).toList()));
        return list.stream().map(s -> {
            Station st = stationsById.get(s.stationId());
            DutyPlan p = plansById.get(s.planId());
            return new ShiftRow(s.getId(), s.planId(), s.stationId(), st == null ? null : st.name(),
                    st == null ? null : st.address(), s.deputyId(), names.get(s.deputyId()), s.startsAt(), s.endsAt(),
                    p == null ? null : p.status(), pendingShifts.contains(s.getId()), s.servedAt() != null, s.getVersion());
        }).toList();
    }

    private PlanSummary summary(DutyPlan p) {
        return new PlanSummary(p.getId(), p.stationId(), p.fromDate(), p.toDate(), p.status(),
                shifts.countByPlanId(p.getId()), shifts.countByPlanIdAndDeputyIdIsNull(p.getId()), p.publishedAt(),
                p.getVersion());
    }

    private Station manageable(long stationId) {
        Station station = stations.find(stationId);
        StationScope.requireManage(currentUser.require(), station.streetId());
        return station;
    }

    private DutyPlan findPlan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private DutyShift findShift(long id) {
        return shifts.findById(id).orElseThrow(() -> new NotFoundException("DutyShift", id));
    }

    private void audit(AuditEvent.Action action, DutyPlan plan, Message summary) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(plan.getId()), summary,
                null, "station=" + plan.stationId() + ", " + plan.fromDate() + "–" + plan.toDate() + ", " + plan.status()));
    }

}
