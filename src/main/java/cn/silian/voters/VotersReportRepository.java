package cn.silian.voters;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface VotersReportRepository extends JpaRepository<VotersReport, Long> {

    Optional<VotersReport> findByPlanIdAndDeputyId(long planId, long deputyId);

    @Query("select count(r) from VotersReport r where r.planId = ?1 and r.form = ?2")
    long countByForm(long planId, ReportForm form);

    @Query("select count(r) from VotersReport r where r.planId = ?1")
    long countInPlan(long planId);

    /** The deputy's reports of confirmed plans, the latest year first. */
    @Query("""
            select r from VotersReport r, VotersPlan p where p.id = r.planId and r.deputyId = ?1
              and p.status = cn.silian.voters.PlanStatus.CONFIRMED order by p.year desc""")
    List<VotersReport> confirmedOf(long deputyId);

    /** Each confirmed plan's year with his report in it, latest first. */
    @Query("""
            select p.year, r from VotersReport r, VotersPlan p where p.id = r.planId and r.deputyId = ?1
              and p.status = cn.silian.voters.PlanStatus.CONFIRMED order by p.year desc""")
    List<Object[]> confirmedWithYearOf(long deputyId, org.springframework.data.domain.Pageable first);
}
