package cn.silian.statistics;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One figure of a dashboard: what it counts (a stable code, the bundle keys of its title and its
 * one-sentence definition), its measures and one row per group. The chart, the table under it and
 * the sheet of the Excel workbook are all drawn from this one object, so they cannot disagree.
 *
 * @param labelKey the bundle key of the rows' heading (level, street, unit…)
 * @param chart    how the chart draws the {@link Measure#charted() charted} measures
 */
public record Figure(String code, String titleKey, String definitionKey, String labelKey, Chart chart,
                     List<Measure> measures, List<Row> rows) {

    public Figure {
        measures = List.copyOf(measures);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != measures.size()) {
                throw new IllegalArgumentException("a row of " + code + " has not one value per measure");
            }
        }
    }

    /** Bars, one per row and charted measure; or a pie of the first charted measure. */
    public enum Chart { BAR, PIE }

    /** What a value is: a count, a percentage (0–100) or a number of days. */
    public enum Unit { COUNT, PERCENT, DAYS }

    /** One column of the figure; {@code key} is the bundle key of its heading. */
    public record Measure(String key, Unit unit, boolean charted) {
    }

    /**
     * One group: its label is a bundle key ({@code labelKey}) or a name as stored ({@code labelText},
     * a street or a unit); {@code values} has one entry per measure, {@code null} where there is
     * nothing to divide by.
     */
    public record Row(String labelKey, String labelText, List<Double> values) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        static Row keyed(String key, Double... values) {
            return new Row(key, null, java.util.Arrays.asList(values));
        }

        static Row named(String name, Double... values) {
            return new Row(null, name, java.util.Arrays.asList(values));
        }

        public String label(Function<String, String> translate) {
            return labelKey == null ? labelText : translate.apply(labelKey);
        }
    }

    /** The value of a row and measure as the table and the workbook show it. */
    public String text(Row row, int measure) {
        return format(measures.get(measure).unit(), row.values().get(measure));
    }

    /** A count as a whole number, a percentage or days with one decimal, nothing as a dash. */
    public static String format(Unit unit, Double value) {
        if (value == null) {
            return "–";
        }
        return unit == Unit.COUNT ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The total of a measure over the rows (counts only make sense summed). */
    public double total(int measure) {
        return rows.stream().map(r -> r.values().get(measure)).filter(v -> v != null).mapToDouble(Double::doubleValue).sum();
    }
}
