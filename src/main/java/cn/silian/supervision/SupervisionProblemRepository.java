package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface SupervisionProblemRepository extends JpaRepository<SupervisionProblem, Long> {

    List<SupervisionProblem> findBySupervisedIdOrderByRaisedAtDescIdDesc(long supervisedId);

    /** Per project: problems not closed, and of them those past their deadline. */
    @Query("""
            select p.supervisedId, count(p), sum(case when p.dueOn < ?2 and p.state <> cn.silian.supervision.ProblemState.ANSWERED then 1 else 0 end)
            from SupervisionProblem p where p.supervisedId in ?1 and p.state <> cn.silian.supervision.ProblemState.CLOSED
            group by p.supervisedId""")
    List<Object[]> openCounts(Collection<Long> supervisedIds, LocalDate today);
}
