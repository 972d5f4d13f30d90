package cn.silian.statistics;

import cn.silian.opinions.OpinionState;
import cn.silian.opinions.Satisfaction;
import cn.silian.opinions.SuggestionState;
import cn.silian.people.Level;
import cn.silian.performance.PointsBucket;
import cn.silian.stations.ReceptionCategory;
import cn.silian.statistics.Figure.Chart;
import cn.silian.statistics.Figure.Measure;
import cn.silian.statistics.Figure.Row;
import cn.silian.statistics.Figure.Unit;
import cn.silian.streets.StreetSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns the grouped counts of {@link FigureQueries} into figures: every group of the enum or
 * of the streets gets its row (zeros included) so tables of different years line up; rates are
 * the division of two counts the database returned.
 */
final class FigureBuilder {

    static final String PREFIX = "statistics.figure.";
    private static final String M = "statistics.measure.";

    private FigureBuilder() {
    }

    static Figure figure(String code, String labelKey, Chart chart, List<Measure> measures, List<Row> rows) {
        return new Figure(code, PREFIX + code + ".title", PREFIX + code + ".definition", labelKey, chart, measures, rows);
    }

    /** The six measures of participation: meetings and shifts, each past, done and the rate. */
    static List<Measure> participationMeasures() {
        return List.of(new Measure(M + "invitations", Unit.COUNT, false), new Measure(M + "attended", Unit.COUNT, false),
                new Measure(M + "attendance-rate", Unit.PERCENT, true), new Measure(M + "shifts", Unit.COUNT, false),
                new Measure(M + "served", Unit.COUNT, false), new Measure(M + "served-rate", Unit.PERCENT, true));
    }

    static Figure participationByLevel(List<Object[]> attendance, List<Object[]> shifts) {
        Map<String, long[]> meetings = pairs(attendance);
        Map<String, long[]> served = new HashMap<>();
        for (Object[] r : shifts) {
            served.put(FigureQueries.RANKED_LEVELS.get(r[0] == null ? 4 : ((Number) r[0]).intValue() - 1),
                    new long[]{n(r[1]), n(r[2])});
        }
        List<Row> rows = new ArrayList<>();
        for (Level level : Level.values()) {
            rows.add(participation(level.messageKey(), null, meetings.get(level.name()), served.get(level.name())));
        }
        return figure("participation-level", "statistics.label.level", Chart.BAR, participationMeasures(), rows);
    }

    static Figure participationByStreet(List<StreetSummary> streets, List<Object[]> attendance, List<Object[]> shifts) {
        Map<String, long[]> meetings = pairs(attendance);
        Map<String, long[]> served = pairs(shifts);
        List<Row> rows = new ArrayList<>();
        for (StreetSummary street : streets) {
            String id = String.valueOf(street.id());
            rows.add(participation(null, street.name(), meetings.get(id), served.get(id)));
        }
        return figure("participation-street", "statistics.label.street", Chart.BAR, participationMeasures(), rows);
    }

    /** A deputy's own participation: a row for his meetings, one for his shifts. */
    static Figure ownParticipation(List<Object[]> attendance, List<Object[]> shifts) {
        long[] meetings = sum(attendance);
        long[] served = sum(shifts);
        List<Measure> measures = List.of(new Measure(M + "due", Unit.COUNT, false), new Measure(M + "done", Unit.COUNT, false),
                new Measure(M + "rate", Unit.PERCENT, true));
        return figure("own-participation", "statistics.label.duty", Chart.BAR, measures, List.of(
                Row.keyed("statistics.row.meetings", (double) meetings[0], (double) meetings[1], rate(meetings[1], meetings[0])),
                Row.keyed("statistics.row.shifts", (double) served[0], (double) served[1], rate(served[1], served[0]))));
    }

    private static Row participation(String key, String name, long[] meetings, long[] shifts) {
        long[] m = meetings == null ? new long[2] : meetings;
        long[] s = shifts == null ? new long[2] : shifts;
        return new Row(key, name, java.util.Arrays.asList((double) m[0], (double) m[1], rate(m[1], m[0]),
                (double) s[0], (double) s[1], rate(s[1], s[0])));
    }

    static Figure opinionsByState(List<Object[]> counts) {
        Map<String, Long> by = counts(counts);
        List<Row> rows = new ArrayList<>();
        for (OpinionState state : OpinionState.values()) {
            rows.add(Row.keyed(state.messageKey(), (double) by.getOrDefault(state.name(), 0L)));
        }
        return figure("opinions-state", "statistics.label.state", Chart.BAR, count("opinions"), rows);
    }

    static Figure byCategory(String code, String measure, List<Object[]> counts) {
        Map<String, Long> by = counts(counts);
        List<Row> rows = new ArrayList<>();
        for (ReceptionCategory category : ReceptionCategory.values()) {
            rows.add(Row.keyed(category.messageKey(), (double) by.getOrDefault(category.name(), 0L)));
        }
        return figure(code, "statistics.label.category", Chart.PIE, count(measure), rows);
    }

    /** Suggestions by state; drafts are a deputy's own and only in his figures. */
    static Figure suggestionsByState(String code, List<Object[]> counts, boolean withDrafts) {
        Map<String, Long> by = counts(counts);
        List<Row> rows = new ArrayList<>();
        for (SuggestionState state : SuggestionState.values()) {
            if (state != SuggestionState.DRAFT || withDrafts) {
                rows.add(Row.keyed(state.messageKey(), (double) by.getOrDefault(state.name(), 0L)));
            }
        }
        return figure(code, "statistics.label.state", Chart.BAR, count("suggestions"), rows);
    }

    static Figure suggestionsByUnit(List<Object[]> counts) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : byName(counts)) {
            rows.add(Row.named((String) r[1], (double) n(r[2])));
        }
        return figure("suggestions-unit", "statistics.label.unit", Chart.BAR, count("suggestions"), rows);
    }

    /** Per unit: answered lead assignments, their average days to the answer, and open overdue ones. */
    static Figure handlingByUnit(List<Object[]> times, List<Object[]> overdue) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Object[]> time = new HashMap<>();
        Map<Long, Long> late = new HashMap<>();
        for (Object[] r : times) {
            names.put(n(r[0]), (String) r[1]);
            time.put(n(r[0]), r);
        }
        for (Object[] r : overdue) {
            names.put(n(r[0]), (String) r[1]);
            late.put(n(r[0]), n(r[2]));
        }
        TreeMap<String, Long> sorted = new TreeMap<>();
        names.forEach((id, name) -> sorted.put(name + "\u0000" + id, id));
        List<Row> rows = new ArrayList<>();
        for (Long id : sorted.values()) {
            Object[] t = time.get(id);
            rows.add(Row.named(names.get(id), t == null ? 0.0 : (double) n(t[2]),
                    t == null || t[3] == null ? null : round(((Number) t[3]).doubleValue()),
                    (double) late.getOrDefault(id, 0L)));
        }
        List<Measure> measures = List.of(new Measure(M + "answered", Unit.COUNT, false),
                new Measure(M + "average-days", Unit.DAYS, true), new Measure(M + "overdue", Unit.COUNT, true));
        return figure("handling-unit", "statistics.label.unit", Chart.BAR, measures, rows);
    }

    static Figure satisfaction(String code, List<Object[]> counts) {
        Map<String, Long> by = counts(counts);
        long all = by.values().stream().mapToLong(Long::longValue).sum();
        List<Row> rows = new ArrayList<>();
        for (Satisfaction s : Satisfaction.values()) {
            long c = by.getOrDefault(s.name(), 0L);
            rows.add(Row.keyed(s.messageKey(), (double) c, rate(c, all)));
        }
        List<Measure> measures = List.of(new Measure(M + "rated", Unit.COUNT, true), new Measure(M + "share", Unit.PERCENT, false));
        return figure(code, "statistics.label.satisfaction", Chart.PIE, measures, rows);
    }

    static Figure points(List<PointsBucket> buckets) {
        List<Row> rows = new ArrayList<>();
        for (PointsBucket b : buckets) {
            rows.add(Row.named(b.from() + "–" + b.to(), (double) b.deputies()));
        }
        return figure("points-distribution", "statistics.label.points", Chart.BAR, count("deputies"), rows);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * Per street, the year's research month: the visits targeted and tagged, the opinions tagged
     * and the candidate projects collected (a project of several streets counts in each).
     */
    static Figure campaignByStreet(List<StreetSummary> streets, List<Object[]> targets, List<Object[]> items,
                                   List<Object[]> projects) {
        Map<Long, Long> target = new HashMap<>();
        targets.forEach(r -> target.put(n(r[0]), n(r[1])));
        Map<Long, Object[]> item = new HashMap<>();
        items.forEach(r -> item.put(n(r[0]), r));
        Map<Long, Long> project = new HashMap<>();
        projects.forEach(r -> project.put(n(r[0]), n(r[1])));
        List<Row> rows = new ArrayList<>();
        for (StreetSummary s : streets) {
            Object[] i = item.get(s.id());
            rows.add(Row.named(s.name(), (double) target.getOrDefault(s.id(), 0L), (double) (i == null ? 0 : n(i[1])),
                    (double) (i == null ? 0 : n(i[2])), (double) project.getOrDefault(s.id(), 0L)));
        }
        return figure("campaign-street", "statistics.label.street", Chart.BAR,
                List.of(new Measure(M + "visit-target", Unit.COUNT, false), new Measure(M + "visits", Unit.COUNT, true),
                        new Measure(M + "opinions", Unit.COUNT, true), new Measure(M + "candidates", Unit.COUNT, true)),
                rows);
    }

    /**
     * Per livelihood project of the year: percent done, problems still open with the department,
     * and the deputies' satisfaction (满意 and 基本满意 of all ratings) once the rating is published.
     */
    static Figure livelihoodProjects(List<Object[]> projects) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : projects) {
            boolean published = Boolean.TRUE.equals(r[4]) || (r[4] instanceof Number b && b.intValue() != 0);
            long content = n(r[5]) + n(r[6]);
            rows.add(Row.named((String) r[1], (double) n(r[2]), (double) n(r[3]),
                    published ? rate(content, content + n(r[7])) : null));
        }
        return figure("livelihood-projects", "statistics.label.project", Chart.BAR,
                List.of(new Measure(M + "percent-done", Unit.PERCENT, true), new Measure(M + "open-problems", Unit.COUNT, false),
                        new Measure(M + "satisfaction-rate", Unit.PERCENT, false)),
                rows);
    }

    private static List<Measure> count(String what) {
        return List.of(new Measure(M + what, Unit.COUNT, true));
    }

    /** A rate in percent with one decimal, or none where nothing was due. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Map<String, long[]> pairs(List<Object[]> rows) {
        Map<String, long[]> by = new HashMap<>();
        for (Object[] r : rows) {
            by.put(Objects.toString(r[0]), new long[]{n(r[1]), n(r[2])});
        }
        return by;
    }

    private static long[] sum(List<Object[]> rows) {
        long[] s = new long[2];
        for (Object[] r : rows) {
            s[0] += n(r[1]);
            s[1] += n(r[2]);
        }
        return s;
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> by = new HashMap<>();
        for (Object[] r : rows) {
            by.put(Objects.toString(r[0]), n(r[1]));
        }
        return by;
    }

    private static List<Object[]> byName(List<Object[]> rows) {
        List<Object[]> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing((Object[] r) -> (String) r[1]));
        return sorted;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
