package cn.silian.performance;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps points_total in step with the ledger: a deputy's year, capped per duty and summed per
 * group, rewritten whenever one of his entries of the year changes. Rankings, thresholds and
 * distributions then read one short row per deputy instead of summing the ledger.
 */
@Component
class PointsTotals {

    private final EntityManager em;
    private final LedgerEntryRepository entries;
    private final Schemes schemes;

    PointsTotals(EntityManager em, LedgerEntryRepository entries, Schemes schemes) {
        this.em = em;
        this.entries = entries;
        this.schemes = schemes;
    }

    record DeputyYear(long deputyId, int year) {
    }

    void recompute(DeputyYear key) {
        em.flush();
        Schemes.YearScheme scheme = schemes.of(key.year());
        Map<DutyGroup, Integer> byGroup = new EnumMap<>(DutyGroup.class);
        for (DutyGroup g : DutyGroup.values()) {
            byGroup.put(g, 0);
        }
        List<Object[]> sums = entries.sumsByDuty(key.deputyId(), key.year());
        for (Object[] row : sums) {
            Duty duty = scheme.dutyOf((Long) row[0]);
            byGroup.merge(duty.group(), duty.capped(((Number) row[1]).intValue()), Integer::sum);
        }
        em.createNativeQuery("DELETE FROM points_total WHERE deputy_id = ?1 AND total_year = ?2")
                .setParameter(1, key.deputyId()).setParameter(2, key.year()).executeUpdate();
        if (sums.isEmpty()) {
            return;
        }
        int total = byGroup.values().stream().mapToInt(Integer::intValue).sum();
        // The street is read from the directory's table, not through people's service: this runs
        // inside whatever transaction recorded the activity, whoever (or whichever job) it was.
        em.createNativeQuery("""
                        INSERT INTO points_total (deputy_id, total_year, street_id, session_points, between_points,
                            model_points, other_points, total_points)
                        SELECT id, ?2, street_id, ?3, ?4, ?5, ?6, ?7 FROM deputy WHERE id = ?1""")
                .setParameter(1, key.deputyId()).setParameter(2, key.year())
                .setParameter(3, byGroup.get(DutyGroup.SESSION)).setParameter(4, byGroup.get(DutyGroup.BETWEEN))
                .setParameter(5, byGroup.get(DutyGroup.MODEL)).setParameter(6, byGroup.get(DutyGroup.OTHER))
                .setParameter(7, total)
                .executeUpdate();
    }
}
