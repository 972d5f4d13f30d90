package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    @Query("select m from GroupMember m where m.groupId = :group and m.leftOn is null order by m.joinedOn, m.id")
    List<GroupMember> current(@Param("group") Long groupId);

    @Query("select m from GroupMember m where m.groupId = :group order by m.joinedOn desc, m.id desc")
    List<GroupMember> history(@Param("group") Long groupId);

    @Query("select m from GroupMember m where m.groupId = :group and m.deputyId = :deputy and m.leftOn is null")
    Optional<GroupMember> currentOf(@Param("group") Long groupId, @Param("deputy") Long deputyId);

    @Query("select m from GroupMember m where m.deputyId = :deputy and m.leftOn is null order by m.groupId")
    List<GroupMember> currentFor(@Param("deputy") Long deputyId);

    @Query("select m from GroupMember m where m.deputyId = :deputy order by m.joinedOn desc, m.id desc")
    List<GroupMember> historyFor(@Param("deputy") Long deputyId);

    @Query("""
            select count(m) > 0 from GroupMember m
            where m.groupId = :group and m.streetId = :street and m.leftOn is null
            """)
    boolean anyFromStreet(@Param("group") Long groupId, @Param("street") Long streetId);

    /** People currently in any group of the topic: the assistant proposes nobody twice. */
    @Query("""
            select m.deputyId from GroupMember m, TopicGroup g
            where m.groupId = g.id and g.topicId = :topic and m.leftOn is null
            """)
    List<Long> currentInTopic(@Param("topic") Long topicId);

    /** {@code [groupId, level, count]} rows of current members. */
    @Query("""
            select m.groupId, m.level, count(m) from GroupMember m
            where m.groupId in :groups and m.leftOn is null group by m.groupId, m.level
            """)
    List<Object[]> levelMix(@Param("groups") Collection<Long> groupIds);

    /** {@code [topicId, members]} rows: distinct current members over the topic's groups. */
    @Query("""
            select g.topicId, count(distinct m.deputyId) from GroupMember m, TopicGroup g
            where m.groupId = g.id and g.topicId in :topics and m.leftOn is null group by g.topicId
            """)
    List<Object[]> countByTopic(@Param("topics") Collection<Long> topicIds);
}
