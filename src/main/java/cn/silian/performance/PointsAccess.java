package cn.silian.performance;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may read whose points: the office everyone's, a deputy his own. Services ask it for every
 * object they touch, not only the views.
 */
@Component
class PointsAccess {

    private final CurrentUser currentUser;
    private final EntityManager em;

    PointsAccess(CurrentUser currentUser, EntityManager em) {
        this.currentUser = currentUser;
        this.em = em;
    }

    SilianUser me() {
        return currentUser.require();
    }

    void requireMayRead(long deputyId) {
        SilianUser me = me();
        if (me.isOfficeOrAdmin() || Long.valueOf(deputyId).equals(me.deputyId())) {
            return;
        }
        throw new AccessDeniedException("points of another deputy");
    }

    /** The street a figure over many deputies may cover: any for the office, his own for street staff. */
    Long requireStreetScope(Long streetId) {
        SilianUser me = me();
        if (me.isOfficeOrAdmin()) {
            return streetId;
        }
        if (me.is(Role.STREET_STAFF) && me.streetId() != null && (streetId == null || streetId.equals(me.streetId()))) {
            return me.streetId();
        }
        throw new AccessDeniedException("points of another street");
    }

    /** The deputy's street, read from the directory's table (see PointsTotals for why not the service). */
    Long streetOf(long deputyId) {
        List<?> rows = em.createNativeQuery("SELECT street_id FROM deputy WHERE id = ?1").setParameter(1, deputyId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    /**
     * Who may read a deputy's record (履职档案): whoever may read his points, and the staff of his
     * street, who keep their street's deputies' files for the archive.
     */
    void requireMayReadRecord(long deputyId) {
        SilianUser me = me();
        if (me.isOfficeOrAdmin() || Long.valueOf(deputyId).equals(me.deputyId())) {
            return;
        }
        if (me.is(Role.STREET_STAFF) && me.streetId() != null && me.streetId().equals(streetOf(deputyId))) {
            return;
        }
        throw new AccessDeniedException("record of another deputy");
    }
}
