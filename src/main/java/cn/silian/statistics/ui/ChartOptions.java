package cn.silian.statistics.ui;

import cn.silian.statistics.Figure;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Function;

/**
 * ECharts options for a figure, as JSON: bars for the charted measures (lying down when the
 * rows are many, so long street and unit names stay readable), or a pie of the first charted
 * measure. Labels are translated here; the values are the figure's own.
 */
final class ChartOptions {

    /** Above this many rows the bars lie down: names then read along the vertical axis. */
    static final int HORIZONTAL_FROM = 7;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    static String of(Figure figure, Function<String, String> translate) {
        List<String> labels = figure.rows().stream().map(r -> r.label(translate)).toList();
        ObjectNode options = JSON.objectNode();
        options.put("animation", false);
        if (figure.chart() == Figure.Chart.PIE) {
            pie(figure, translate, labels, options);
        } else {
            bars(figure, translate, labels, options);
        }
        return options.toString();
    }

    private static void bars(Figure figure, Function<String, String> translate, List<String> labels, ObjectNode options) {
        boolean horizontal = labels.size() >= HORIZONTAL_FROM;
        options.putObject("tooltip").put("trigger", "axis");
        options.putObject("legend").put("top", 0);
        ObjectNode grid = options.putObject("grid");
        grid.put("containLabel", true);
        grid.put("left", 8);
        grid.put("right", 16);
        grid.put("top", 32);
        grid.put("bottom", 8);
        ObjectNode categories = options.putObject(horizontal ? "yAxis" : "xAxis");
        categories.put("type", "category");
        categories.putObject("axisLabel").put("interval", 0).put("width", 120).put("overflow", "truncate");
        ArrayNode data = categories.putArray("data");
        labels.forEach(data::add);
        if (horizontal) {
            categories.put("inverse", true);
        }
        options.putObject(horizontal ? "xAxis" : "yAxis").put("type", "value");
        ArrayNode series = options.putArray("series");
        for (int m = 0; m < figure.measures().size(); m++) {
            Figure.Measure measure = figure.measures().get(m);
            if (!measure.charted()) {
                continue;
            }
            ObjectNode s = series.addObject();
            s.put("name", translate.apply(measure.key()));
            s.put("type", "bar");
            ArrayNode values = s.putArray("data");
            for (Figure.Row row : figure.rows()) {
                Double v = row.values().get(m);
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            }
        }
    }

    private static void pie(Figure figure, Function<String, String> translate, List<String> labels, ObjectNode options) {
        int m = 0;
        while (!figure.measures().get(m).charted()) {
            m++;
        }
        options.putObject("tooltip").put("trigger", "item");
        options.putObject("legend").put("bottom", 0).put("type", "scroll");
        ObjectNode s = options.putArray("series").addObject();
        s.put("name", translate.apply(figure.measures().get(m).key()));
        s.put("type", "pie");
        s.put("radius", "55%");
        s.putArray("center").add("50%").add("45%");
        ArrayNode data = s.putArray("data");
        for (int r = 0; r < figure.rows().size(); r++) {
            Double v = figure.rows().get(r).values().get(m);
            ObjectNode slice = data.addObject();
            slice.put("name", labels.get(r));
            slice.put("value", v == null ? 0 : v);
        }
    }
}
