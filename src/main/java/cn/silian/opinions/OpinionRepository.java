package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface OpinionRepository extends JpaRepository<Opinion, Long>, JpaSpecificationExecutor<Opinion> {

    List<Opinion> findByMergedIntoOrderByCreatedAtAscIdAsc(Long mergedInto);

    Optional<Opinion> findByReceiptCode(String receiptCode);

    boolean existsByReceiptCode(String receiptCode);

    @Query("select count(o) from Opinion o where o.clientHash = ?1 and o.createdAt > ?2")
    long countFromClientSince(String clientHash, Instant since);

    @Query("select count(o) from Opinion o where o.stationId = ?1 and o.source = cn.silian.opinions.OpinionSource.PUBLIC and o.createdAt > ?2")
    long countPublicAtStationSince(Long stationId, Instant since);
}
