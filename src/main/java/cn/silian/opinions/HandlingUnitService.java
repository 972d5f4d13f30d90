package cn.silian.opinions;

import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Handling units as reference data: the office and administrators change them; every signed-in
 * account reads their names. Contact phones are masked except for the office, administrators and
 * the unit's own accounts.
 */
@Service
@Transactional(readOnly = true)
public class HandlingUnitService {

    static final String TYPE = "HandlingUnit";
    public static final int NAME_MAX = 100;
    public static final int PERSON_MAX = 50;

    private final HandlingUnitRepository units;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    HandlingUnitService(HandlingUnitRepository units, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.units = units;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Units whose name or contact person contains {@code filter}; inactive ones too unless {@code activeOnly}. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Slice<UnitSummary> page(String filter, boolean activeOnly, Pageable pageable) {
        SilianUser me = currentUser.require();
        return units.search(like(filter), activeOnly, pageable).map(u -> summary(u, me));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public long count(String filter, boolean activeOnly) {
        return units.countSearch(like(filter), activeOnly);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public UnitSummary get(long id) {
        return summary(find(id), currentUser.require());
    }

    /** Active units by name, for pickers. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<UnitChoice> choices() {
        return units.findActive().stream().map(u -> new UnitChoice(u.getId(), u.name(), u.kind())).toList();
    }

    /** Names of these units (inactive ones too), in one query. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return names(ids);
    }

    /** For the module's own services, which have checked the caller already. */
    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            units.namesOf(wanted).forEach(row -> result.put((Long) row[0], (String) row[1]));
        }
        return result;
    }

    boolean isActive(long id) {
        return units.findById(id).map(HandlingUnit::active).orElse(false);
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public UnitSummary create(UnitDraft draft) {
        validate(draft, null);
        HandlingUnit unit = units.saveAndFlush(new HandlingUnit(draft));
        publish(AuditEvent.Action.CREATE, unit, "audit.unit.created", null, unit.describe());
        return summary(unit, currentUser.require());
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public UnitSummary update(long id, long version, UnitDraft draft) {
        HandlingUnit unit = find(id);
        unit.checkVersion(version);
        validate(draft, id);
        String before = unit.describe();
        unit.apply(draft);
        units.saveAndFlush(unit);
        publish(AuditEvent.Action.UPDATE, unit, "audit.unit.changed", before, unit.describe());
        return summary(unit, currentUser.require());
    }

    private void validate(UnitDraft draft, Long id) {
        InputRules.Checker checker = InputRules.checker()
                .text("name", draft.name(), true, NAME_MAX)
                .check("kind", draft.kind() == null ? "validation.required" : null)
                .text("contactPerson", draft.contactPerson(), false, PERSON_MAX)
                .check("contactPhone", InputRules.phone(draft.contactPhone()));
        String name = InputRules.clean(draft.name());
        if (name != null && (id == null ? units.existsByNameIgnoreCase(name) : units.existsByNameIgnoreCaseAndIdNot(name, id))) {
            checker.check("name", "unit.error.name-taken");
        }
        checker.throwIfAny();
    }

    private HandlingUnit find(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private static UnitSummary summary(HandlingUnit u, SilianUser me) {
        boolean full = me.isOfficeOrAdmin() || Objects.equals(me.unitId(), u.getId());
        return new UnitSummary(u.getId(), u.name(), u.kind(), u.contactPerson(),
                full ? u.contactPhone() : PersonalData.maskPhone(u.contactPhone()), u.active(), u.getVersion());
    }

    private static String like(String filter) {
        return filter == null || filter.isBlank() ? null : "%" + filter.strip().toLowerCase(Locale.ROOT) + "%";
    }

    private void publish(AuditEvent.Action action, HandlingUnit unit, String key, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(unit.getId()),
                Message.of(key, unit.name()), before, after));
    }
}
