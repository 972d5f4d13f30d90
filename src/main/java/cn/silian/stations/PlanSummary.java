package cn.silian.stations;

import java.time.Instant;
import java.time.LocalDate;

public record PlanSummary(Long id, Long stationId, LocalDate from, LocalDate to, PlanStatus status, long shifts,
                          long unfilled, Instant publishedAt, long version) {
}
