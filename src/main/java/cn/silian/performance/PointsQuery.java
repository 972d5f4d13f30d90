package cn.silian.performance;

import cn.silian.security.Roles;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Points as other modules and the views read them: a deputy's year by group and by duty, and
 * how points are distributed over the deputies. Every figure is summed in the database.
 */
@Service
public class PointsQuery {

    /** The distribution counts active people of the directory, those with no points too. */
    static final String ACTIVE = "ACTIVE";

    private final EntityManager em;
    private final PointsAccess access;
    private final Schemes schemes;
    private final LedgerEntryRepository entries;

    PointsQuery(EntityManager em, PointsAccess access, Schemes schemes, LedgerEntryRepository entries) {
        this.em = em;
        this.access = access;
        this.schemes = schemes;
        this.entries = entries;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public YearPoints of(long deputyId, int year) {
        access.requireMayRead(deputyId);
        return read(deputyId, year);
    }

    YearPoints read(long deputyId, int year) {
        List<?> rows = em.createNativeQuery("""
                        SELECT session_points, between_points, model_points, other_points, total_points
                        FROM points_total WHERE deputy_id = ?1 AND total_year = ?2""")
                .setParameter(1, deputyId).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            return YearPoints.none(deputyId, year);
        }
        Object[] r = (Object[]) rows.get(0);
        return new YearPoints(deputyId, year, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]));
    }

    /** A deputy's total of the year and the year's talk threshold, in one statement, for his home page. */
    public record Standing(int total, int threshold) {
        public boolean below() {
            return total < threshold;
        }
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Standing standing(long deputyId, int year) {
        access.requireMayRead(deputyId);
        List<?> rows = em.createNativeQuery("""
                        SELECT s.talk_threshold, (SELECT t.total_points FROM points_total t
                            WHERE t.deputy_id = ?1 AND t.total_year = ?2) FROM duty_scheme s WHERE s.scheme_year = ?2""")
                .setParameter(1, deputyId).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            return new Standing(0, DefaultScheme.TALK_THRESHOLD);
        }
        Object[] r = (Object[]) rows.get(0);
        return new Standing(r[1] == null ? 0 : n(r[1]), n(r[0]));
    }

    /** Every duty of the year's scheme in its order, with what the deputy earned for it. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public List<DutyPoints> byDuty(long deputyId, int year, Locale locale) {
        access.requireMayRead(deputyId);
        Schemes.YearScheme scheme = schemes.of(year);
        Map<Long, long[]> live = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select e.dutyId, count(e), sum(coalesce(e.adjustedPoints, e.points)) from LedgerEntry e
                        where e.deputyId = ?1 and e.year = ?2 and e.withdrawnAt is null group by e.dutyId""", Object[].class)
                .setParameter(1, deputyId).setParameter(2, year).getResultList()) {
            live.put((Long) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<DutyPoints> result = new ArrayList<>();
        for (Duty d : scheme.duties()) {
            long[] cs = live.getOrDefault(d.getId(), new long[]{0, 0});
            result.add(new DutyPoints(d.getId(), d.code(), d.group(), d.name(locale), d.points(), d.yearlyCap(),
                    d.automatic(), cs[0], (int) cs[1], d.capped((int) cs[1])));
        }
        return result;
    }

    /**
     * Deputies per band of yearly points, in bands {@code width} wide, for the office (all or one
     * street) or a street's staff (their street).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PointsBucket> distribution(int year, Long streetId, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width");
        }
        Long street = access.requireStreetScope(streetId);
        // Bands of a derived table: MySQL does not see two bound expressions as the same group.
        var query = em.createNativeQuery("""
                        SELECT band, COUNT(*) FROM (
                            SELECT FLOOR(CAST(COALESCE(t.total_points, 0) AS DECIMAL(12, 2)) / ?2) AS band FROM deputy d
                            LEFT JOIN points_total t ON t.deputy_id = d.id AND t.total_year = ?1
                            WHERE d.status = ?3""" + (street == null ? "" : " AND d.street_id = ?4") + """
                        ) banded GROUP BY band ORDER BY band""")
                .setParameter(1, year).setParameter(2, width).setParameter(3, ACTIVE);
        if (street != null) {
            query.setParameter(4, street);
        }
        List<PointsBucket> buckets = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            int band = n(r[0]);
            buckets.add(new PointsBucket(band * width, (band + 1) * width, ((Number) r[1]).longValue()));
        }
        return buckets;
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
