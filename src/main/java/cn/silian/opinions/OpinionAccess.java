package cn.silian.opinions;

import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.stations.Membership;
import cn.silian.stations.RosterService;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who sees which opinions, as one {@link Specification} for lists and look-ups by id alike, so
 * the two can never disagree: the office all; a street's staff their street's; a deputy those
 * he heard or recorded and those of the stations he is on the roster of; a unit only the
 * matters forwarded to it.
 */
@Component
class OpinionAccess {

    private final RosterService roster;

    OpinionAccess(RosterService roster) {
        this.roster = roster;
    }

    Specification<Opinion> visibleTo(SilianUser me) {
        if (me.isOfficeOrAdmin()) {
            return (root, query, cb) -> cb.conjunction();
        }
        if (me.is(Role.STREET_STAFF)) {
            Long street = me.streetId();
            return (root, query, cb) -> street == null ? cb.disjunction() : cb.equal(root.get("streetId"), street);
        }
        if (me.is(Role.DEPUTY)) {
            Long deputy = me.deputyId();
            List<Long> stations = deputy == null ? List.of() : roster.membershipsOf(deputy).stream()
                    .filter(m -> m.leftOn() == null).map(Membership::stationId).toList();
            String username = me.getUsername();
            return (root, query, cb) -> {
                List<Predicate> any = new ArrayList<>();
                any.add(cb.equal(root.get("recordedBy"), username));
                if (deputy != null) {
                    any.add(cb.equal(root.get("heardBy"), deputy));
                }
                if (!stations.isEmpty()) {
                    any.add(root.get("stationId").in(stations));
                }
                return cb.or(any.toArray(Predicate[]::new));
            };
        }
        if (me.is(Role.UNIT)) {
            Long unit = me.unitId();
            return (root, query, cb) -> unit == null ? cb.disjunction() : cb.equal(root.get("forwardedUnitId"), unit);
        }
        return (root, query, cb) -> cb.disjunction();
    }

    /** Classify, merge and close: the opinion's street's staff and the office. */
    boolean mayTriage(SilianUser me, Opinion o) {
        return me.isOfficeOrAdmin() || me.is(Role.STREET_STAFF) && Objects.equals(me.streetId(), o.streetId());
    }

    /** Answer a forwarded matter: the unit it went to, or the office on its behalf. */
    boolean mayAnswer(SilianUser me, Opinion o) {
        if (o.state() != OpinionState.FORWARDED) {
            return false;
        }
        return me.isOfficeOrAdmin() || me.is(Role.UNIT) && Objects.equals(me.unitId(), o.forwardedUnitId());
    }
}
