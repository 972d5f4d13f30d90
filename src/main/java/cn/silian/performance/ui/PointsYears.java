package cn.silian.performance.ui;

import java.util.List;
import java.util.TreeSet;

/** The years a points view offers: those with a scheme, never later than this year, newest first. */
final class PointsYears {

    private PointsYears() {
    }

    static List<Integer> upTo(int thisYear, List<Integer> schemeYears) {
        TreeSet<Integer> years = new TreeSet<>(schemeYears.stream().filter(y -> y <= thisYear).toList());
        years.add(thisYear);
        return List.copyOf(years.descendingSet());
    }
}
