package cn.silian.stations;

import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the meetings module in tests: meetings a test books here make people busy for
 * the duty planner, exactly as the meetings module's own BusyCalendar will.
 */
@Component
class TestMeetings implements BusyCalendar {

    record Meeting(Long deputyId, LocalDateTime start, LocalDateTime end) {
    }

    static final List<Meeting> BOOKED = new CopyOnWriteArrayList<>();

    @Override
    public boolean busy(Long deputyId, LocalDateTime start, LocalDateTime end) {
        return BOOKED.stream().anyMatch(m -> m.deputyId().equals(deputyId) && m.start().isBefore(end) && m.end().isAfter(start));
    }
}
