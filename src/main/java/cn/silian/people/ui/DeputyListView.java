package cn.silian.people.ui;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.security.Roles;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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

import java.util.stream.Collectors;

/** The directory: every deputy of the four levels and every street representative. */
@Route("deputies")
@Menu(order = 10, title = "nav.deputies", icon = "vaadin:users")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class DeputyListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<Level> level = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final ComboBox<Expertise> expertise = new ComboBox<>();
    final Grid<DeputySummary> grid = new Grid<>();
    final Span total = new Span();
    final PhoneColumns<DeputySummary> phone = new PhoneColumns<>(grid);
    final Button create = new Button();

    private final transient DeputyService deputies;

    DeputyListView(DeputyService deputies, StreetService streets, AuthenticationContext auth) {
        this.deputies = deputies;
        addClassName("deputy-list-view");
        setSizeFull();

        H2 title = new H2(getTranslation("deputies.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        create.setText(getTranslation("deputies.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DeputyEditView.class)));
        create.setVisible(auth.hasAnyRole(Roles.OFFICE, Roles.ADMIN));
        HorizontalLayout header = new HorizontalLayout(title, total, create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.setWidthFull();
        header.expand(total);

        search.setId("deputy-search");
        search.setLabel(getTranslation("deputies.search"));
        search.setPlaceholder(getTranslation("deputies.search.placeholder"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(50);

        level.setLabel(getTranslation("deputies.level"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setClearButtonVisible(true);

        street.setLabel(getTranslation("deputies.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setClearButtonVisible(true);

        expertise.setLabel(getTranslation("deputies.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        expertise.setClearButtonVisible(true);

        search.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        street.addValueChangeListener(e -> refresh());
        expertise.addValueChangeListener(e -> refresh());

        FilterBar filters = new FilterBar(search, level, street, expertise);

        configureGrid();
        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("deputies.title"));
        phone.main(grid.addColumn(LitRenderer.<DeputySummary>of("<a href=\"deputies/${item.id}\">${item.name}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", DeputySummary::id)
                        .withProperty("name", DeputySummary::name)
                        .withProperty("secondary", d -> phone.line(seats(d), d.streetName(), d.phone())))
                .setHeader(getTranslation("deputy.name")).setSortProperty("namePinyin")
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true));
        phone.add(grid.addColumn(this::seats).setHeader(getTranslation("deputy.seats")).setAutoWidth(true));
        phone.add(grid.addColumn(DeputySummary::streetName).setHeader(getTranslation("deputy.street"))
                .setSortProperty("streetId").setAutoWidth(true));
        phone.add(grid.addColumn(d -> join(d.employer(), d.post())).setHeader(getTranslation("deputy.employer"))
                .setSortProperty("employer").setFlexGrow(2));
        phone.add(grid.addColumn(d -> d.expertise().stream().map(x -> getTranslation(x.messageKey()))
                        .collect(Collectors.joining(getTranslation("list.separator"))))
                .setHeader(getTranslation("deputy.expertise")).setFlexGrow(1));
        phone.add(grid.addColumn(DeputySummary::phone).setHeader(getTranslation("deputy.phone"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END));
        phone.add(grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("deputy.status"))
                .setSortProperty("status").setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("deputies.empty"));
    }

    private String seats(DeputySummary d) {
        return d.seats().stream().map(s -> getTranslation(s.level().messageKey())).collect(Collectors.joining(" · "));
    }

    private void refresh() {
        DeputyFilter filter = filter();
        grid.setItems(
                query -> deputies.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = deputies.count(filter);
                    total.setText(getTranslation("deputies.total", count));
                    return (int) Math.min(count, Integer.MAX_VALUE);
                });
    }

    DeputyFilter filter() {
        return new DeputyFilter(search.getValue(), level.getValue(),
                street.getValue() == null ? null : street.getValue().id(), expertise.getValue(), null);
    }

    static String join(String employer, String post) {
        if (employer == null) {
            return post == null ? "" : post;
        }
        return post == null ? employer : employer + " " + post;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deputies.title") + " · " + getTranslation("app.name");
    }
}
