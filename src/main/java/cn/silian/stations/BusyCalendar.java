package cn.silian.stations;

import java.time.LocalDateTime;

/**
 * Tells the duty planner when a person is busy elsewhere (a meeting). Other modules implement it;
 * the planner asks every implementation, so the meetings module only has to add a bean.
 */
public interface BusyCalendar {
    boolean busy(Long deputyId, LocalDateTime start, LocalDateTime end);
}
