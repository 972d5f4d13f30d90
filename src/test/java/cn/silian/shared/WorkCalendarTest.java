package cn.silian.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days over weekends, public holidays and the adjusted working weekends of 2026. */
class WorkCalendarTest {

    private final WorkCalendar calendar = WorkCalendar.defaults();

    @Test
    void aWeekendIsSkipped() {
        // Friday 2026-03-06 + 1 working day = Monday 2026-03-09.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    }

    @Test
    void aPublicHolidayIsSkipped() {
        // Qingming: Saturday 4 to Monday 6 April 2026. Friday 3 April + 1 = Tuesday 7 April.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 3), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        // National Day week: 1 to 7 October are off; Saturday 10 October is worked.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void anAdjustedWorkingSaturdayCounts() {
        // Saturday 2026-02-14 is worked before the Spring Festival (15 to 23 February off).
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        // Friday 9 October + 1 = Saturday 10 October, an adjusted working day.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12))).isEqualTo(2);
    }

    @Test
    void itIsConfiguredWithDatesAndRanges() {
        WorkCalendar custom = new WorkCalendar(List.of("2030-01-01..2030-01-02", " 2030-01-04 "), List.of("2030-01-05"));
        assertThat(custom.plusWorkingDays(LocalDate.of(2029, 12, 31), 1)).isEqualTo(LocalDate.of(2030, 1, 3));
        assertThat(custom.plusWorkingDays(LocalDate.of(2030, 1, 3), 1)).isEqualTo(LocalDate.of(2030, 1, 5));
        assertThat(custom.plusWorkingDays(LocalDate.of(2030, 1, 7), -1)).isEqualTo(LocalDate.of(2030, 1, 5));
        assertThatThrownBy(() -> new WorkCalendar(List.of("2030-13-01"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkCalendar(List.of("2030-01-05..2030-01-01"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
