package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByGroupIdOrderByDueOnAscIdAsc(Long groupId);

    /** {@code [groupId, all, done]} rows. */
    @Query("""
            select m.groupId, count(m), sum(case when m.doneOn is not null then 1 else 0 end)
            from Milestone m where m.groupId in :groups group by m.groupId
            """)
    List<Object[]> progress(@Param("groups") Collection<Long> groupIds);

    @Query("""
            select g.topicId, count(m), sum(case when m.doneOn is not null then 1 else 0 end)
            from Milestone m, TopicGroup g where m.groupId = g.id and g.topicId in :topics group by g.topicId
            """)
    List<Object[]> progressByTopic(@Param("topics") Collection<Long> topicIds);

    @Query("select count(m) from Milestone m where m.groupId = :group and m.doneOn is null and m.dueOn < :today")
    long overdue(@Param("group") Long groupId, @Param("today") LocalDate today);
}
