package cn.silian.stations;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface ShiftSwapRepository extends JpaRepository<ShiftSwap, Long> {

    @Query("""
            select w from ShiftSwap w, DutyShift s
            where s.id = w.shiftId and s.stationId = :station and w.status = cn.silian.stations.SwapStatus.PENDING
            order by w.createdAt
            """)
    List<ShiftSwap> pendingAt(@Param("station") Long stationId);

    boolean existsByShiftIdAndStatus(Long shiftId, SwapStatus status);
}
