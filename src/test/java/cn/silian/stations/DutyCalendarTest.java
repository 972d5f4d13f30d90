package cn.silian.stations;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DutyCalendarTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static List<LocalDate> dates(List<DutySlot> slots) {
        return slots.stream().map(s -> s.start().toLocalDate()).toList();
    }

    @Test
    void everyTuesdayAndTheFifteenthGiveTheAnnouncedDates() {
        List<DutySlot> slots = DutyCalendar.slots(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                Set.of(TUESDAY), Set.of(15), NINE, NOON);

        assertThat(dates(slots)).containsExactly(
                LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 15),
                LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 25));
    }

    @Test
    void eachSlotRunsFromTheStartToTheEndTimeOfItsDate() {
        List<DutySlot> slots = DutyCalendar.slots(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4),
                Set.of(TUESDAY), Set.of(), NINE, NOON);

        assertThat(slots).containsExactly(
                new DutySlot(LocalDateTime.of(2025, 3, 4, 9, 0), LocalDateTime.of(2025, 3, 4, 12, 0)));
    }

    @Test
    void aDateThatIsBothAChosenWeekdayAndAChosenDayOfMonthGivesOneSlot() {
        // 15 April 2025 is a Tuesday.
        List<DutySlot> slots = DutyCalendar.slots(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 16),
                Set.of(TUESDAY), Set.of(15), NINE, NOON);

        assertThat(dates(slots)).containsExactly(LocalDate.of(2025, 4, 15));
    }

    @Test
    void theThirtyFirstIsSkippedInMonthsThatLackIt() {
        List<DutySlot> slots = DutyCalendar.slots(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                Set.of(), Set.of(31), NINE, NOON);

        assertThat(dates(slots)).containsExactly(
                LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 31));
    }

    @Test
    void theTwentyNinthOfFebruaryExistsOnlyInLeapYears() {
        assertThat(dates(DutyCalendar.slots(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1),
                Set.of(), Set.of(29), NINE, NOON))).containsExactly(LocalDate.of(2024, 2, 29));
        assertThat(DutyCalendar.slots(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1),
                Set.of(), Set.of(29), NINE, NOON)).isEmpty();
    }

    @Test
    void slotsComeInChronologicalOrderAcrossMonths() {
        List<DutySlot> slots = DutyCalendar.slots(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(1, 15, 31), NINE, NOON);

        assertThat(slots).extracting(DutySlot::start).isSorted().doesNotHaveDuplicates();
        assertThat(slots).hasSizeGreaterThan(104);
    }

    @Test
    void theBoundsOfThePeriodAreIncluded() {
        // 4 and 25 March 2025 are Tuesdays.
        assertThat(dates(DutyCalendar.slots(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 25),
                Set.of(TUESDAY), Set.of(), NINE, NOON)))
                .startsWith(LocalDate.of(2025, 3, 4)).endsWith(LocalDate.of(2025, 3, 25)).hasSize(4);
    }

    @Test
    void aPeriodWithoutAnyMatchingDateGivesNoSlots() {
        // 5 to 10 March 2025 holds no Tuesday.
        assertThat(DutyCalendar.slots(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 10),
                Set.of(TUESDAY), Set.of(), NINE, NOON)).isEmpty();
    }

    @Test
    void aNullSetCountsAsEmpty() {
        assertThat(DutyCalendar.slots(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                null, Set.of(15), NINE, NOON)).hasSize(1);
        assertThat(DutyCalendar.slots(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                Set.of(TUESDAY), null, NINE, NOON)).hasSize(4);
    }

    @Test
    void aWholeLeapYearMayBePlannedAtOnceButNotADayMore() {
        assertThat(DutyCalendar.slots(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                Set.of(), Set.of(1), NINE, NOON)).hasSize(12);
        assertThatThrownBy(() -> DutyCalendar.slots(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1),
                Set.of(), Set.of(1), NINE, NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> DutyCalendar.slots(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1),
                Set.of(TUESDAY), Set.of(), NINE, NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDutyThatDoesNotEndAfterItStartsIsRefused() {
        LocalDate day = LocalDate.of(2025, 3, 4);
        assertThatThrownBy(() -> DutyCalendar.slots(day, day, Set.of(TUESDAY), Set.of(), NOON, NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DutyCalendar.slots(day, day, Set.of(TUESDAY), Set.of(), NOON, NINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarWithNeitherWeekdaysNorDaysOfMonthIsRefused() {
        assertThatThrownBy(() -> DutyCalendar.slots(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                Set.of(), Set.of(), NINE, NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DutyCalendar.slots(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                null, null, NINE, NOON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysOfMonthOutsideOneToThirtyOneAreRefused() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        assertThatThrownBy(() -> DutyCalendar.slots(from, to, Set.of(), Set.of(0), NINE, NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DutyCalendar.slots(from, to, Set.of(), Set.of(32), NINE, NOON))
                .isInstanceOf(IllegalArgumentException.class);
        Set<Integer> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> DutyCalendar.slots(from, to, Set.of(), withNull, NINE, NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void touchingIntervalsDoNotOverlap() {
        DutySlot morning = new DutySlot(LocalDateTime.of(2025, 3, 4, 9, 0), LocalDateTime.of(2025, 3, 4, 12, 0));

        assertThat(morning.overlaps(LocalDateTime.of(2025, 3, 4, 12, 0), LocalDateTime.of(2025, 3, 4, 14, 0))).isFalse();
        assertThat(morning.overlaps(LocalDateTime.of(2025, 3, 4, 7, 0), LocalDateTime.of(2025, 3, 4, 9, 0))).isFalse();
    }

    @Test
    void intervalsThatShareAnyMomentOverlap() {
        DutySlot morning = new DutySlot(LocalDateTime.of(2025, 3, 4, 9, 0), LocalDateTime.of(2025, 3, 4, 12, 0));

        assertThat(morning.overlaps(LocalDateTime.of(2025, 3, 4, 11, 59), LocalDateTime.of(2025, 3, 4, 14, 0))).isTrue();
        assertThat(morning.overlaps(LocalDateTime.of(2025, 3, 4, 8, 0), LocalDateTime.of(2025, 3, 4, 9, 1))).isTrue();
        assertThat(morning.overlaps(LocalDateTime.of(2025, 3, 4, 10, 0), LocalDateTime.of(2025, 3, 4, 11, 0))).isTrue();
        assertThat(morning.overlaps(LocalDateTime.of(2025, 3, 4, 8, 0), LocalDateTime.of(2025, 3, 4, 13, 0))).isTrue();
        assertThat(morning.overlaps(morning.start(), morning.end())).isTrue();
    }

    @Test
    void intervalsOnOtherDaysDoNotOverlap() {
        DutySlot morning = new DutySlot(LocalDateTime.of(2025, 3, 4, 9, 0), LocalDateTime.of(2025, 3, 4, 12, 0));

        assertThat(morning.overlaps(LocalDateTime.of(2025, 3, 5, 9, 0), LocalDateTime.of(2025, 3, 5, 12, 0))).isFalse();
    }

    @Test
    void aSlotThatDoesNotEndAfterItStartsCannotExist() {
        LocalDateTime nine = LocalDateTime.of(2025, 3, 4, 9, 0);
        assertThatThrownBy(() -> new DutySlot(nine, nine)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DutySlot(nine, nine.minusHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
