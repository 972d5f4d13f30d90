package cn.silian.performance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    @Query("select e from LedgerEntry e where e.sourceType = ?1 and e.sourceId = ?2")
    List<LedgerEntry> ofSource(String sourceType, long sourceId);

    /** Every earned entry of a year, withdrawn ones too, for a replay to compare with. */
    @Query("select e from LedgerEntry e where e.year = ?1 and e.sourceType is not null")
    List<LedgerEntry> earnedIn(int year);

    @Query("select e from LedgerEntry e where e.deputyId = ?1 and e.year = ?2 order by e.earnedOn, e.id")
    List<LedgerEntry> ofDeputy(long deputyId, int year);

    @Query("select e from LedgerEntry e where e.deputyId = ?1 and e.year = ?2 order by e.earnedOn desc, e.id desc")
    org.springframework.data.domain.Slice<LedgerEntry> pageOf(long deputyId, int year, org.springframework.data.domain.Pageable pageable);

    /** A deputy's live sums per duty of a year, before caps: [dutyId, sum]. */
    @Query("""
            select e.dutyId, sum(coalesce(e.adjustedPoints, e.points)) from LedgerEntry e
            where e.deputyId = ?1 and e.year = ?2 and e.withdrawnAt is null group by e.dutyId""")
    List<Object[]> sumsByDuty(long deputyId, int year);
}
