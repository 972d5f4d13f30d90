package cn.silian.stations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Shares the reception duties of a period among a station's roster so that, over the year,
 * nobody carries more than his share and nobody is forgotten.
 */
public final class RotationPlanner {

    /** The usual practice: every deputy receives constituents at his station at least twice a year. */
    public static final int MINIMUM_PER_YEAR = 2;

    private RotationPlanner() {
    }

    public record Assignment(DutySlot slot, Long personId) {

        public Assignment {
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(personId, "personId");
        }
    }

    /** Both lists in chronological order; an unfilled slot needs a person found by hand. */
    public record Plan(List<Assignment> assignments, List<DutySlot> unfilled) {

        public Plan {
            assignments = List.copyOf(assignments);
            unfilled = List.copyOf(unfilled);
        }
    }

    /**
     * Each slot, taken in chronological order, goes to the free person with the fewest duties
     * (this year's prior ones plus those of this plan); among equals, to whoever served longest
     * ago in this plan (never first), then to whoever comes first on the roster. Greedy by the
     * running total is what keeps counts within one of each other when nobody is busy, and lets
     * those behind catch up when the prior counts differ.
     * <p>
     * A person is not free when {@code busy} says so, or when he already holds an overlapping
     * slot of this plan. Slots are sorted here rather than trusted to be sorted, because "served
     * longest ago" only means something in time order. Duplicate roster entries count once;
     * a missing or {@code null} prior count is zero.
     */
    public static Plan plan(List<DutySlot> slots, List<Long> people, Map<Long, Integer> priorCounts,
                            BiPredicate<Long, DutySlot> busy) {
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(priorCounts, "priorCounts");
        Objects.requireNonNull(busy, "busy");

        List<Long> roster = distinct(people);
        Map<Long, Integer> rosterIndex = new HashMap<>();
        Map<Long, Integer> totals = new HashMap<>();
        for (Long person : roster) {
            rosterIndex.put(person, rosterIndex.size());
            totals.put(person, count(priorCounts, person));
        }
        // The position of each person's latest slot in this plan; -1 puts the never-assigned first.
        Map<Long, Integer> lastServed = new HashMap<>();
        Map<Long, List<DutySlot>> held = new HashMap<>();
        Comparator<Long> fairest = Comparator.<Long>comparingInt(totals::get)
                .thenComparingInt(p -> lastServed.getOrDefault(p, -1))
                .thenComparingInt(rosterIndex::get);

        List<DutySlot> ordered = new ArrayList<>(slots);
        ordered.forEach(s -> Objects.requireNonNull(s, "slot"));
        ordered.sort(Comparator.comparing(DutySlot::start).thenComparing(DutySlot::end));

        List<Assignment> assignments = new ArrayList<>();
        List<DutySlot> unfilled = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            DutySlot slot = ordered.get(i);
            Long chosen = null;
            for (Long person : roster) {
                if (isFree(person, slot, busy, held) && (chosen == null || fairest.compare(person, chosen) < 0)) {
                    chosen = person;
                }
            }
            if (chosen == null) {
                unfilled.add(slot);
                continue;
            }
            assignments.add(new Assignment(slot, chosen));
            totals.merge(chosen, 1, Integer::sum);
            lastServed.put(chosen, i);
            held.computeIfAbsent(chosen, p -> new ArrayList<>()).add(slot);
        }
        return new Plan(assignments, unfilled);
    }

    /**
     * Who is below {@code minimumPerYear} and by how many duties, in the order of {@code people},
     * so that the office can see at a glance whom to schedule next. People absent from
     * {@code countsThisYear} have served zero times.
     */
    public static Map<Long, Integer> shortfall(Map<Long, Integer> countsThisYear, Collection<Long> people,
                                               int minimumPerYear) {
        Objects.requireNonNull(countsThisYear, "countsThisYear");
        Objects.requireNonNull(people, "people");
        if (minimumPerYear < 0) {
            throw new IllegalArgumentException("Negative yearly minimum: " + minimumPerYear);
        }
        Map<Long, Integer> lacking = new LinkedHashMap<>();
        for (Long person : people) {
            Objects.requireNonNull(person, "person id");
            int lack = minimumPerYear - count(countsThisYear, person);
            if (lack > 0) {
                lacking.putIfAbsent(person, lack);
            }
        }
        return Collections.unmodifiableMap(lacking);
    }

    private static boolean isFree(Long person, DutySlot slot, BiPredicate<Long, DutySlot> busy,
                                  Map<Long, List<DutySlot>> held) {
        for (DutySlot own : held.getOrDefault(person, List.of())) {
            if (own.overlaps(slot.start(), slot.end())) {
                return false;
            }
        }
        return !busy.test(person, slot);
    }

    private static List<Long> distinct(List<Long> people) {
        LinkedHashSet<Long> unique = new LinkedHashSet<>();
        for (Long person : people) {
            unique.add(Objects.requireNonNull(person, "person id"));
        }
        return List.copyOf(unique);
    }

    private static int count(Map<Long, Integer> counts, Long person) {
        Integer n = counts.get(person);
        return n == null ? 0 : n;
    }
}
