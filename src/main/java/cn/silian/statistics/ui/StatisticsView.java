package cn.silian.statistics.ui;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.statistics.Dashboard;
import cn.silian.statistics.Figure;
import cn.silian.statistics.Scope;
import cn.silian.statistics.StatisticsExports;
import cn.silian.statistics.StatisticsService;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The dashboards (统计分析): each figure of the year as a chart, the sentence that defines it and
 * a table of the same numbers, for the district or a street (office), the staff's own street,
 * or a deputy's own figures; and the whole as an Excel workbook. The service decides the scope.
 */
@Route("statistics")
@Menu(order = 50, title = "statistics.nav", icon = "vaadin:bar-chart")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    /** How many years back the year selector reaches. */
    static final int YEARS_BACK = 5;

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final Paragraph scope = new Paragraph();
    final Div figures = new Div();
    final StatisticsExportButton export;
    private final transient StatisticsService statistics;
    private Dashboard dashboard;

    StatisticsView(StatisticsService statistics, StatisticsExports exports, StreetService streets, CurrentUser currentUser) {
        this.statistics = statistics;
        addClassName("statistics-view");
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("statistics.year"));
        year.setItems(IntStream.rangeClosed(0, YEARS_BACK).mapToObj(i -> thisYear - i).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());

        SilianUser me = currentUser.require();
        street.setLabel(getTranslation("statistics.street"));
        street.setItemLabelGenerator(StreetSummary::name);
        List<StreetSummary> all = streets.all();
        if (me.isOfficeOrAdmin()) {
            street.setItems(all);
            street.setClearButtonVisible(true);
            street.setPlaceholder(getTranslation("statistics.all-streets"));
            street.addValueChangeListener(e -> refresh());
        } else if (me.is(Role.STREET_STAFF)) {
            street.setItems(all);
            all.stream().filter(s -> s.id().equals(me.streetId())).findFirst().ifPresent(street::setValue);
            street.setReadOnly(true);
        } else {
            street.setVisible(false);
        }
        export = new StatisticsExportButton(exports, () -> dashboard);

        FlexLayout toolbar = new FlexLayout(year, street, export);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");
        scope.getElement().setAttribute("aria-live", "polite");
        figures.addClassName("statistics-figures");
        // As many columns as fit at 28rem each, one on a phone.
        figures.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)").set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 28rem), 1fr))");
        add(new H2(getTranslation("statistics.title")), toolbar, scope, figures);
        refresh();
    }

    void refresh() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        StreetSummary s = street.getValue();
        dashboard = statistics.dashboard(y, s == null ? null : s.id());
        scope.setText(scopeText(dashboard.scope(), s));
        figures.removeAll();
        for (Figure figure : dashboard.figures()) {
            figures.add(new FigurePanel(figure));
        }
    }

    private String scopeText(Scope shown, StreetSummary s) {
        return switch (shown.kind()) {
            case DISTRICT -> getTranslation("statistics.scope.district", String.valueOf(dashboard.year()));
            case STREET -> getTranslation("statistics.scope.street", String.valueOf(dashboard.year()), s == null ? "" : s.name());
            case DEPUTY -> getTranslation("statistics.scope.deputy", String.valueOf(dashboard.year()));
        };
    }

    /** The dashboard on screen: what the charts, the tables and the export show. */
    Dashboard dashboard() {
        return dashboard;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title") + " · " + getTranslation("app.name");
    }
}
