package cn.silian.stations;

import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Edit;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stations of every street. The office and administrators manage all; a street's staff see and
 * manage only the stations of their street, by any path.
 */
@Service
@Transactional(readOnly = true)
public class StationService {

    static final String TYPE = "Station";
    private static final String STAFF = "hasAnyRole('OFFICE','ADMIN','STREET_STAFF')";

    private final StationRepository stations;
    private final RosterEntryRepository roster;
    private final StreetService streets;
    private final DeputyService deputies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    StationService(StationRepository stations, RosterEntryRepository roster, StreetService streets,
                   DeputyService deputies, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.stations = stations;
        this.roster = roster;
        this.streets = streets;
        this.deputies = deputies;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize(STAFF)
    public Slice<StationSummary> page(StationFilter filter, Pageable pageable) {
        SilianUser me = currentUser.require();
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("streetId", "code"));
        Slice<Station> page = stations.findBy(spec(filter, me), q -> q.slice(sorted));
        Map<Long, StationSummary> rows = summaries(page.getContent());
        return page.map(s -> rows.get(s.getId()));
    }

    @PreAuthorize(STAFF)
    public long count(StationFilter filter) {
        return stations.count(spec(filter, currentUser.require()));
    }

    /** Active stations the caller may manage in a street (his own, for street staff). */
    @PreAuthorize(STAFF)
    public List<StationSummary> activeIn(long streetId) {
        StationScope.requireManage(currentUser.require(), streetId);
        List<Station> found = stations.findByStreetIdAndActiveTrueOrderByName(streetId);
        Map<Long, StationSummary> rows = summaries(found);
        return found.stream().map(s -> rows.get(s.getId())).toList();
    }

    /** Every station of the caller's street, former ones too: a street's staff keep their records. */
    @PreAuthorize(STAFF)
    public List<Long> idsOfCallersStreet() {
        SilianUser me = currentUser.require();
        return me.streetId() == null ? List.of() : stations.idsIn(me.streetId());
    }

    @PreAuthorize(STAFF)
    public StationDetails get(long id) {
        SilianUser me = currentUser.require();
        Station s = find(id);
        StationScope.requireManage(me, s.streetId());
        return new StationDetails(summaries(List.of(s)).get(s.getId()), s.community(), s.contactName(),
                s.contactPhone(), s.latitude(), s.longitude(), s.getVersion());
    }

    @PreAuthorize(STAFF)
    public Edit<StationDraft> edit(long id) {
        Station s = find(id);
        StationScope.requireManage(currentUser.require(), s.streetId());
        return new Edit<>(id, s.getVersion(), s.toDraft());
    }

    @PreAuthorize(STAFF)
    @Transactional
    public long create(StationDraft draft) {
        SilianUser me = currentUser.require();
        Long street = me.is(Role.STREET_STAFF) ? me.streetId() : draft.getStreetId();
        validate(draft, street, null);
        StationScope.requireManage(me, street);
        Station station = stations.saveAndFlush(new Station(street, draft));
        publish(AuditEvent.Action.CREATE, station, "audit.station.created", null, station.describe());
        return station.getId();
    }

    @PreAuthorize(STAFF)
    @Transactional
    public long update(long id, long version, StationDraft draft) {
        SilianUser me = currentUser.require();
        Station station = find(id);
        StationScope.requireManage(me, station.streetId());
        station.checkVersion(version);
        validate(draft, station.streetId(), station.getId());
        String before = station.describe();
        station.apply(draft);
        stations.saveAndFlush(station);
        publish(AuditEvent.Action.UPDATE, station, "audit.station.changed", before, station.describe());
        return station.getVersion();
    }

    /** Stations, members and people per street: the office's overview. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    public List<StreetFigures> streetFigures() {
        Map<Long, Long> stationCounts = counts(stations.countByStreet());
        Map<Long, Long> memberCounts = counts(roster.countByStreet());
        List<StreetFigures> figures = new ArrayList<>();
        for (StreetSummary street : streets.all()) {
            figures.add(new StreetFigures(street.id(), street.name(), stationCounts.getOrDefault(street.id(), 0L),
                    memberCounts.getOrDefault(street.id(), 0L)));
        }
        return figures;
    }

    /**
     * An active station as the public sees it, for the anonymous intake form: no sign-in needed,
     * nothing but what its public notice prints. Former stations take no more messages.
     */
    public java.util.Optional<PublicStation> publicStation(long id) {
        return stations.findById(id).filter(Station::active)
                .map(s -> new PublicStation(s.getId(), s.name(), s.address(), s.streetId(), s.community()));
    }

    Station find(long id) {
        return stations.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** These stations by id, in one query; one that does not exist is left out. */
    Map<Long, Station> findAll(Collection<Long> ids) {
        Map<Long, Station> found = new HashMap<>();
        stations.findAllById(ids).forEach(s -> found.put(s.getId(), s));
        return found;
    }

    private void validate(StationDraft d, Long streetId, Long selfId) {
        InputRules.Checker checker = InputRules.checker()
                .text("code", d.getCode(), true, 20)
                .text("name", d.getName(), true, 100)
                .text("address", d.getAddress(), true, 200)
                .text("community", d.getCommunity(), false, 50)
                .text("openingHours", d.getOpeningHours(), false, 100)
                .text("contactName", d.getContactName(), false, 50)
                .check("contactPhone", InputRules.phone(d.getContactPhone()))
                .check("kind", d.getKind() == null ? "validation.required" : null)
                .check("streetId", streetId == null ? "validation.required"
                        : !streets.exists(streetId) ? "validation.unknown" : null)
                .check("latitude", d.getLatitude() != null && (d.getLatitude() < -90 || d.getLatitude() > 90)
                        ? "station.coordinates.range" : null)
                .check("longitude", d.getLongitude() != null && (d.getLongitude() < -180 || d.getLongitude() > 180)
                        ? "station.coordinates.range" : null);
        if (d.getCode() != null && !d.getCode().isBlank()) {
            stations.findByCode(d.getCode().strip()).filter(other -> !Objects.equals(other.getId(), selfId))
                    .ifPresent(other -> checker.check("code", "station.code.taken"));
        }
        checker.throwIfAny();
    }

    private Map<Long, StationSummary> summaries(List<Station> found) {
        Set<Long> ids = found.stream().map(Station::getId).collect(Collectors.toSet());
        Map<Long, Long> members = ids.isEmpty() ? Map.of() : counts(roster.countByStation(ids));
        Map<Long, StreetSummary> streetNames = streets.byIds(found.stream().map(Station::streetId).collect(Collectors.toSet()));
        Map<Long, String> heads = deputies.namesOf(found.stream().map(Station::headDeputyId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, StationSummary> result = new HashMap<>();
        for (Station s : found) {
            StreetSummary street = streetNames.get(s.streetId());
            result.put(s.getId(), new StationSummary(s.getId(), s.code(), s.kind(), s.name(), s.field(), s.streetId(),
                    street == null ? null : street.name(), s.address(), s.openingHours(), heads.get(s.headDeputyId()),
                    members.getOrDefault(s.getId(), 0L), s.active()));
        }
        return result;
    }

    private static Specification<Station> spec(StationFilter filter, SilianUser me) {
        Long street = StationScope.listStreet(me, filter.streetId());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (street != null) {
                p.add(cb.equal(root.get("streetId"), street));
            }
            if (filter.kind() != null) {
                p.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.field() != null) {
                p.add(cb.equal(root.get("field"), filter.field()));
            }
            if (Boolean.TRUE.equals(filter.specialist())) {
                p.add(cb.isNotNull(root.get("field")));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'), cb.like(cb.lower(root.get("code")), like, '\\'),
                        cb.like(cb.lower(root.get("address")), like, '\\')));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private void publish(AuditEvent.Action action, Station s, String summaryKey, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(s.getId()),
                Message.of(summaryKey, s.name()), before, after));
    }
}
