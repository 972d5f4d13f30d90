package cn.silian.opinions.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.SuggestionExports;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.SuggestionSummary;
import cn.silian.opinions.UnitChoice;
import cn.silian.people.Level;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.stations.ReceptionCategory;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The suggestions the caller may see — the service decides which rows: a deputy his own,
 * co-signed and published ones, street staff those of their street, a unit those assigned to it,
 * the office all. Overdue and due-soon ones say so in words. The home pages link here with
 * filters in the address ({@code ?state=SUBMITTED}, {@code ?overdue}, {@code ?sort=due}).
 */
@Route("suggestions")
@Menu(order = 28, title = "menu.suggestions", icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class SuggestionListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int YEARS_BACK = 5;

    final TextField search = new TextField();
    final ComboBox<SuggestionState> state = new ComboBox<>();
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<ReceptionCategory> category = new ComboBox<>();
    final ComboBox<UnitChoice> unit = new ComboBox<>();
    final ComboBox<Level> level = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final Checkbox key = new Checkbox();
    final Grid<SuggestionSummary> grid = new Grid<>();
    final Span total = new Span();
    final PhoneColumns<SuggestionSummary> phone = new PhoneColumns<>(grid);
    final Button create = new Button();
    final Grid.Column<SuggestionSummary> dueColumn;
    private final transient SuggestionService suggestions;
    private boolean entering;

    SuggestionListView(SuggestionService suggestions, HandlingUnitService units, StreetService streets,
                       CurrentUser currentUser, SuggestionExports exports) {
        this.suggestions = suggestions;
        SilianUser me = currentUser.require();
        addClassName("suggestion-list-view");
        setSizeFull();

        create.setText(getTranslation("suggestions.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SuggestionEditView.class)));
        // Only a deputy drafts; the service would refuse anybody else.
        create.setVisible(me.is(Role.DEPUTY) && me.deputyId() != null);
        H2 title = new H2(getTranslation("suggestions.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        // The register holds only what the caller may see; without a year filter it is this year's.
        SuggestionRegisterButton register = new SuggestionRegisterButton(exports,
                () -> year.getValue() != null ? year.getValue() : LocalDate.now().getYear());
        HorizontalLayout header = new HorizontalLayout(title, total, register, create);
        if (me.isOfficeOrAdmin()) {
            RouterLink duplicates = new RouterLink(getTranslation("similar.duplicates.link"), DuplicatesView.class);
            duplicates.addClassName("duplicates-link");
            header.addComponentAtIndex(2, duplicates);
        }
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        search.setLabel(getTranslation("suggestions.search"));
        search.setPlaceholder(getTranslation("suggestions.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        state.setLabel(getTranslation("suggestions.state"));
        state.setItems(SuggestionState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setClearButtonVisible(true);
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("suggestions.year"));
        year.setItems(IntStream.rangeClosed(0, YEARS_BACK).mapToObj(i -> thisYear + 1 - i).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setClearButtonVisible(true);
        category.setLabel(getTranslation("suggestions.category"));
        category.setItems(ReceptionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setClearButtonVisible(true);
        unit.setLabel(getTranslation("suggestions.unit"));
        unit.setItemLabelGenerator(UnitChoice::name);
        unit.setClearButtonVisible(true);
        // A unit sees only its own assignments: a unit filter would say nothing to it.
        boolean unitAccount = me.is(Role.UNIT);
        unit.setVisible(!unitAccount);
        if (!unitAccount) {
            unit.setItems(units.choices());
        }
        level.setLabel(getTranslation("suggestions.level"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setClearButtonVisible(true);
        street.setLabel(getTranslation("suggestions.street"));
        street.setItemLabelGenerator(StreetSummary::name);
        street.setClearButtonVisible(true);
        // The district's streets are not a unit's business; street staff see their own street only anyway.
        street.setVisible(!unitAccount && !me.is(Role.STREET_STAFF));
        if (street.isVisible()) {
            street.setItems(streets.all());
        }
        overdue.setLabel(getTranslation("suggestions.only-overdue"));
        key.setLabel(getTranslation("suggestions.only-key"));
        search.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        street.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        key.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, state, year, category, unit, level, street, overdue, key);

        grid.setAriaLabel(getTranslation("suggestions.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phone.add(grid.addColumn(s -> SuggestionTexts.code(this, s.code(), s.year()))
                .setHeader(getTranslation("suggestions.code")).setSortProperty("year", "number").setAutoWidth(true)
                .setFlexGrow(0));
        phone.main(grid.addColumn(LitRenderer.<SuggestionSummary>of(
                                "<a href=\"suggestions/${item.id}\">${item.title}</a>"
                                        + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", SuggestionSummary::id).withProperty("title", SuggestionSummary::title)
                        .withProperty("secondary", s -> phone.line(SuggestionTexts.code(this, s.code(), s.year()),
                                getTranslation(s.state().messageKey()), s.leadName(),
                                SuggestionTexts.clock(this, s.dueDate(), s.overdue(), s.dueSoon()))))
                .setHeader(getTranslation("suggestions.title-column")).setSortProperty("title").setFlexGrow(3));
        phone.add(grid.addComponentColumn(s -> {
                    Div cell = new Div(SuggestionTexts.state(this, s.state()));
                    if (s.key()) {
                        Span k = new Span(getTranslation("suggestions.key"));
                        k.getElement().getThemeList().add("badge primary");
                        cell.add(new Span(" "), k);
                    }
                    return cell;
                }).setHeader(getTranslation("suggestions.state")).setSortProperty("state").setAutoWidth(true));
        phone.add(grid.addColumn(s -> SuggestionTexts.person(this, s.leadName(), s.leadLevel())
                        + (s.cosigners() > 0 ? getTranslation("suggestions.cosigners.more", s.cosigners()) : ""))
                .setHeader(getTranslation("suggestions.lead")).setFlexGrow(1));
        phone.add(grid.addColumn(s -> s.leadUnitName() == null ? "" : s.leadUnitName())
                .setHeader(getTranslation("suggestions.lead-unit")).setFlexGrow(1));
        dueColumn = phone.add(grid.addComponentColumn(s -> {
                    Div cell = new Div(new Span(s.dueDate() == null ? "" : s.dueDate().toString()));
                    Span flag = SuggestionTexts.flag(this, s.overdue(), s.dueSoon());
                    if (flag != null) {
                        cell.add(new Span(" "), flag);
                    }
                    return cell;
                }).setHeader(getTranslation("suggestions.due")).setSortProperty("dueDate").setAutoWidth(true));
        phone.add(grid.addColumn(s -> getTranslation(s.category().messageKey()))
                .setHeader(getTranslation("suggestions.category")).setSortProperty("category").setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("suggestions.empty"));

        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        entering = true;
        try {
            query.getSingleParameter("state").flatMap(SuggestionListView::stateOf).ifPresent(state::setValue);
            query.getSingleParameter("year").flatMap(SuggestionListView::number).ifPresent(year::setValue);
            if (query.getParameters().containsKey("overdue")) {
                overdue.setValue(true);
            }
            if (query.getParameters().containsKey("key")) {
                key.setValue(true);
            }
        } finally {
            entering = false;
        }
        if (query.getSingleParameter("sort").filter("due"::equals).isPresent()) {
            grid.sort(List.of(new GridSortOrder<>(dueColumn, SortDirection.ASCENDING)));
        }
        refresh();
    }

    private static java.util.Optional<SuggestionState> stateOf(String name) {
        try {
            return java.util.Optional.of(SuggestionState.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<Integer> number(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    SuggestionFilter filter() {
        return new SuggestionFilter(state.getValue(), year.getValue(), category.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), level.getValue(),
                street.getValue() == null ? null : street.getValue().id(), overdue.getValue(), key.getValue(),
                search.getValue().isBlank() ? null : search.getValue());
    }

    void refresh() {
        if (entering) {
            return;
        }
        SuggestionFilter filter = filter();
        grid.setItems(query -> suggestions.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = suggestions.count(filter);
                    total.setText(getTranslation("suggestions.total", count));
                    return (int) count;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suggestions.title") + " · " + getTranslation("app.name");
    }
}
