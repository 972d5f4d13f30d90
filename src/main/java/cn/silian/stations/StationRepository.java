package cn.silian.stations;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface StationRepository extends JpaRepository<Station, Long>, JpaSpecificationExecutor<Station> {

    Optional<Station> findByCode(String code);

    boolean existsByCode(String code);

    List<Station> findByStreetIdAndActiveTrueOrderByName(Long streetId);

    @Query("select s.id from Station s where s.streetId = :street")
    List<Long> idsIn(@Param("street") Long streetId);

    @Query("select s.streetId, count(s) from Station s where s.active = true group by s.streetId")
    List<Object[]> countByStreet();
}
