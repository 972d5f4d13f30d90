package cn.silian.opinions.ui;

import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionRow;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.OpinionState;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.stations.ReceptionCategory;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;


/**
 * The opinions the caller may see, newest first: the street's triage list for staff, a deputy's
 * own and his stations', a unit's matters. Filters by state, category, street, source, text and day.
 */
@Route("opinions")
@Menu(order = 26, title = "opinion.nav", icon = "vaadin:comments-o")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class OpinionListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final ComboBox<OpinionState> state = new ComboBox<>();
    final ComboBox<ReceptionCategory> category = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final ComboBox<OpinionSource> source = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<OpinionRow> grid = new Grid<>();
    final Span total = new Span();
    final Button create = new Button();
    /** A deputy drafts a suggestion from the open opinions he selected (the suggestion form reads their texts). */
    final Button draft = new Button();
    final PhoneColumns<OpinionRow> phone = new PhoneColumns<>(grid);
    private final transient OpinionService opinions;

    OpinionListView(OpinionService opinions, StreetService streets, CurrentUser currentUser) {
        this.opinions = opinions;
        SilianUser me = currentUser.require();
        addClassName("opinion-list-view");
        setSizeFull();

        create.setText(getTranslation("opinion.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("opinions/new")));
        create.setVisible(!me.is(Role.UNIT));
        draft.setText(getTranslation("opinion.draft-suggestion"));
        draft.setIcon(new Icon(VaadinIcon.FILE_TEXT_O));
        draft.setVisible(me.is(Role.DEPUTY));
        draft.setEnabled(false);
        draft.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(draftRoute())));
        H2 title = new H2(getTranslation("opinion.list.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, total, draft, create);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        search.setLabel(getTranslation("opinion.search"));
        search.setPlaceholder(getTranslation("opinion.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        state.setLabel(getTranslation("opinion.state"));
        state.setItems(OpinionState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setClearButtonVisible(true);
        category.setLabel(getTranslation("opinion.category"));
        category.setItems(ReceptionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setClearButtonVisible(true);
        street.setLabel(getTranslation("opinion.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setClearButtonVisible(true);
        // A street's staff see their street only: the filter would offer nothing.
        street.setVisible(!me.is(Role.STREET_STAFF));
        source.setLabel(getTranslation("opinion.source"));
        source.setItems(OpinionSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setClearButtonVisible(true);
        from.setLabel(getTranslation("opinion.from"));
        from.setClearButtonVisible(true);
        ComponentTexts.localize(from);
        to.setLabel(getTranslation("opinion.to"));
        to.setClearButtonVisible(true);
        ComponentTexts.localize(to);
        search.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        street.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, state, category, street, source, from, to);

        grid.setAriaLabel(getTranslation("opinion.list.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phone.add(grid.addColumn(o -> Formats.dateTimeShort(o.createdAt())).setHeader(getTranslation("opinion.created"))
                .setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0));
        grid.addColumn(LitRenderer.<OpinionRow>of("<a href=\"opinions/${item.id}\">${item.text}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", OpinionRow::id)
                        .withProperty("text", o -> OpinionTexts.excerpt(o.content(), 80))
                        .withProperty("secondary", o -> phone.line(Formats.dateTimeShort(o.createdAt()),
                                getTranslation(o.category().messageKey()), getTranslation(o.state().messageKey()))))
                .setHeader(getTranslation("opinion.content")).setFlexGrow(3);
        phone.add(grid.addColumn(o -> getTranslation(o.category().messageKey())).setHeader(getTranslation("opinion.category"))
                .setSortProperty("category").setAutoWidth(true));
        phone.add(grid.addColumn(o -> o.community() == null ? o.streetName() : o.streetName() + " · " + o.community())
                .setHeader(getTranslation("opinion.street")).setAutoWidth(true));
        phone.add(grid.addColumn(o -> getTranslation(o.source().messageKey())).setHeader(getTranslation("opinion.source"))
                .setSortProperty("source").setAutoWidth(true));
        phone.add(grid.addColumn(LitRenderer.<OpinionRow>of("<span theme=\"badge\">${item.state}</span>")
                        .withProperty("state", o -> getTranslation(o.state().messageKey())))
                .setHeader(getTranslation("opinion.state")).setSortProperty("state").setAutoWidth(true));
        phone.add(grid.addColumn(o -> o.heardBy() == null ? "" : o.heardBy()).setHeader(getTranslation("opinion.heard-by"))
                .setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("opinion.list.empty"));
        if (me.is(Role.DEPUTY)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> draft.setEnabled(e.getAllSelectedItems().stream().anyMatch(o -> o.state().open())));
        }

        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    OpinionFilter filter() {
        return new OpinionFilter(state.getValue(), category.getValue(),
                street.getValue() == null ? null : street.getValue().id(), source.getValue(), search.getValue(),
                from.getValue(), to.getValue());
    }

    /** The suggestion form's address with the selected open opinions ({@code suggestions/new?opinions=1,2}). */
    String draftRoute() {
        return "suggestions/new?opinions=" + grid.getSelectedItems().stream().filter(o -> o.state().open())
                .map(o -> String.valueOf(o.id())).collect(java.util.stream.Collectors.joining(","));
    }

    /** A home page's link may preset the state, e.g. {@code opinions?state=NEW} for what waits for triage. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("state")
                .flatMap(v -> java.util.Arrays.stream(OpinionState.values()).filter(o -> o.name().equals(v)).findFirst())
                .ifPresent(state::setValue);
    }

    void refresh() {
        OpinionFilter filter = filter();
        CallbackDataProvider.FetchCallback<OpinionRow, Void> rows =
                query -> opinions.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream();
        if (filter.text() == null || filter.text().isBlank()) {
            grid.setItems(rows, query -> {
                long count = opinions.count(filter);
                total.setText(getTranslation("opinion.list.total", count));
                return (int) count;
            });
            return;
        }
        // text is in no index: counted only so far, beyond which the grid finds the list's end as it is scrolled
        long found = opinions.countUpTo(filter, OpinionService.TEXT_COUNT_CAP);
        if (found > OpinionService.TEXT_COUNT_CAP) {
            grid.setItems(rows);
            total.setText(getTranslation("opinion.list.total-more", OpinionService.TEXT_COUNT_CAP));
        } else {
            grid.setItems(rows, query -> (int) found);
            total.setText(getTranslation("opinion.list.total", found));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.list.title") + " · " + getTranslation("app.name");
    }
}
