package cn.silian.stations;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

interface DutyShiftRepository extends JpaRepository<DutyShift, Long> {

    List<DutyShift> findByPlanIdOrderByStartsAt(Long planId);

    long countByPlanIdAndDeputyIdIsNull(Long planId);

    long countByPlanId(Long planId);

    /** Shifts of published plans for one person in a time range (his own calendar). */
    @Query("""
            select s from DutyShift s, DutyPlan p
            where p.id = s.planId and p.status = cn.silian.stations.PlanStatus.PUBLISHED
              and s.deputyId = :deputy and s.endsAt > :from and s.startsAt < :to
            order by s.startsAt
            """)
    List<DutyShift> publishedFor(@Param("deputy") Long deputyId, @Param("from") LocalDateTime from,
                                 @Param("to") LocalDateTime to);

    /** Shifts each person holds in a time range, draft or published: the fairness counts. */
    @Query("""
            select s.deputyId, count(s) from DutyShift s
            where s.deputyId in :people and s.startsAt >= :from and s.startsAt < :to
            group by s.deputyId
            """)
    List<Object[]> countFor(@Param("people") Collection<Long> people, @Param("from") LocalDateTime from,
                            @Param("to") LocalDateTime to);

    /** Every shift of these people in a period: what the planner must not double-book. */
    @Query("select s from DutyShift s where s.deputyId in :people and s.endsAt > :from and s.startsAt < :to")
    List<DutyShift> ofPeopleBetween(@Param("people") Collection<Long> people, @Param("from") LocalDateTime from,
                                    @Param("to") LocalDateTime to);

    /** Any shift of this person overlapping the interval (touching is no overlap). */
    @Query("""
            select count(s) > 0 from DutyShift s
            where s.deputyId = :deputy and s.startsAt < :to and s.endsAt > :from and s.id <> :except
            """)
    boolean overlaps(@Param("deputy") Long deputyId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                     @Param("except") Long exceptShiftId);
}
