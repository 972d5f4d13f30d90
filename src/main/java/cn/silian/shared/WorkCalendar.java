package cn.silian.shared;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which days are working days in the district: Monday to Friday, less the public holidays, plus
 * the weekends the State Council moves work to (调休). Configured with
 * {@code silian.calendar.holidays} and {@code silian.calendar.workdays}: comma-separated ISO
 * dates or {@code from..to} ranges. Without them, the 2026 calendar as announced and the
 * statutory holidays of 2027 (its adjusted days are announced late in 2026 and must then be
 * configured).
 */
@Component
public class WorkCalendar {

    /** 2026 as announced by the State Council; 2027 its statutory days only. */
    public static final List<String> DEFAULT_HOLIDAYS = List.of(
            "2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
            "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
            "2026-10-01..2026-10-07",
            "2027-01-01", "2027-02-05..2027-02-08", "2027-04-05", "2027-05-01..2027-05-02",
            "2027-06-09", "2027-09-15", "2027-10-01..2027-10-03");
    /** The adjusted working weekends of 2026. */
    public static final List<String> DEFAULT_WORKDAYS = List.of(
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    @Autowired
    public WorkCalendar(@Value("${silian.calendar.holidays:#{null}}") List<String> holidays,
                        @Value("${silian.calendar.workdays:#{null}}") List<String> workdays) {
        this.holidays = expand(holidays == null ? DEFAULT_HOLIDAYS : holidays);
        this.workdays = expand(workdays == null ? DEFAULT_WORKDAYS : workdays);
    }

    /** The default calendar, for tests and tools outside Spring. */
    public static WorkCalendar defaults() {
        return new WorkCalendar(DEFAULT_HOLIDAYS, DEFAULT_WORKDAYS);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code days} working days after {@code from} ({@code from} itself not counted):
     * a request due within five working days of a Friday is due the Friday after. Zero gives
     * {@code from}; a negative count goes back.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int step = days >= 0 ? 1 : -1;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static Set<LocalDate> expand(Collection<String> entries) {
        Set<LocalDate> days = new HashSet<>();
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                int dots = entry.indexOf("..");
                if (dots < 0) {
                    days.add(LocalDate.parse(entry));
                    continue;
                }
                LocalDate from = LocalDate.parse(entry.substring(0, dots).strip());
                LocalDate to = LocalDate.parse(entry.substring(dots + 2).strip());
                if (to.isBefore(from) || to.isAfter(from.plusDays(366))) {
                    throw new IllegalArgumentException("silian.calendar: bad range " + entry);
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(d);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("silian.calendar: not an ISO date or range: " + entry, e);
            }
        }
        return Set.copyOf(days);
    }
}
