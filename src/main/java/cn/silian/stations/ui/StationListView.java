package cn.silian.stations.ui;

import cn.silian.people.DeputyService;
import cn.silian.people.Expertise;
import cn.silian.security.Roles;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationKind;
import cn.silian.stations.StationService;
import cn.silian.stations.StationSummary;
import cn.silian.stations.StreetFigures;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The stations (家站点) of the caller's street, or of every street for the office. */
@Route("stations")
@Menu(order = 20, title = "nav.stations", icon = "vaadin:home-o")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF})
public class StationListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final ComboBox<StationKind> kind = new ComboBox<>();
    final ComboBox<Expertise> field = new ComboBox<>();
    final Grid<StationSummary> grid = new Grid<>();
    final Span total = new Span();
    final PhoneColumns<StationSummary> phone = new PhoneColumns<>(grid);
    final Button create = new Button();
    final Button placement = new Button();
    private final transient StationService stations;

    StationListView(StationService stations, StreetService streets, DeputyService deputies, AuthenticationContext auth) {
        this.stations = stations;
        addClassName("station-list-view");
        setSizeFull();
        boolean office = auth.hasAnyRole(Roles.OFFICE, Roles.ADMIN);

        create.setText(getTranslation("stations.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new StationDialog(stations, streets, deputies, null, office, this::refresh).open());
        placement.setText(getTranslation("placement.title"));
        placement.setIcon(new Icon(VaadinIcon.USERS));
        placement.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PlacementView.class)));
        H2 title = new H2(getTranslation("stations.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, total, placement, create);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        search.setLabel(getTranslation("stations.search"));
        search.setPlaceholder(getTranslation("stations.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        street.setLabel(getTranslation("deputies.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setClearButtonVisible(true);
        street.setVisible(office);
        kind.setLabel(getTranslation("station.kind"));
        kind.setItems(StationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setClearButtonVisible(true);
        field.setLabel(getTranslation("station.field"));
        field.setItems(Expertise.values());
        field.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        field.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        street.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, street, kind, field);

        grid.setAriaLabel(getTranslation("stations.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phone.add(grid.addColumn(StationSummary::code).setHeader(getTranslation("station.code")).setSortProperty("code")
                .setAutoWidth(true).setFlexGrow(0));
        grid.addColumn(LitRenderer.<StationSummary>of("<a href=\"stations/${item.id}\">${item.name}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", StationSummary::id).withProperty("name", StationSummary::name)
                        .withProperty("secondary", s -> phone.line(s.code(), kind(s), s.streetName(),
                                getTranslation("list.labelled", getTranslation("station.members"), s.members()))))
                .setHeader(getTranslation("station.name")).setSortProperty("name").setFlexGrow(2);
        phone.add(grid.addColumn(this::kind).setHeader(getTranslation("station.kind")).setAutoWidth(true));
        phone.add(grid.addColumn(StationSummary::streetName).setHeader(getTranslation("deputies.street"))
                .setSortProperty("streetId").setAutoWidth(true));
        phone.add(grid.addColumn(StationSummary::headName).setHeader(getTranslation("station.head")).setAutoWidth(true));
        phone.add(grid.addColumn(StationSummary::members).setHeader(getTranslation("station.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
        phone.add(grid.addColumn(StationSummary::openingHours).setHeader(getTranslation("station.opening-hours"))
                .setFlexGrow(1));
        grid.setEmptyStateText(getTranslation("stations.empty"));

        add(header);
        if (office) {
            add(overview());
        }
        add(filters, grid);
        expand(grid);
        refresh();
    }

    private String kind(StationSummary s) {
        return getTranslation(s.kind().messageKey()) + (s.field() == null ? "" : " · " + getTranslation(s.field().messageKey()));
    }

    private Details overview() {
        Grid<StreetFigures> figures = new Grid<>();
        figures.setAriaLabel(getTranslation("stations.overview"));
        figures.addColumn(StreetFigures::streetName).setHeader(getTranslation("deputies.street"));
        figures.addColumn(StreetFigures::stations).setHeader(getTranslation("stations.count")).setTextAlign(ColumnTextAlign.END);
        figures.addColumn(StreetFigures::members).setHeader(getTranslation("station.members")).setTextAlign(ColumnTextAlign.END);
        figures.setItems(stations.streetFigures());
        figures.setAllRowsVisible(true);
        figures.addThemeVariants(GridVariant.LUMO_COMPACT);
        Details details = new Details(getTranslation("stations.overview"), figures);
        details.setWidthFull();
        return details;
    }

    void refresh() {
        StationFilter filter = new StationFilter(search.getValue(), street.getValue() == null ? null : street.getValue().id(),
                kind.getValue(), field.getValue(), null);
        grid.setItems(query -> stations.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = stations.count(filter);
                    total.setText(getTranslation("stations.total", count));
                    return (int) count;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stations.title") + " · " + getTranslation("app.name");
    }
}
