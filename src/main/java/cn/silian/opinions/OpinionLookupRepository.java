package cn.silian.opinions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

interface OpinionLookupRepository extends JpaRepository<OpinionLookup, Long> {

    @Query("select count(l) from OpinionLookup l where l.clientHash = ?1 and l.lookedAt > ?2")
    long countSince(String clientHash, Instant since);

    @Modifying
    @Query("delete from OpinionLookup l where l.lookedAt < ?1")
    int deleteOlderThan(Instant before);
}
