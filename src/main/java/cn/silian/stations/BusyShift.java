package cn.silian.stations;

import java.time.LocalDateTime;

/** A person's duty shift as another module sees it when looking for clashes. */
public record BusyShift(Long deputyId, String stationName, LocalDateTime startsAt, LocalDateTime endsAt) {
}
