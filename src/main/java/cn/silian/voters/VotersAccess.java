package cn.silian.voters;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who may do what with a report, and the few facts of the directory this module reads: the
 * district deputies of a term, a deputy's name and street. They are read-only native queries on
 * the directory's tables, as {@code cn.silian.performance.PointsAccess} does, so that the people
 * module gains no method for one reader.
 */
@Component
class VotersAccess {

    static final String DISTRICT = "DISTRICT";
    static final String ACTIVE = "ACTIVE";

    private final CurrentUser currentUser;
    private final EntityManager em;

    VotersAccess(CurrentUser currentUser, EntityManager em) {
        this.currentUser = currentUser;
        this.em = em;
    }

    SilianUser me() {
        return currentUser.require();
    }

    /** The office everyone's, a street's staff their street's, a deputy his own. */
    void requireMayRead(VotersReport r) {
        SilianUser me = me();
        if (me.isOfficeOrAdmin() || Objects.equals(me.deputyId(), r.deputyId()) || isStaffOf(me, r)) {
            return;
        }
        throw new AccessDeniedException("report to voters of another deputy");
    }

    /** Only the deputy himself writes his report. */
    void requireOwn(VotersReport r) {
        if (!Objects.equals(me().deputyId(), r.deputyId())) {
            throw new AccessDeniedException("report to voters of another deputy");
        }
    }

    /** The rating sheets: the office, or the staff of the street where the deputy lives. */
    void requireMayRate(VotersReport r) {
        SilianUser me = me();
        if (me.isOfficeOrAdmin() || isStaffOf(me, r)) {
            return;
        }
        throw new AccessDeniedException("rating of another street's deputy");
    }

    private boolean isStaffOf(SilianUser me, VotersReport r) {
        return me.is(Role.STREET_STAFF) && me.streetId() != null && me.streetId().equals(streetOf(r.deputyId()));
    }

    /** The latest term of the district's seats: the term now serving. */
    Integer currentTerm() {
        Object max = em.createNativeQuery("SELECT MAX(term) FROM seat WHERE level = ?1").setParameter(1, DISTRICT)
                .getSingleResult();
        return max == null ? null : ((Number) max).intValue();
    }

    /** Active district deputies of the term, each with his oral reports in the term's other confirmed plans. */
    List<OralPlanner.Candidate> candidates(int term, int year) {
        List<OralPlanner.Candidate> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        SELECT d.id, d.name, d.name_pinyin,
                               (SELECT COUNT(*) FROM voters_report r JOIN voters_plan p ON p.id = r.plan_id
                                WHERE r.deputy_id = d.id AND r.form = 'ORAL' AND p.term = ?1 AND p.plan_year <> ?2
                                  AND p.status = 'CONFIRMED')
                        FROM deputy d JOIN seat s ON s.deputy_id = d.id AND s.level = ?3 AND s.term = ?1
                        WHERE d.status = ?4""")
                .setParameter(1, term).setParameter(2, year).setParameter(3, DISTRICT).setParameter(4, ACTIVE)
                .getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new OralPlanner.Candidate(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue()));
        }
        return result;
    }

    String nameOf(long deputyId) {
        List<?> rows = em.createNativeQuery("SELECT name FROM deputy WHERE id = ?1").setParameter(1, deputyId).getResultList();
        return rows.isEmpty() ? "" : (String) rows.getFirst();
    }

    Long streetOf(long deputyId) {
        List<?> rows = em.createNativeQuery("SELECT street_id FROM deputy WHERE id = ?1").setParameter(1, deputyId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.getFirst()).longValue();
    }
}
