package cn.silian.stations;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionRepository extends JpaRepository<Reception, Long> {

    Slice<Reception> findByStationIdOrderByReceivedAtDescIdDesc(Long stationId, Pageable pageable);

    long countByStationId(Long stationId);
}
