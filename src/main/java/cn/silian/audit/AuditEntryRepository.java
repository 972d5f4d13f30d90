package cn.silian.audit;

import cn.silian.shared.AuditEvent;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    String MATCHING = """
            where (:actor is null or e.actor = :actor)
              and (:objectType is null or e.objectType = :objectType)
              and (:action is null or e.action = :action)
              and (:objectId is null or e.objectId = :objectId)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            """;

    @Query("select e from AuditEntry e " + MATCHING)
    Slice<AuditEntry> search(@Param("actor") String actor, @Param("objectType") String objectType,
                             @Param("action") AuditEvent.Action action, @Param("objectId") String objectId,
                             @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

    @Query("select count(e) from AuditEntry e " + MATCHING)
    long count(@Param("actor") String actor, @Param("objectType") String objectType,
               @Param("action") AuditEvent.Action action, @Param("objectId") String objectId,
               @Param("from") Instant from, @Param("to") Instant to);

    @Query("select distinct e.objectType from AuditEntry e order by e.objectType")
    List<String> objectTypes();
}
