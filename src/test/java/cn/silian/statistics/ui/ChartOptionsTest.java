package cn.silian.statistics.ui;

import cn.silian.statistics.Figure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartOptionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void fewRowsStandAsColumnsOfTheChartedMeasuresOnly() {
        Figure f = figure(Figure.Chart.BAR, 3);
        JsonNode o = JSON.readTree(ChartOptions.of(f, k -> "<" + k + ">"));
        assertThat(o.get("xAxis").get("type").asString()).isEqualTo("category");
        assertThat(o.get("xAxis").get("data").get(0).asString()).isEqualTo("<row.0>");
        assertThat(o.get("series")).hasSize(1);
        assertThat(o.get("series").get(0).get("name").asString()).isEqualTo("<rate>");
        assertThat(o.get("series").get(0).get("data").get(0).isNull()).isTrue();
        assertThat(o.get("series").get(0).get("data").get(1).asDouble()).isEqualTo(50.0);
    }

    @Test
    void manyRowsLieDownWithTheNamesOnTheVerticalAxis() {
        JsonNode o = JSON.readTree(ChartOptions.of(figure(Figure.Chart.BAR, ChartOptions.HORIZONTAL_FROM), k -> k));
        assertThat(o.get("yAxis").get("type").asString()).isEqualTo("category");
        assertThat(o.get("yAxis").get("data")).hasSize(ChartOptions.HORIZONTAL_FROM);
        assertThat(o.get("xAxis").get("type").asString()).isEqualTo("value");
    }

    @Test
    void aPieShowsTheFirstChartedMeasureWithNothingAsZero() {
        JsonNode o = JSON.readTree(ChartOptions.of(figure(Figure.Chart.PIE, 2), k -> k));
        JsonNode slices = o.get("series").get(0).get("data");
        assertThat(slices.get(0).get("name").asString()).isEqualTo("row.0");
        assertThat(slices.get(0).get("value").asDouble()).isZero();
        assertThat(slices.get(1).get("value").asDouble()).isEqualTo(50.0);
    }

    /** Rows of a count (not charted) and a rate (charted): the first row's rate is missing. */
    private static Figure figure(Figure.Chart chart, int rows) {
        List<Figure.Row> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new Figure.Row("row." + i, null, Arrays.asList((double) i, i == 0 ? null : 50.0)));
        }
        return new Figure("test", "t", "d", "l", chart,
                List.of(new Figure.Measure("count", Figure.Unit.COUNT, false), new Figure.Measure("rate", Figure.Unit.PERCENT, true)),
                list);
    }
}
