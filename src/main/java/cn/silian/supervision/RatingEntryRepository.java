package cn.silian.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface RatingEntryRepository extends JpaRepository<RatingEntry, Long> {

    @Query("select e from RatingEntry e where e.roundId = ?1 and e.deputyId = ?2")
    List<RatingEntry> ofDeputy(long roundId, long deputyId);

    @Query("select e.supervisedId, e.rating, count(e) from RatingEntry e where e.roundId = ?1 group by e.supervisedId, e.rating")
    List<Object[]> counts(long roundId);

    @Query("select count(distinct e.deputyId) from RatingEntry e where e.roundId = ?1")
    long raters(long roundId);
}
