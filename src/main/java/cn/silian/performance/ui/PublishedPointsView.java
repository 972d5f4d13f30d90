package cn.silian.performance.ui;

import cn.silian.performance.PublicationRow;
import cn.silian.performance.PublicationService;
import cn.silian.performance.PublishedPoints;
import cn.silian.performance.SchemeService;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.List;

/**
 * Points as the office published them (公布): the deputies ranked, for everyone who works with
 * them; street staff see their street's. What was published stays as it was published.
 */
@Route("points/published")
@Menu(order = 17, title = "nav.points-published", icon = "vaadin:trophy")
@RolesAllowed({Roles.DEPUTY, Roles.OFFICE, Roles.ADMIN, Roles.STREET_STAFF})
public class PublishedPointsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<PublicationRow> period = new Select<>();
    final Grid<PublishedPoints> ranking = new Grid<>();
    final Paragraph none = new Paragraph();
    private final transient PublicationService publications;

    PublishedPointsView(PublicationService publications, SchemeService schemes) {
        this.publications = publications;
        addClassName("published-points-view");
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("points.year"));
        year.setItems(PointsYears.upTo(thisYear, schemes.years()));
        period.setLabel(getTranslation("points.period"));
        period.setItemLabelGenerator(p -> Periods.label(this, p));
        period.addValueChangeListener(e -> show(e.getValue()));

        ranking.setAriaLabel(getTranslation("points.ranking"));
        ranking.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ranking.addColumn(PublishedPoints::rank).setHeader(getTranslation("points.rank")).setAutoWidth(true);
        ranking.addColumn(PublishedPoints::name).setHeader(getTranslation("points.deputy")).setFlexGrow(1);
        ranking.addColumn(PublishedPoints::session).setHeader(getTranslation("performance.group.SESSION")).setAutoWidth(true);
        ranking.addColumn(PublishedPoints::between).setHeader(getTranslation("performance.group.BETWEEN")).setAutoWidth(true);
        ranking.addColumn(PublishedPoints::model).setHeader(getTranslation("performance.group.MODEL")).setAutoWidth(true);
        ranking.addColumn(PublishedPoints::other).setHeader(getTranslation("performance.group.OTHER")).setAutoWidth(true);
        ranking.addColumn(PublishedPoints::total).setHeader(getTranslation("points.total")).setAutoWidth(true);
        ranking.setPageSize(50);

        year.addValueChangeListener(e -> periods(e.getValue()));
        FlexLayout filters = new FlexLayout(year, period);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("nav.points-published")), filters, none, ranking);
        setFlexGrow(1, ranking);
        year.setValue(publications.latest().map(PublicationRow::year).orElse(thisYear));
    }

    private void periods(int y) {
        List<PublicationRow> rows = publications.publications(y);
        period.setItems(rows);
        if (rows.isEmpty()) {
            show(null);
        } else {
            period.setValue(rows.getLast());
        }
    }

    private void show(PublicationRow p) {
        none.setText(p == null ? getTranslation("points.published.none") : getTranslation("points.published.as-of",
                Formats.dateTimeShort(p.publishedAt()), p.until().toString()));
        ranking.setVisible(p != null);
        if (p != null) {
            ranking.setItems(q -> publications.published(p.id(), null, PageRequest.of(q.getPage(), q.getPageSize())).stream());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points-published") + " · " + getTranslation("app.name");
    }
}
