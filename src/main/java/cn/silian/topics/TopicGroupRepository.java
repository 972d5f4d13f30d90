package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface TopicGroupRepository extends JpaRepository<TopicGroup, Long>, JpaSpecificationExecutor<TopicGroup> {

    List<TopicGroup> findByTopicIdOrderByName(Long topicId);

    @Query("select g.id from TopicGroup g where g.leaderId = :leader")
    List<Long> idsLedBy(@Param("leader") Long deputyId);

    boolean existsByTopicIdAndName(Long topicId, String name);

    /** {@code [topicId, groups]} rows. */
    @Query("select g.topicId, count(g) from TopicGroup g where g.topicId in :topics group by g.topicId")
    List<Object[]> countByTopic(@Param("topics") Collection<Long> topicIds);

    /** These groups' headings with their topics' titles and states, in one query. */
    @Query("select new cn.silian.topics.GroupHeading(g.id, g.name, g.leaderId, t.title, t.status) from TopicGroup g, Topic t"
            + " where t.id = g.topicId and g.id in :ids")
    List<GroupHeading> headings(@Param("ids") Collection<Long> groupIds);
}
