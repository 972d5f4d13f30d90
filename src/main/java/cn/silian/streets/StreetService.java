package cn.silian.streets;

import cn.silian.security.Roles;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.InputRules;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Streets are few (13 in a district, some hundreds in a province) and their names are public,
 * so every signed-in user may list them.
 */
@Service
@Transactional(readOnly = true)
public class StreetService {

    private final StreetRepository streets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    StreetService(StreetRepository streets, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.streets = streets;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public List<StreetSummary> all() {
        return streets.findAllByOrderBySortOrderAsc().stream().map(Street::toSummary).toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public Map<Long, StreetSummary> byId() {
        return all().stream().collect(Collectors.toMap(StreetSummary::id, Function.identity()));
    }

    /** The streets with these ids, in one query: for a page of rows that name their street. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Map<Long, StreetSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return streets.findAllById(ids).stream().map(Street::toSummary)
                .collect(Collectors.toMap(StreetSummary::id, Function.identity()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<StreetSummary> find(Long id) {
        return id == null ? Optional.empty() : streets.findById(id).map(Street::toSummary);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public boolean exists(Long id) {
        return id != null && streets.existsById(id);
    }

    /** The street for the rename form, with the version the rename must be based on. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public StreetEdit edit(long id) {
        Street street = find(id);
        StreetSummary summary = street.toSummary();
        return new StreetEdit(id, street.getVersion(), summary.code(), summary.name());
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void rename(long id, long version, String code, String name) {
        Street street = find(id);
        street.checkVersion(version);
        validate(id, code, name);
        String before = street.describe();
        street.rename(code.strip(), name.strip());
        streets.saveAndFlush(street);
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.UPDATE, "Street",
                String.valueOf(id), Message.of("audit.street.renamed", name), before, street.describe()));
    }

    private Street find(long id) {
        return streets.findById(id).orElseThrow(() -> new NotFoundException("Street", id));
    }

    private void validate(Long selfId, String code, String name) {
        InputRules.Checker checker = InputRules.checker().text("code", code, true, 20).text("name", name, true, 50);
        streets.findAll().stream().filter(s -> !s.getId().equals(selfId)).forEach(s -> {
            StreetSummary other = s.toSummary();
            if (code != null && other.code().equalsIgnoreCase(code.strip())) {
                checker.check("code", "street.code.taken");
            }
            if (name != null && other.name().equals(name.strip())) {
                checker.check("name", "street.name.taken");
            }
        });
        checker.throwIfAny();
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public StreetSummary create(String code, String name, int sortOrder) {
        validate(null, code, name);
        Street street = streets.save(new Street(code.strip(), name.strip(), sortOrder));
        events.publishEvent(new AuditEvent(currentUser.username(), AuditEvent.Action.CREATE, "Street",
                String.valueOf(street.getId()), Message.of("audit.street.created", name), null,
                "code=" + code + ", name=" + name));
        return street.toSummary();
    }
}
