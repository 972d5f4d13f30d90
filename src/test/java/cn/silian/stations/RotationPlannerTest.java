package cn.silian.stations;

import cn.silian.stations.RotationPlanner.Assignment;
import cn.silian.stations.RotationPlanner.Plan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class RotationPlannerTest {

    private static final BiPredicate<Long, DutySlot> NOBODY_BUSY = (person, slot) -> false;

    /** Tuesday mornings from 4 March 2025 on. */
    private static List<DutySlot> tuesdays(int count) {
        LocalDate first = LocalDate.of(2025, 3, 4);
        return DutyCalendar.slots(first, first.plusWeeks(count - 1), Set.of(TUESDAY), Set.of(),
                LocalTime.of(9, 0), LocalTime.of(12, 0));
    }

    private static Map<Long, Integer> counts(Plan plan) {
        return plan.assignments().stream()
                .collect(Collectors.toMap(Assignment::personId, a -> 1, Integer::sum));
    }

    private static List<Long> order(Plan plan) {
        return plan.assignments().stream().map(Assignment::personId).toList();
    }

    @Test
    void aPersonIsNeverPutOnAShiftThatOverlapsHisMeeting() {
        List<DutySlot> slots = tuesdays(6);
        LocalDateTime meetingStart = LocalDateTime.of(2025, 3, 18, 10, 0);
        LocalDateTime meetingEnd = LocalDateTime.of(2025, 3, 18, 11, 0);
        BiPredicate<Long, DutySlot> busy = (person, slot) -> person == 1L && slot.overlaps(meetingStart, meetingEnd);

        Plan plan = RotationPlanner.plan(slots, List.of(1L, 2L), Map.of(), busy);

        assertThat(plan.assignments()).hasSize(6).allSatisfy(a -> assertThat(busy.test(a.personId(), a.slot())).isFalse());
        assertThat(plan.unfilled()).isEmpty();
    }

    @Test
    void eachSlotGetsExactlyOnePerson() {
        List<DutySlot> slots = tuesdays(7);

        Plan plan = RotationPlanner.plan(slots, List.of(1L, 2L, 3L), Map.of(), NOBODY_BUSY);

        assertThat(plan.assignments()).extracting(Assignment::slot).containsExactlyElementsOf(slots);
    }

    @Test
    void aSlotWhereEveryoneIsBusyIsLeftUnfilled() {
        List<DutySlot> slots = tuesdays(3);
        DutySlot second = slots.get(1);

        Plan plan = RotationPlanner.plan(slots, List.of(1L, 2L), Map.of(), (person, slot) -> slot.equals(second));

        assertThat(plan.unfilled()).containsExactly(second);
        assertThat(plan.assignments()).extracting(Assignment::slot).containsExactly(slots.get(0), slots.get(2));
    }

    @Test
    void whenEveryoneIsAlwaysBusyEverySlotIsUnfilled() {
        List<DutySlot> slots = tuesdays(3);

        Plan plan = RotationPlanner.plan(slots, List.of(1L, 2L), Map.of(), (person, slot) -> true);

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unfilled()).containsExactlyElementsOf(slots);
    }

    @Test
    void withoutPeopleEverySlotIsUnfilled() {
        List<DutySlot> slots = tuesdays(4);

        Plan plan = RotationPlanner.plan(slots, List.of(), Map.of(), NOBODY_BUSY);

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unfilled()).containsExactlyElementsOf(slots);
    }

    @Test
    void withoutSlotsThePlanIsEmpty() {
        Plan plan = RotationPlanner.plan(List.of(), List.of(1L, 2L), Map.of(), NOBODY_BUSY);

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unfilled()).isEmpty();
    }

    @Test
    void withNobodyBusyAndEqualPriorCountsTheCountsDifferByAtMostOne() {
        List<Long> people = List.of(11L, 12L, 13L, 14L);
        for (int slotCount = 1; slotCount <= 30; slotCount++) {
            Plan plan = RotationPlanner.plan(tuesdays(slotCount), people, Map.of(11L, 3, 12L, 3, 13L, 3, 14L, 3), NOBODY_BUSY);

            Map<Long, Integer> counts = new HashMap<>();
            people.forEach(p -> counts.put(p, 0));
            counts.putAll(counts(plan));
            IntSummaryStatistics stats = counts.values().stream().mapToInt(Integer::intValue).summaryStatistics();
            assertThat(stats.getMax() - stats.getMin()).as("%d slots", slotCount).isLessThanOrEqualTo(1);
            assertThat(stats.getSum()).isEqualTo(slotCount);
        }
    }

    @Test
    void withEqualCountsThePeopleTakeTurnsInRosterOrder() {
        Plan plan = RotationPlanner.plan(tuesdays(7), List.of(3L, 1L, 2L), Map.of(), NOBODY_BUSY);

        assertThat(order(plan)).containsExactly(3L, 1L, 2L, 3L, 1L, 2L, 3L);
    }

    @Test
    void peopleWithFewerPriorShiftsGetMore() {
        Plan plan = RotationPlanner.plan(tuesdays(5), List.of(1L, 2L, 3L), Map.of(1L, 4, 2L, 1), NOBODY_BUSY);

        // Totals after the plan: 4 + 0, 1 + 2, 0 + 3.
        assertThat(counts(plan)).containsOnly(entry(2L, 2), entry(3L, 3));
        assertThat(order(plan)).containsExactly(3L, 2L, 3L, 2L, 3L);
    }

    @Test
    void theRunningTotalsEndAsEvenAsTheyCan() {
        Map<Long, Integer> prior = Map.of(1L, 5, 2L, 2, 3L, 0);

        Plan plan = RotationPlanner.plan(tuesdays(10), List.of(1L, 2L, 3L), prior, NOBODY_BUSY);

        Map<Long, Integer> totals = new HashMap<>(prior);
        counts(plan).forEach((person, n) -> totals.merge(person, n, Integer::sum));
        assertThat(totals).containsOnly(entry(1L, 6), entry(2L, 6), entry(3L, 5));
    }

    @Test
    void missingPriorCountsCountAsZero() {
        Map<Long, Integer> prior = new HashMap<>();
        prior.put(1L, 1);
        prior.put(2L, null);

        Plan plan = RotationPlanner.plan(tuesdays(2), List.of(1L, 2L, 3L), prior, NOBODY_BUSY);

        assertThat(order(plan)).containsExactly(2L, 3L);
    }

    @Test
    void amongEqualsWhoeverServedLongestAgoGoesFirst() {
        List<DutySlot> slots = tuesdays(3);
        // Person 1 cannot take the first slot, so person 2 serves first and is longest ago by the third.
        BiPredicate<Long, DutySlot> busy = (person, slot) -> person == 1L && slot.equals(slots.get(0));

        Plan plan = RotationPlanner.plan(slots, List.of(1L, 2L), Map.of(), busy);

        assertThat(order(plan)).containsExactly(2L, 1L, 2L);
    }

    @Test
    void amongEqualsWhoeverHasNotYetServedGoesBeforeThoseWhoHave() {
        // Person 3 starts one ahead, so by the third slot all totals are equal and only he has not served.
        Plan plan = RotationPlanner.plan(tuesdays(3), List.of(1L, 2L, 3L), Map.of(3L, 1), NOBODY_BUSY);

        assertThat(order(plan)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aBusyPersonCatchesUpLater() {
        List<DutySlot> slots = tuesdays(4);
        BiPredicate<Long, DutySlot> busy = (person, slot) -> person == 1L
                && (slot.equals(slots.get(0)) || slot.equals(slots.get(1)));

        Plan plan = RotationPlanner.plan(slots, List.of(1L, 2L), Map.of(), busy);

        assertThat(order(plan)).containsExactly(2L, 2L, 1L, 1L);
    }

    @Test
    void theSameInputAlwaysGivesTheSamePlan() {
        List<DutySlot> slots = tuesdays(20);
        List<Long> people = List.of(5L, 3L, 9L, 1L);
        Map<Long, Integer> prior = Map.of(5L, 1, 9L, 2);
        BiPredicate<Long, DutySlot> busy = (person, slot) -> (person + slot.start().getDayOfMonth()) % 3 == 0;

        Plan first = RotationPlanner.plan(slots, people, prior, busy);

        for (int i = 0; i < 5; i++) {
            assertThat(RotationPlanner.plan(slots, people, new HashMap<>(prior), busy)).isEqualTo(first);
        }
    }

    @Test
    void slotsAreFilledInTimeOrderWhateverOrderTheyCameIn() {
        List<DutySlot> slots = tuesdays(5);
        List<DutySlot> shuffled = new ArrayList<>(slots);
        Collections.shuffle(shuffled, new java.util.Random(7));

        Plan plan = RotationPlanner.plan(shuffled, List.of(1L, 2L), Map.of(), NOBODY_BUSY);

        assertThat(plan).isEqualTo(RotationPlanner.plan(slots, List.of(1L, 2L), Map.of(), NOBODY_BUSY));
        assertThat(plan.assignments()).extracting(a -> a.slot().start()).isSorted();
    }

    @Test
    void aPersonIsNotPutOnTwoSlotsAtTheSameTime() {
        DutySlot morning = new DutySlot(LocalDateTime.of(2025, 3, 4, 9, 0), LocalDateTime.of(2025, 3, 4, 12, 0));
        DutySlot overlapping = new DutySlot(LocalDateTime.of(2025, 3, 4, 11, 0), LocalDateTime.of(2025, 3, 4, 13, 0));
        DutySlot afternoon = new DutySlot(LocalDateTime.of(2025, 3, 4, 12, 0), LocalDateTime.of(2025, 3, 4, 15, 0));

        Plan alone = RotationPlanner.plan(List.of(morning, overlapping, afternoon), List.of(1L), Map.of(), NOBODY_BUSY);

        assertThat(alone.assignments()).extracting(Assignment::slot).containsExactly(morning, afternoon);
        assertThat(alone.unfilled()).containsExactly(overlapping);
    }

    @Test
    void aPersonListedTwiceOnTheRosterCountsOnce() {
        Plan plan = RotationPlanner.plan(tuesdays(4), List.of(1L, 1L, 2L), Map.of(), NOBODY_BUSY);

        assertThat(counts(plan)).containsOnly(entry(1L, 2), entry(2L, 2));
    }

    @Test
    void thePlanCannotBeChangedAfterwards() {
        Plan plan = RotationPlanner.plan(tuesdays(2), List.of(1L), Map.of(), NOBODY_BUSY);

        assertThatThrownBy(() -> plan.assignments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.unfilled().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shortfallListsWhoIsBelowTheYearlyMinimumAndByHowMuch() {
        Map<Long, Integer> lacking = RotationPlanner.shortfall(Map.of(1L, 0, 2L, 1, 3L, 2, 4L, 5), List.of(4L, 3L, 2L, 1L, 5L),
                RotationPlanner.MINIMUM_PER_YEAR);

        assertThat(lacking).containsExactly(entry(2L, 1), entry(1L, 2), entry(5L, 2));
    }

    @Test
    void shortfallIsEmptyWhenEveryoneHasServedEnough() {
        assertThat(RotationPlanner.shortfall(Map.of(1L, 2, 2L, 3), List.of(1L, 2L), 2)).isEmpty();
        assertThat(RotationPlanner.shortfall(Map.of(), List.of(1L, 2L), 0)).isEmpty();
        assertThat(RotationPlanner.shortfall(Map.of(1L, 1), List.of(), 2)).isEmpty();
    }

    @Test
    void shortfallIgnoresCountsOfPeopleNotAsked() {
        assertThat(RotationPlanner.shortfall(Map.of(9L, 0), List.of(1L), 2)).containsOnly(entry(1L, 2));
    }

    @Test
    void aNegativeYearlyMinimumIsRefused() {
        assertThatThrownBy(() -> RotationPlanner.shortfall(Map.of(), List.of(1L), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
