package cn.silian.stations;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.people.Resident;
import cn.silian.people.SeatInfo;
import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.PersonName;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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
 * Who belongs to which station. A person has at most one home station (the database enforces
 * it too) and any number of specialist stations; leaving keeps the membership as history.
 */
@Service
@Transactional(readOnly = true)
public class RosterService {

    static final String TYPE = "RosterEntry";
    private static final String STAFF = "hasAnyRole('OFFICE','ADMIN','STREET_STAFF')";

    private final RosterEntryRepository roster;
    private final StationService stations;
    private final StationRepository stationRepository;
    private final DutyShiftRepository shifts;
    private final DeputyService deputies;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    RosterService(RosterEntryRepository roster, StationService stations, StationRepository stationRepository,
                  DutyShiftRepository shifts, DeputyService deputies, AccountService accounts,
                  CurrentUser currentUser, ApplicationEventPublisher events) {
        this.roster = roster;
        this.stations = stations;
        this.stationRepository = stationRepository;
        this.shifts = shifts;
        this.deputies = deputies;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize(STAFF)
    public Slice<RosterMember> members(long stationId, Pageable pageable) {
        requireManage(stationId);
        Slice<RosterEntry> page = roster.current(stationId, pageable);
        List<Long> people = page.stream().map(RosterEntry::deputyId).toList();
        Map<Long, DeputySummary> rows = deputies.summaries(people);
        Map<Long, Long> duties = dutiesThisYear(people);
        return page.map(e -> {
            DeputySummary d = rows.get(e.deputyId());
            return new RosterMember(e.getId(), e.deputyId(), d == null ? "" : d.name(),
                    d == null ? List.of() : d.seats().stream().map(SeatInfo::level).toList(),
                    d == null ? null : d.streetName(), d == null ? null : d.phone(), e.home(), e.joinedOn(),
                    duties.getOrDefault(e.deputyId(), 0L));
        });
    }

    @PreAuthorize(STAFF)
    public long countMembers(long stationId) {
        requireManage(stationId);
        return roster.countCurrent(stationId);
    }

    @PreAuthorize(STAFF)
    public Slice<RosterChange> history(long stationId, Pageable pageable) {
        requireManage(stationId);
        Slice<RosterEntry> page = roster.past(stationId, pageable);
        Map<Long, String> names = deputies.namesOf(page.stream().map(RosterEntry::deputyId).collect(Collectors.toSet()));
        Set<String> recorders = new HashSet<>();
        page.forEach(e -> {
            recorders.add(e.joinedBy());
            recorders.add(e.leftBy());
        });
        Map<String, PersonName> recordedBy = accounts.names(recorders);
        return page.map(e -> new RosterChange(e.deputyId(), names.get(e.deputyId()), e.home(), e.joinedOn(), e.leftOn(),
                recordedBy.get(e.joinedBy()), recordedBy.get(e.leftBy())));
    }

    /**
     * The streets whose stations these people are on now: for the opinions module, whose street
     * staff follow the suggestions of the people rostered in their street. Ids only, nothing
     * about the people, so any signed-in caller may ask.
     */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> currentStreetsOf(Collection<Long> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(roster.currentStreetsOf(deputyIds));
    }

    /** A person's stations: his own for a deputy; staff see those of their street. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','STREET_STAFF','DEPUTY')")
    public List<Membership> membershipsOf(long deputyId) {
        SilianUser me = currentUser.require();
        if (me.is(Role.DEPUTY) && !Objects.equals(me.deputyId(), deputyId)) {
            throw new AccessDeniedException("another person's memberships");
        }
        List<RosterEntry> entries = roster.ofPerson(deputyId);
        Map<Long, Station> byId = new HashMap<>();
        stationRepository.findAllById(entries.stream().map(RosterEntry::stationId).collect(Collectors.toSet()))
                .forEach(s -> byId.put(s.getId(), s));
        return entries.stream()
                .filter(e -> !me.is(Role.STREET_STAFF) || Objects.equals(byId.get(e.stationId()).streetId(), me.streetId()))
                .map(e -> new Membership(e.stationId(), byId.get(e.stationId()).name(), e.home(), e.joinedOn(), e.leftOn()))
                .toList();
    }

    /**
     * Puts a person on a station's roster: as his home station for an ordinary station, as a
     * specialist member otherwise. If he has another home station, {@code moveHome} says whether
     * to move him; without it nothing changes and the caller is told.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void add(long stationId, long deputyId, boolean moveHome) {
        Station station = stations.find(stationId);
        requireManage(station);
        String me = currentUser.username();
        if (!station.active()) {
            throw new InvalidInputException(null, "roster.station.inactive");
        }
        DeputySummary person = deputies.summaries(List.of(deputyId)).get(deputyId);
        if (person == null) {
            throw new NotFoundException("Deputy", deputyId);
        }
        if (!StationScope.mayPlace(currentUser.require(), person.streetId())) {
            throw new InvalidInputException(null, "roster.other-street", person.name());
        }
        if (roster.currentAt(stationId, deputyId).isPresent()) {
            throw new InvalidInputException(null, "roster.already-member");
        }
        boolean home = !station.specialist();
        if (home) {
            roster.currentHome(deputyId).ifPresent(current -> {
                if (!moveHome) {
                    throw new InvalidInputException(null, "roster.has-home",
                            stationRepository.findById(current.stationId()).map(Station::name).orElse(""));
                }
                current.leave(today(), me);
                roster.saveAndFlush(current);
                audit(AuditEvent.Action.UPDATE, current, Message.of("audit.roster.moved-home", current.stationId(),
                        current.deputyId(), station.code()));
            });
        }
        RosterEntry entry = roster.saveAndFlush(new RosterEntry(stationId, deputyId, home, today(), me));
        audit(AuditEvent.Action.CREATE, entry, Message.of("audit.roster.joined", station.code(), deputyId));
    }

    /**
     * The people the caller may put on this station's roster, matching the picker's text: street
     * staff see only their own street's residents, the office everybody.
     */
    @PreAuthorize(STAFF)
    public Slice<DeputySummary> candidates(long stationId, String text, Pageable pageable) {
        requireManage(stationId);
        SilianUser me = currentUser.require();
        Long street = me.isOfficeOrAdmin() ? null : me.streetId();
        return deputies.page(new DeputyFilter(text, null, street, null, null), pageable);
    }

    /** Whether {@link #candidates} leaves out other streets' residents, so the picker can say so. */
    @PreAuthorize(STAFF)
    public boolean placesOnlyOwnStreet() {
        return !currentUser.require().isOfficeOrAdmin();
    }

    @PreAuthorize(STAFF)
    @Transactional
    public void remove(long entryId) {
        RosterEntry entry = roster.findById(entryId).orElseThrow(() -> new NotFoundException(TYPE, entryId));
        requireManage(entry.stationId());
        if (!entry.current()) {
            return;
        }
        entry.leave(today(), currentUser.username());
        roster.saveAndFlush(entry);
        audit(AuditEvent.Action.UPDATE, entry, Message.of("audit.roster.left", entry.stationId(), entry.deputyId()));
    }

    /**
     * Proposes a home station for every serving person of the street who has none ("就近就地"):
     * same community first, then the nearest, then the least full station of the street.
     */
    @PreAuthorize(STAFF)
    public List<PlacementProposal> proposePlacement(long streetId) {
        SilianUser me = currentUser.require();
        StationScope.requireManage(me, streetId);
        List<Resident> residents = deputies.residents(streetId);
        Set<Long> placed = new HashSet<>(residents.isEmpty() ? List.of()
                : roster.placed(residents.stream().map(Resident::id).toList()));
        List<Resident> unplaced = residents.stream().filter(r -> !placed.contains(r.id())).toList();
        List<Station> candidates = stationRepository.findByStreetIdAndActiveTrueOrderByName(streetId).stream()
                .filter(s -> !s.specialist()).toList();
        Map<Long, Long> members = new HashMap<>();
        if (!candidates.isEmpty()) {
            roster.countByStation(candidates.stream().map(Station::getId).toList())
                    .forEach(r -> members.put((Long) r[0], (Long) r[1]));
        }
        List<PlacementAssistant.Proposal> proposals = PlacementAssistant.propose(
                unplaced.stream().map(r -> new PlacementAssistant.Person(r.id(), r.streetId(), r.community(),
                        r.latitude(), r.longitude())).toList(),
                candidates.stream().map(s -> new PlacementAssistant.Station(s.getId(), s.streetId(), s.community(),
                        s.latitude(), s.longitude(), members.getOrDefault(s.getId(), 0L).intValue())).toList());
        Map<Long, Station> stationById = candidates.stream().collect(Collectors.toMap(Station::getId, s -> s));
        List<PlacementProposal> result = new ArrayList<>();
        for (int i = 0; i < unplaced.size(); i++) {
            Resident r = unplaced.get(i);
            PlacementAssistant.Proposal p = proposals.get(i);
            Station s = p.stationId() == null ? null : stationById.get(p.stationId());
            result.add(new PlacementProposal(r.id(), r.name(), r.levels(), r.community(), p.stationId(),
                    s == null ? null : s.name(), p.reason(), p.distanceKm()));
        }
        return result;
    }

    /** Applies reviewed proposals ({@code deputyId → stationId}) all together, or none if one is wrong. */
    @PreAuthorize(STAFF)
    @Transactional
    public int applyPlacement(Map<Long, Long> stationByPerson) {
        int applied = 0;
        for (Map.Entry<Long, Long> e : stationByPerson.entrySet()) {
            if (e.getValue() != null) {
                add(e.getValue(), e.getKey(), false);
                applied++;
            }
        }
        return applied;
    }

    /**
     * The roster as sheet rows, phones masked as the caller may see them. The sheet leaves the
     * system with people's phones on it, so taking it is a line of the audit trail.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public List<RosterRow> exportRows(long stationId) {
        Station station = stations.find(stationId);
        requireManage(station);
        List<RosterEntry> entries = roster.allCurrent(stationId);
        Map<Long, DeputySummary> rows = deputies.summaries(entries.stream().map(RosterEntry::deputyId).toList());
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.DOWNLOAD, StationService.TYPE,
                String.valueOf(stationId), Message.of("audit.roster.exported", station.name(), entries.size()), null, null));
        return entries.stream()
                .sorted(java.util.Comparator.comparing((RosterEntry e) -> !e.home()).thenComparing(RosterEntry::joinedOn))
                .map(e -> {
                    DeputySummary d = rows.get(e.deputyId());
                    return new RosterRow(station.code(), station.name(), d.name(), d.phone(),
                            e.home() ? RosterImportCheck.HOME : RosterImportCheck.SPECIALIST,
                            d.seats().stream().map(s -> s.level().name()).collect(Collectors.joining(",")));
                }).toList();
    }

    /** Checks a parsed sheet against stations, people and the caller's street: nothing is saved. */
    @PreAuthorize(STAFF)
    public RosterImportCheck.Result checkImport(List<RosterSheet.Line> lines) {
        SilianUser me = currentUser.require();
        Map<Long, Long> streetOf = new HashMap<>();
        return RosterImportCheck.check(lines, new RosterImportCheck.Lookup() {
            @Override
            public java.util.Optional<RosterImportCheck.StationRef> station(String code) {
                return stationRepository.findByCode(code)
                        .map(s -> new RosterImportCheck.StationRef(s.getId(), s.code(), s.name(), s.specialist()));
            }

            @Override
            public List<RosterImportCheck.PersonRef> peopleNamed(String name) {
                return deputies.peopleNamed(name).stream()
                        .peek(p -> streetOf.put(p.id(), p.streetId()))
                        .map(p -> new RosterImportCheck.PersonRef(p.id(), p.name(), p.phone())).toList();
            }

            @Override
            public boolean mayPlace(RosterImportCheck.PersonRef person) {
                return StationScope.mayPlace(me, streetOf.get(person.id()));
            }

            @Override
            public boolean mayManage(RosterImportCheck.StationRef ref) {
                return stationRepository.findById(ref.id()).map(s -> StationScope.mayManage(me, s.streetId())).orElse(false);
            }

            @Override
            public java.util.Optional<Long> currentHomeStation(Long personId) {
                return roster.currentHome(personId).map(RosterEntry::stationId);
            }
        });
    }

    /**
     * Applies checked placements in one transaction — all or nothing — reporting progress after
     * each row. People already on that station are left as they are; a different home is moved.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public int applyImport(List<RosterImportCheck.Placement> placements, java.util.function.IntConsumer progress) {
        int changed = 0;
        int done = 0;
        for (RosterImportCheck.Placement p : placements) {
            if (roster.currentAt(p.stationId(), p.personId()).isEmpty()) {
                add(p.stationId(), p.personId(), true);
                changed++;
            }
            progress.accept(++done);
        }
        return changed;
    }

    Map<Long, Long> dutiesThisYear(Collection<Long> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        int year = LocalDate.now(Formats.ZONE).getYear();
        Map<Long, Long> counts = new HashMap<>();
        shifts.countFor(people, LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0))
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    List<Long> currentMemberIds(long stationId) {
        return roster.allCurrent(stationId).stream().map(RosterEntry::deputyId).toList();
    }

    boolean isMember(long stationId, Long deputyId) {
        return deputyId != null && roster.currentAt(stationId, deputyId).isPresent();
    }

    private void requireManage(long stationId) {
        requireManage(stations.find(stationId));
    }

    private void requireManage(Station station) {
        StationScope.requireManage(currentUser.require(), station.streetId());
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    private void audit(AuditEvent.Action action, RosterEntry e, Message summary) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(e.getId()), summary, null,
                "home=" + e.home() + ", joined=" + e.joinedOn() + ", left=" + e.leftOn()));
    }

}
