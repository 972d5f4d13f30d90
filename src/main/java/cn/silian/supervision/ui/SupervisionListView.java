package cn.silian.supervision.ui;

import cn.silian.opinions.OpinionsClock;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.supervision.ProjectRow;
import cn.silian.supervision.SupervisionFilter;
import cn.silian.supervision.SupervisionService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/**
 * The supervised projects of a year (督办项目): department, lead, percent done, open problems and
 * the rating once published, as the caller may see them; the year's status as PDF; the way to
 * the year-end rating.
 */
@Route("supervision")
@Menu(order = 34, title = "supervision.nav", icon = "vaadin:eye")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class SupervisionListView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField year = new IntegerField();
    final TextField text = new TextField();
    final Grid<ProjectRow> grid = new Grid<>();
    final Anchor rating = new Anchor();
    final SupervisionPdfButton pdf;
    final PhoneColumns<ProjectRow> phone = new PhoneColumns<>(grid);
    private final transient SupervisionService service;

    SupervisionListView(SupervisionService service, CurrentUser currentUser) {
        this.service = service;
        addClassName("supervision-list-view");
        setSizeFull();
        SilianUser me = currentUser.require();
        year.setLabel(getTranslation("supervision.year"));
        year.setStepButtonsVisible(true);
        year.setValue(OpinionsClock.today().getYear());
        year.addValueChangeListener(e -> reload());
        text.setLabel(getTranslation("supervision.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> reload());
        pdf = new SupervisionPdfButton(service, () -> year.getValue() == null ? OpinionsClock.today().getYear() : year.getValue());
        rating.setText(getTranslation("supervision.rating.open-sheet"));
        rating.setVisible(me.isOfficeOrAdmin() || me.is(Role.DEPUTY));
        FlexLayout tools = new FlexLayout(year, text, pdf, rating);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setAriaLabel(getTranslation("supervision.list.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        phone.main(grid.addColumn(LitRenderer.<ProjectRow>of("<a href=\"supervision/${item.id}\">${item.title}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", ProjectRow::id).withProperty("title", ProjectRow::title)
                        .withProperty("secondary", r -> phone.line(r.unitName(), lead(r), r.percentDone() + "%",
                                problems(r))))
                .setHeader(getTranslation("supervision.col.title")).setFlexGrow(2));
        phone.add(grid.addColumn(ProjectRow::unitName).setHeader(getTranslation("supervision.col.unit")).setFlexGrow(1));
        phone.add(grid.addColumn(this::lead).setHeader(getTranslation("supervision.col.lead")).setAutoWidth(true));
        phone.add(grid.addColumn(new ComponentRenderer<>(r -> SupervisionTexts.percent(this, r.percentDone())))
                .setHeader(getTranslation("supervision.col.percent")).setAutoWidth(true));
        phone.add(grid.addColumn(this::problems).setHeader(getTranslation("supervision.col.problems")).setAutoWidth(true));
        phone.add(grid.addColumn(r -> r.rating() == null ? getTranslation("supervision.rating.unpublished")
                : SupervisionTexts.figures(this, r.rating())).setHeader(getTranslation("supervision.col.rating")).setFlexGrow(1));
        grid.setEmptyStateText(getTranslation("supervision.list.empty"));
        add(new H2(getTranslation("supervision.list.title")), tools, grid);
        reload();
    }

    private String lead(ProjectRow r) {
        return r.leadName() == null ? getTranslation("supervision.lead.none") : r.leadName();
    }

    private String problems(ProjectRow r) {
        return r.overdueProblems() > 0 ? getTranslation("supervision.problems.with-overdue", r.openProblems(), r.overdueProblems())
                : String.valueOf(r.openProblems());
    }

    void reload() {
        Integer y = year.getValue();
        int shown = y == null ? OpinionsClock.today().getYear() : y;
        rating.setHref("supervision/rating/" + shown);
        SupervisionFilter filter = new SupervisionFilter(shown, text.getValue(), null, null);
        grid.setItems(q -> service.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.list.title") + " · " + getTranslation("app.name");
    }
}
