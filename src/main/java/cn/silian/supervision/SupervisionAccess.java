package cn.silian.supervision;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Join;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may see and do what with a supervised project, and the few facts of other modules' tables
 * this module reads (deputies' names, the district deputies of the term, departments' and streets'
 * names) with read-only native queries, as {@code cn.silian.voters.VotersAccess} does.
 */
@Component
class SupervisionAccess {

    static final String DISTRICT = "DISTRICT";
    static final String ACTIVE = "ACTIVE";
    private static final String ELIGIBLE = """
            FROM deputy d WHERE d.status = :active AND EXISTS (SELECT 1 FROM seat s WHERE s.deputy_id = d.id
              AND s.level = :district AND s.term = (SELECT MAX(t.term) FROM seat t WHERE t.level = :district))""";

    private final CurrentUser currentUser;
    private final EntityManager em;

    SupervisionAccess(CurrentUser currentUser, EntityManager em) {
        this.currentUser = currentUser;
        this.em = em;
    }

    SilianUser me() {
        return currentUser.require();
    }

    /** The office all; a street's staff their streets'; a unit its department's; a deputy his group's. */
    boolean mayRead(SupervisedProject p) {
        SilianUser me = me();
        return me.isOfficeOrAdmin() || ownUnit(me, p) || ofStreet(me, p)
                || (me.is(Role.DEPUTY) && p.inGroup(me.deputyId()));
    }

    void requireMayRead(SupervisedProject p) {
        if (!mayRead(p)) {
            throw new AccessDeniedException("supervised project of another street, department or group");
        }
    }

    /** Progress is reported by the department itself (its UNIT account) or the office for it. */
    boolean mayReport(SupervisedProject p) {
        SilianUser me = me();
        return me.isOfficeOrAdmin() || ownUnit(me, p);
    }

    void requireMayReport(SupervisedProject p) {
        if (!mayReport(p)) {
            throw new AccessDeniedException("progress of another department's project");
        }
    }

    /** Problems are found by the group (lead and members) or the office. */
    boolean mayRaise(SupervisedProject p) {
        SilianUser me = me();
        return me.isOfficeOrAdmin() || (me.is(Role.DEPUTY) && p.inGroup(me.deputyId()));
    }

    boolean mayRateAnswer(SupervisedProject p) {
        SilianUser me = me();
        return me.isOfficeOrAdmin() || (me.is(Role.DEPUTY) && me.deputyId() != null
                && me.deputyId().equals(p.leadDeputyId()));
    }

    void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }

    private static boolean ownUnit(SilianUser me, SupervisedProject p) {
        return me.is(Role.UNIT) && me.unitId() != null && me.unitId().equals(p.unitId());
    }

    private static boolean ofStreet(SilianUser me, SupervisedProject p) {
        return me.is(Role.STREET_STAFF) && me.streetId() != null && p.streetIds().contains(me.streetId());
    }

    /** The list as the caller may see it: every deputy sees the year's status list (the published status). */
    Specification<SupervisedProject> scope() {
        SilianUser me = me();
        if (me.isOfficeOrAdmin() || me.is(Role.DEPUTY)) {
            return (root, q, cb) -> cb.conjunction();
        }
        if (me.is(Role.UNIT) && me.unitId() != null) {
            Long unit = me.unitId();
            return (root, q, cb) -> cb.equal(root.get("unitId"), unit);
        }
        if (me.is(Role.STREET_STAFF) && me.streetId() != null) {
            Long street = me.streetId();
            return (root, q, cb) -> {
                Join<SupervisedProject, Long> s = root.join("streetIds");
                q.distinct(true);
                return cb.equal(s, street);
            };
        }
        return (root, q, cb) -> cb.disjunction();
    }

    // ---- facts of other modules' tables ------------------------------------------------------

    Map<Long, String> deputyNames(Collection<Long> ids) {
        return names("SELECT id, name FROM deputy WHERE id IN (:ids)", ids);
    }

    Map<Long, String> streetNames(Collection<Long> ids) {
        return names("SELECT id, name FROM street WHERE id IN (:ids)", ids);
    }

    Map<Long, String> unitNames(Collection<Long> ids) {
        return names("SELECT id, name FROM handling_unit WHERE id IN (:ids)", ids);
    }

    String unitName(Long id) {
        return id == null ? "" : unitNames(List.of(id)).getOrDefault(id, "");
    }

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        Set<Long> distinct = new HashSet<>(ids);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            return result;
        }
        for (Object row : em.createNativeQuery(sql).setParameter("ids", distinct).getResultList()) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return result;
    }

    /** Active district deputies of the term now serving: who may be in a group and who rates. */
    Set<Long> eligibleAmong(Collection<Long> ids) {
        Set<Long> result = new HashSet<>();
        Set<Long> distinct = new HashSet<>(ids);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            return result;
        }
        for (Object id : em.createNativeQuery("SELECT d.id " + ELIGIBLE + " AND d.id IN (:ids)")
                .setParameter("active", ACTIVE).setParameter("district", DISTRICT).setParameter("ids", distinct)
                .getResultList()) {
            result.add(((Number) id).longValue());
        }
        return result;
    }

    boolean eligible(Long deputyId) {
        return deputyId != null && eligibleAmong(List.of(deputyId)).contains(deputyId);
    }

    int eligibleCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) " + ELIGIBLE).setParameter("active", ACTIVE)
                .setParameter("district", DISTRICT).getSingleResult()).intValue();
    }

    /** The first active district deputies of the term in id order, for tests to pick raters from. */
    List<Long> eligibleIds(int max) {
        return em.createNativeQuery("SELECT d.id " + ELIGIBLE + " ORDER BY d.id").setParameter("active", ACTIVE)
                .setParameter("district", DISTRICT).setMaxResults(max).getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList();
    }

    Integer currentTerm() {
        Object max = em.createNativeQuery("SELECT MAX(term) FROM seat WHERE level = :district")
                .setParameter("district", DISTRICT).getSingleResult();
        return max == null ? null : ((Number) max).intValue();
    }
}
