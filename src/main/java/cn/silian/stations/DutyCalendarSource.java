package cn.silian.stations;

import cn.silian.calendar.CalendarEntry;
import cn.silian.calendar.CalendarSource;
import cn.silian.shared.Formats;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A deputy's published reception shifts in his calendar. Drafts stay out: a shift is his only
 * once the plan is published. Runs without a signed-in user (the subscription feed).
 */
@Component
class DutyCalendarSource implements CalendarSource {

    static final String LINK = "my-duty";

    private final DutyShiftRepository shifts;
    private final StationRepository stations;

    DutyCalendarSource(DutyShiftRepository shifts, StationRepository stations) {
        this.shifts = shifts;
        this.stations = stations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(Long accountId, Long deputyId, Instant from, Instant to) {
        if (deputyId == null) {
            return List.of();
        }
        List<DutyShift> mine = shifts.publishedFor(deputyId, LocalDateTime.ofInstant(from, Formats.ZONE),
                LocalDateTime.ofInstant(to, Formats.ZONE));
        Map<Long, Station> byId = stations.findAllById(mine.stream().map(DutyShift::stationId).distinct().toList())
                .stream().collect(Collectors.toMap(Station::getId, Function.identity()));
        return mine.stream().map(shift -> {
            Station station = byId.get(shift.stationId());
            String name = station == null ? "" : station.name();
            return new CalendarEntry("duty-" + shift.getId() + "@silian", CalendarEntry.Kind.DUTY, name,
                    shift.startsAt().atZone(Formats.ZONE).toInstant(), shift.endsAt().atZone(Formats.ZONE).toInstant(),
                    station == null ? null : station.address(),
                    SilianI18nProvider.translate("calendar.duty.description", SilianI18nProvider.CHINESE, name),
                    LINK, false, (int) shift.getVersion());
        }).toList();
    }
}
