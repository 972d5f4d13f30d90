package cn.silian.stations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** How to generate a duty plan: e.g. every Tuesday and the 15th, 9:00–11:30, for a quarter. */
public record PlanRequest(LocalDate from, LocalDate to, Set<DayOfWeek> weekdays, Set<Integer> daysOfMonth,
                          LocalTime start, LocalTime end) {
}
