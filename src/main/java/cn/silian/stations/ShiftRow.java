package cn.silian.stations;

import java.time.LocalDateTime;

/** A shift as plans, notices and a deputy's own list show it. */
public record ShiftRow(Long id, Long planId, Long stationId, String stationName, String stationAddress,
                       Long deputyId, String deputyName, LocalDateTime startsAt, LocalDateTime endsAt,
                       PlanStatus planStatus, boolean swapPending, boolean served, long version) {
}
