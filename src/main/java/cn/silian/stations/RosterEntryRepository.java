package cn.silian.stations;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RosterEntryRepository extends JpaRepository<RosterEntry, Long> {

    @Query("select e from RosterEntry e where e.stationId = :station and e.leftOn is null order by e.home desc, e.joinedOn, e.id")
    Slice<RosterEntry> current(@Param("station") Long stationId, Pageable pageable);

    @Query("select e from RosterEntry e where e.stationId = :station and e.leftOn is null")
    List<RosterEntry> allCurrent(@Param("station") Long stationId);

    @Query("select count(e) from RosterEntry e where e.stationId = :station and e.leftOn is null")
    long countCurrent(@Param("station") Long stationId);

    @Query("select e from RosterEntry e where e.stationId = :station and e.leftOn is not null order by e.leftOn desc, e.id desc")
    Slice<RosterEntry> past(@Param("station") Long stationId, Pageable pageable);

    @Query("select distinct s.streetId from RosterEntry e, Station s where s.id = e.stationId and e.leftOn is null and e.deputyId in :deputies")
    List<Long> currentStreetsOf(@Param("deputies") java.util.Collection<Long> deputyIds);

    @Query("select e from RosterEntry e where e.deputyId = :deputy order by e.joinedOn desc, e.id desc")
    List<RosterEntry> ofPerson(@Param("deputy") Long deputyId);

    @Query("select e from RosterEntry e where e.deputyId = :deputy and e.home = true and e.leftOn is null")
    Optional<RosterEntry> currentHome(@Param("deputy") Long deputyId);

    @Query("select e from RosterEntry e where e.stationId = :station and e.deputyId = :deputy and e.leftOn is null")
    Optional<RosterEntry> currentAt(@Param("station") Long stationId, @Param("deputy") Long deputyId);

    @Query("select e.deputyId from RosterEntry e where e.home = true and e.leftOn is null and e.deputyId in :people")
    List<Long> placed(@Param("people") Collection<Long> people);

    @Query("select e.stationId, count(e) from RosterEntry e where e.leftOn is null and e.stationId in :stations group by e.stationId")
    List<Object[]> countByStation(@Param("stations") Collection<Long> stations);

    @Query("""
            select s.streetId, count(e) from RosterEntry e, Station s
            where s.id = e.stationId and e.leftOn is null group by s.streetId
            """)
    List<Object[]> countByStreet();
}
