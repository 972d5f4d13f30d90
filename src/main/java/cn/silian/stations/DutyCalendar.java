package cn.silian.stations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reception days of a station, written the way offices announce them: "every Tuesday and
 * the 15th of each month", from one date to another.
 */
public final class DutyCalendar {

    /** A leap year: a whole year of duties may be planned at once, but no more, so a typo cannot plan centuries. */
    public static final int MAX_PERIOD_DAYS = 366;

    private DutyCalendar() {
    }

    /**
     * One slot per date in {@code [from, to]} whose weekday is in {@code weekdays} or whose day of
     * month is in {@code daysOfMonth}; a date matching both still gives one slot. A day a month
     * lacks (the 31st in April) is skipped rather than moved, because moving it would put a
     * duty on a day nobody announced. {@code null} sets count as empty.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}, {@code end} is not
     *                                  after {@code start}, both sets are empty, a day of month is
     *                                  outside 1..31, or the period is longer than
     *                                  {@value #MAX_PERIOD_DAYS} days
     */
    public static List<DutySlot> slots(LocalDate from, LocalDate to, Set<DayOfWeek> weekdays,
                                       Set<Integer> daysOfMonth, LocalTime start, LocalTime end) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Set<DayOfWeek> days = weekdays == null ? Set.of() : weekdays;
        Set<Integer> monthDays = daysOfMonth == null ? Set.of() : daysOfMonth;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A duty must end after it starts: " + start + " – " + end);
        }
        if (days.isEmpty() && monthDays.isEmpty()) {
            throw new IllegalArgumentException("Neither weekdays nor days of month given");
        }
        for (Integer day : monthDays) {
            if (day == null || day < 1 || day > 31) {
                throw new IllegalArgumentException("Day of month outside 1..31: " + day);
            }
        }
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        if (length > MAX_PERIOD_DAYS) {
            throw new IllegalArgumentException("Period of " + length + " days is longer than " + MAX_PERIOD_DAYS);
        }
        List<DutySlot> slots = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek()) || monthDays.contains(date.getDayOfMonth())) {
                slots.add(new DutySlot(date.atTime(start), date.atTime(end)));
            }
        }
        return List.copyOf(slots);
    }
}
