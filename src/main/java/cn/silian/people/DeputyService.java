package cn.silian.people;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Edit;
import cn.silian.shared.IdsFirst;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.shared.PersonalData;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Year;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deputy directory. Every signed-in user may read it; office staff and administrators
 * change it. Personal data (the whole phone number, where he lives) is shown only to those who
 * need it: the office, the person himself, and the staff of the street where he lives.
 */
@Service
@Transactional(readOnly = true)
public class DeputyService {

    static final String TYPE = "Deputy";
    private static final Sort DEFAULT_SORT = Sort.by("namePinyin").and(Sort.by("id"));

    private final DeputyRepository deputies;
    private final StreetService streets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityManager em;

    DeputyService(DeputyRepository deputies, StreetService streets, CurrentUser currentUser,
                  ApplicationEventPublisher events, EntityManager em) {
        this.em = em;
        this.deputies = deputies;
        this.streets = streets;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * One page of the directory, filtered and sorted in the database, without a count query; its
     * ids first (ix_deputy_search holds every column the search and the default order read, so a
     * rare match or a deep page is found in that index, not by reading each person's row).
     */
    @PreAuthorize(Roles.ANY_ROLE)
    public Slice<DeputySummary> page(DeputyFilter filter, Pageable pageable) {
        SilianUser me = currentUser.require();
        Pageable sorted = Pages.sorted(pageable, DEFAULT_SORT);
        Specification<Deputy> spec = DeputySpecifications.of(filter);
        Slice<Deputy> page = IdsFirst.slice(em, Deputy.class, deputies, spec, sorted, Deputy::getId);
        Map<Long, StreetSummary> streetNames = streets.byIds(page.stream().map(Deputy::streetId).collect(Collectors.toSet()));
        return page.map(d -> summary(d, me, streetNames));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public long count(DeputyFilter filter) {
        return deputies.count(DeputySpecifications.of(filter));
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public DeputyDetails get(long id) {
        SilianUser me = currentUser.require();
        Deputy d = find(id);
        boolean personal = maySeePersonalData(me, d);
        return new DeputyDetails(d.getId(), d.name(), DeputyNames.pinyinLabel(d.name()), d.gender(), d.birthYear(),
                d.seatInfos(), d.streetId(), streetName(d.streetId()), personal ? d.community() : null,
                personal ? d.latitude() : null, personal ? d.longitude() : null, d.employer(), d.post(),
                d.expertise(), personal ? d.phone() : PersonalData.maskPhone(d.phone()), personal,
                d.status(), d.createdAt(), d.updatedAt(), d.getVersion(), me.isOfficeOrAdmin());
    }

    /** The caller's own record, for a deputy's home page. */
    @PreAuthorize(Roles.ANY_ROLE)
    public Optional<DeputyDetails> mine() {
        Long deputyId = currentUser.require().deputyId();
        // his seats come with him (get finds him again in this transaction's persistence context)
        return deputyId == null ? Optional.empty() : deputies.withSeats(deputyId).map(d -> get(d.getId()));
    }

    /** The stored values, for the edit form: office and administrators only. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public Edit<DeputyDraft> edit(long id) {
        Deputy deputy = find(id);
        return new Edit<>(deputy.getId(), deputy.getVersion(), deputy.toDraft());
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long create(DeputyDraft draft) {
        validate(draft);
        Deputy deputy = deputies.saveAndFlush(new Deputy(draft));
        publish(AuditEvent.Action.CREATE, deputy, "audit.deputy.created", null, deputy.describe());
        return deputy.getId();
    }

    /**
     * Saves an edit made on the copy with {@code version}. If someone saved in between, nothing
     * is written and a {@link cn.silian.shared.ConcurrentEditException} tells the caller.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public long update(long id, long version, DeputyDraft draft) {
        Deputy deputy = find(id);
        deputy.checkVersion(version);
        validate(draft);
        String before = deputy.describe();
        deputy.apply(draft);
        deputies.saveAndFlush(deputy);
        publish(AuditEvent.Action.UPDATE, deputy, "audit.deputy.changed", before, deputy.describe());
        return deputy.getVersion();
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void delete(long id, long version) {
        Deputy deputy = find(id);
        deputy.checkVersion(version);
        String before = deputy.describe();
        deputies.delete(deputy);
        deputies.flush();
        publish(AuditEvent.Action.DELETE, deputy, "audit.deputy.deleted", before, null);
    }

    /** Active people per level; street staff get their own street's figures. */
    @PreAuthorize(Roles.ANY_ROLE)
    public Map<Level, Long> countByLevel() {
        Long street = scopeStreet(currentUser.require());
        Map<Level, Long> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0L);
        }
        if (street != null) {
            for (Object[] row : deputies.countByLevel(street)) {
                counts.put((Level) row[0], (Long) row[1]);
            }
            return counts;
        }
        // the whole district (the home page of the office and of deputies): all seats minus those of
        // the few people not active, instead of joining every person to his seats
        for (Object[] row : deputies.countSeatsByLevel()) {
            counts.put((Level) row[0], (Long) row[1]);
        }
        for (Object[] row : deputies.countInactiveByLevel()) {
            counts.merge((Level) row[0], -(Long) row[1], Long::sum);
        }
        return counts;
    }

    @PreAuthorize(Roles.ANY_ROLE)
    public long countActive() {
        return deputies.countActive(scopeStreet(currentUser.require()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<String> nameOf(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(deputies.nameOf(id));
    }

    /** Names of several people in one query, for lists that show who an account belongs to. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            deputies.namesOf(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** Rows for a list of people that another module holds by id (a roster), masked as the caller may see them. */
    @PreAuthorize(Roles.ANY_ROLE)
    public Map<Long, DeputySummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        SilianUser me = currentUser.require();
        List<Deputy> found = deputies.findAllById(ids);
        Map<Long, StreetSummary> streetNames = streets.byIds(found.stream().map(Deputy::streetId).collect(Collectors.toSet()));
        Map<Long, DeputySummary> result = new HashMap<>();
        found.forEach(d -> result.put(d.getId(), summary(d, me, streetNames)));
        return result;
    }

    /**
     * Active people with any of these expertise tags, in id order: the pool the grouping
     * assistant draws topic groups from. Phones are masked as the caller may see them.
     */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public List<DeputySummary> activeWithExpertise(Set<Expertise> tags) {
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        SilianUser me = currentUser.require();
        List<Deputy> found = deputies.activeWithExpertise(tags);
        Map<Long, StreetSummary> streetNames = streets.byIds(found.stream().map(Deputy::streetId).collect(Collectors.toSet()));
        return found.stream().map(d -> summary(d, me, streetNames)).toList();
    }

    /** Ids of active people holding a seat of any of these levels: an invitation's audience. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<Long> activeIdsWithLevels(Set<Level> levels) {
        return levels == null || levels.isEmpty() ? List.of() : deputies.activeIdsWithLevels(levels);
    }

    /** Ids of the active people living in a street; street staff only for their own street. */
    @PreAuthorize(Roles.ANY_ROLE)
    public List<Long> activeIdsIn(long streetId) {
        SilianUser me = currentUser.require();
        if (me.is(Role.STREET_STAFF) && !Objects.equals(me.streetId(), streetId)) {
            throw new org.springframework.security.access.AccessDeniedException("another street");
        }
        return deputies.activeIdsIn(streetId);
    }

    /** Serving people living in a street: street staff may ask only for their own street. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','STREET_STAFF')")
    public List<Resident> residents(long streetId) {
        SilianUser me = currentUser.require();
        if (me.is(Role.STREET_STAFF) && !Objects.equals(me.streetId(), streetId)) {
            throw new org.springframework.security.access.AccessDeniedException("another street");
        }
        return deputies.activeIn(streetId).stream()
                .map(d -> new Resident(d.getId(), d.name(), d.streetId(), d.community(), d.latitude(), d.longitude(),
                        d.seatInfos().stream().map(SeatInfo::level).toList()))
                .toList();
    }

    /**
     * Everybody of that exact name, to match rows of an imported roster sheet; the phone is masked
     * as the caller may see it, like everywhere else.
     */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','STREET_STAFF')")
    public List<PersonContact> peopleNamed(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        SilianUser me = currentUser.require();
        return deputies.findByName(name.strip()).stream()
                .map(d -> new PersonContact(d.getId(), d.name(),
                        maySeePersonalData(me, d) ? d.phone() : PersonalData.maskPhone(d.phone()), d.streetId())).toList();
    }

    private static Long scopeStreet(SilianUser me) {
        return me.is(Role.STREET_STAFF) ? me.streetId() : null;
    }

    private void validate(DeputyDraft draft) {
        InputRules.Checker checker = DeputyRules.check(draft);
        if (draft.getStreetId() != null && !streets.exists(draft.getStreetId())) {
            checker.check("streetId", "validation.unknown");
        }
        checker.throwIfAny();
    }

    private DeputySummary summary(Deputy d, SilianUser me, Map<Long, StreetSummary> streetNames) {
        StreetSummary street = streetNames.get(d.streetId());
        return new DeputySummary(d.getId(), d.name(), d.gender(), d.seatInfos(), d.streetId(),
                street == null ? null : street.name(), d.employer(), d.post(), d.expertise(),
                maySeePersonalData(me, d) ? d.phone() : PersonalData.maskPhone(d.phone()), d.status());
    }

    private static boolean maySeePersonalData(SilianUser me, Deputy d) {
        return me.isOfficeOrAdmin()
                || Objects.equals(me.deputyId(), d.getId())
                || me.is(Role.STREET_STAFF) && Objects.equals(me.streetId(), d.streetId());
    }

    private String streetName(Long streetId) {
        return streets.find(streetId).map(StreetSummary::name).orElse(null);
    }

    private Deputy find(long id) {
        return deputies.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private void publish(AuditEvent.Action action, Deputy d, String summaryKey, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(d.getId()),
                Message.of(summaryKey, d.name()), before, after));
    }

    /** The rules of a deputy record, shared by the form (instant feedback) and the service. */
    public static final class DeputyRules {
        public static final int NAME_MAX = 50;
        public static final int TEXT_MAX = 100;
        public static final int COMMUNITY_MAX = 50;

        private DeputyRules() {
        }

        static InputRules.Checker check(DeputyDraft d) {
            InputRules.Checker checker = InputRules.checker()
                    .text("name", d.getName(), true, NAME_MAX)
                    .text("employer", d.getEmployer(), false, TEXT_MAX)
                    .text("post", d.getPost(), false, TEXT_MAX)
                    .text("community", d.getCommunity(), false, COMMUNITY_MAX)
                    .check("phone", InputRules.phone(d.getPhone()))
                    .check("gender", d.getGender() == null ? "validation.required" : null)
                    .check("status", d.getStatus() == null ? "validation.required" : null)
                    .check("streetId", d.getStreetId() == null ? "validation.required" : null)
                    .check("birthYear", birthYear(d.getBirthYear()))
                    .check("latitude", latitude(d.getLatitude(), d.getLongitude()))
                    .check("longitude", longitude(d.getLongitude(), d.getLatitude()));
            if (d.getSeats().isEmpty()) {
                checker.check("seats", "deputy.seats.required");
            }
            Set<Level> seen = new HashSet<>();
            for (SeatInfo seat : d.getSeats()) {
                checker.check("seats", seat.level() == null ? "validation.required" : null);
                checker.check("seats", seat.level() != null && !seen.add(seat.level()) ? "deputy.seats.duplicate" : null);
                checker.check("seats", seat.term() < 1 || seat.term() > 99 ? "deputy.seats.term" : null);
                checker.text("seats", seat.constituency(), true, TEXT_MAX);
            }
            return checker;
        }

        /** Message key for a home latitude outside -90 to 90 or missing beside a longitude, or {@code null}. */
        public static String latitude(Double latitude, Double longitude) {
            return coordinate(latitude, longitude, 90, "deputy.latitude.range", "deputy.latitude.missing");
        }

        /** Message key for a home longitude outside -180 to 180 or missing beside a latitude, or {@code null}. */
        public static String longitude(Double longitude, Double latitude) {
            return coordinate(longitude, latitude, 180, "deputy.longitude.range", "deputy.longitude.missing");
        }

        /** Half a location is no location: the placement assistant would need to guess the other half. */
        private static String coordinate(Double value, Double other, double limit, String range, String missing) {
            if (value == null) {
                return other == null ? null : missing;
            }
            return value.isNaN() || value < -limit || value > limit ? range : null;
        }

        /** Message key for a birth year outside 18 to 100 years ago, or {@code null}. */
        public static String birthYear(Integer year) {
            int now = Year.now().getValue();
            return year != null && (year < now - 100 || year > now - 18) ? "deputy.birth-year.range" : null;
        }
    }
}
