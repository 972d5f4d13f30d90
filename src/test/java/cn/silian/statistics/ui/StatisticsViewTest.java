package cn.silian.statistics.ui;

import cn.silian.statistics.Figure;
import cn.silian.statistics.Scope;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsViewTest extends BrowserlessTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFiguresChartAndTableShowTheSameNumbers() {
        login("office");
        StatisticsView view = navigate(StatisticsView.class);
        FigurePanel panel = panel(view, "participation-street");
        Figure figure = panel.figure;
        String title = view.getTranslation(figure.titleKey());
        assertThat(panel.chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(panel.chart.getElement().getAttribute("aria-label")).isEqualTo(title);
        assertThat(panel.table.getCaptionText()).isEqualTo(title);
        assertThat(panel.chart.getElement().getAttribute("aria-describedby")).isEqualTo("figure-participation-street-definition");

        JsonNode options = JSON.readTree(panel.chart.getOptions());
        // Thirteen streets: the bars lie down, the streets on the vertical axis.
        List<String> axis = new ArrayList<>();
        options.get("yAxis").get("data").forEach(n -> axis.add(n.asString()));
        List<NativeTableRow> rows = panel.table.getBody().getRows();
        assertThat(axis).hasSize(13).containsExactlyElementsOf(rows.stream()
                .map(r -> r.getHeaderCells().getFirst().getText()).toList());
        JsonNode attendance = series(options, view.getTranslation("statistics.measure.attendance-rate"));
        List<String> charted = new ArrayList<>();
        attendance.get("data").forEach(n -> charted.add(n.isNull() ? "–" : Figure.format(Figure.Unit.PERCENT, n.asDouble())));
        List<String> tabled = rows.stream().map(r -> r.getDataCells().get(2)).map(NativeTableCell::getText).toList();
        assertThat(charted).isEqualTo(tabled).anyMatch(v -> !v.equals("–"));
        assertThat(tabled).isEqualTo(figure.rows().stream().map(r -> figure.text(r, 2)).toList());
    }

    @Test
    void streetStaffGetTheirStreetFixed() {
        login("street01");
        StatisticsView view = navigate(StatisticsView.class);
        assertThat(view.street.isReadOnly()).isTrue();
        assertThat(view.street.getValue().name()).isEqualTo("城关街道");
        assertThat(view.dashboard().scope().kind()).isEqualTo(Scope.Kind.STREET);
        assertThat(panel(view, "participation-street").table.getBody().getRows()).hasSize(1);
    }

    @Test
    void aDeputyGetsTheReducedDashboardWithoutAStreet() {
        login("deputy");
        StatisticsView view = navigate(StatisticsView.class);
        assertThat(view.street.isVisible()).isFalse();
        assertThat(view.figures.getChildren().map(c -> ((FigurePanel) c).figure.code()).toList())
                .containsExactly("own-participation", "own-suggestions-state", "own-satisfaction");
    }

    @Test
    void theExportWritesTheFiguresOnScreen() throws Exception {
        login("office");
        StatisticsView view = navigate(StatisticsView.class);
        test(view.export).click();
        byte[] xlsx = view.export.building().get(60, TimeUnit.SECONDS);
        assertThat(xlsx).isNotEmpty();
        view.export.finished(view.dashboard().year(), xlsx, null);
        assertThat(view.export.download.isVisible()).isTrue();
        assertThat(view.export.download.getHref()).isNotBlank();
    }

    private static FigurePanel panel(StatisticsView view, String code) {
        return view.figures.getChildren().map(FigurePanel.class::cast).filter(p -> p.figure.code().equals(code))
                .findFirst().orElseThrow();
    }

    private static JsonNode series(JsonNode options, String name) {
        for (JsonNode s : options.get("series")) {
            if (s.get("name").asString().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no series " + name);
    }
}
