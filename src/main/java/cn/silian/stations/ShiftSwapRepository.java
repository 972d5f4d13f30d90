package cn.silian.stations;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface ShiftSwapRepository extends JpaRepository<ShiftSwap, Long> {

    @Query("""
            select w from ShiftSwap w, DutyShift s
            where s.id = w.shiftId and s.stationId = :station and w.status = cn.silian.stations.SwapStatus.PENDING
            order by w.createdAt
            """)
    List<ShiftSwap> pendingAt(@Param("station") Long stationId);

    @Query("select w.shiftId from ShiftSwap w where w.shiftId in :shifts and w.status = cn.silian.stations.SwapStatus.PENDING")
    List<Long> pendingShiftIds(@Param("shifts") Collection<Long> shiftIds);

    boolean existsByShiftIdAndStatus(Long shiftId, SwapStatus status);
}
