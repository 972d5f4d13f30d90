package cn.silian.topics;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    @Query("select r from JoinRequest r where r.groupId = :group and r.status = cn.silian.topics.JoinStatus.PENDING order by r.requestedAt")
    List<JoinRequest> pending(@Param("group") Long groupId);

    @Query("""
            select r from JoinRequest r
            where r.groupId = :group and r.deputyId = :deputy and r.status = cn.silian.topics.JoinStatus.PENDING
            """)
    Optional<JoinRequest> pendingOf(@Param("group") Long groupId, @Param("deputy") Long deputyId);
}
