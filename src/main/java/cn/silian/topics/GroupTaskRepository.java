package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface GroupTaskRepository extends JpaRepository<GroupTask, Long> {

    List<GroupTask> findByGroupIdOrderByDueOnAscIdAsc(Long groupId);

    @Query("""
            select t from GroupTask t where t.assigneeId = :deputy and t.status <> cn.silian.topics.TaskStatus.DONE
            order by t.dueOn, t.id
            """)
    List<GroupTask> openFor(@Param("deputy") Long deputyId);

    /** {@code [groupId, all, done]} rows. */
    @Query("""
            select t.groupId, count(t), sum(case when t.status = cn.silian.topics.TaskStatus.DONE then 1 else 0 end)
            from GroupTask t where t.groupId in :groups group by t.groupId
            """)
    List<Object[]> progress(@Param("groups") Collection<Long> groupIds);

    @Query("""
            select g.topicId, count(t), sum(case when t.status = cn.silian.topics.TaskStatus.DONE then 1 else 0 end)
            from GroupTask t, TopicGroup g where t.groupId = g.id and g.topicId in :topics group by g.topicId
            """)
    List<Object[]> progressByTopic(@Param("topics") Collection<Long> topicIds);

    @Query("""
            select count(t) from GroupTask t
            where t.groupId = :group and t.status <> cn.silian.topics.TaskStatus.DONE and t.dueOn < :today
            """)
    long overdue(@Param("group") Long groupId, @Param("today") LocalDate today);

    @Query("""
            select t.groupId, count(t) from GroupTask t
            where t.groupId in :groups and t.assigneeId = :deputy and t.status <> cn.silian.topics.TaskStatus.DONE
            group by t.groupId
            """)
    List<Object[]> openCountsOf(@Param("groups") Collection<Long> groupIds, @Param("deputy") Long deputyId);

    @Query("""
            select count(t) > 0 from GroupTask t, TopicGroup g
            where t.groupId = g.id and g.topicId = :topic and t.dueOn > :end
            """)
    boolean anyDueAfterInTopic(@Param("topic") Long topicId, @Param("end") LocalDate end);
}
