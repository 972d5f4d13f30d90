package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.security.Roles;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.shared.Formats;
import cn.silian.topics.ThemeRow;
import cn.silian.topics.TopicFilter;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import cn.silian.topics.TopicSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;

/**
 * The research topics of a year under its theme. The office sets the theme and creates topics;
 * deputies and street staff see the published ones and propose their own.
 */
@Route("topics")
@Menu(order = 30, title = "nav.topics", icon = "vaadin:lightbulb")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class TopicListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<TopicStatus> status = new ComboBox<>();
    final ComboBox<Expertise> expertise = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<TopicSummary> grid = new Grid<>();
    final Span total = new Span();
    final PhoneColumns<TopicSummary> phone = new PhoneColumns<>(grid);
    final Section themeCard = new Section();
    final Button setTheme = new Button();
    final Button create = new Button();
    final Button propose = new Button();
    private final transient TopicService topics;

    TopicListView(TopicService topics, AuthenticationContext auth) {
        this.topics = topics;
        addClassName("topic-list-view");
        setSizeFull();
        boolean office = auth.hasAnyRole(Roles.OFFICE, Roles.ADMIN);
        boolean proposer = auth.hasAnyRole(Roles.DEPUTY, Roles.STREET_STAFF);

        setTheme.setText(getTranslation("topics.set-theme"));
        setTheme.setIcon(new Icon(VaadinIcon.FLAG_O));
        setTheme.addClickListener(e -> new ThemeDialog(topics, selectedYear(), y -> {
            reloadYears(y);
            refresh();
        }).open());
        setTheme.setVisible(office);
        create.setText(getTranslation("topics.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new TopicDialog(topics, TopicDialog.Mode.CREATE, null, selectedYear(), this::open).open());
        create.setVisible(office);
        propose.setText(getTranslation("topics.propose"));
        propose.setIcon(new Icon(VaadinIcon.LIGHTBULB));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> new TopicDialog(topics, TopicDialog.Mode.PROPOSE, null, selectedYear(), this::open).open());
        propose.setVisible(proposer && !office);

        H2 title = new H2(getTranslation("topics.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, total, setTheme, create, propose);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        themeCard.addClassName("card");
        themeCard.addClassName("theme-card");

        year.setLabel(getTranslation("topics.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.setClearButtonVisible(true);
        reloadYears(thisYear());
        status.setLabel(getTranslation("topics.status"));
        status.setItems(TopicStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        expertise.setLabel(getTranslation("topics.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        expertise.setClearButtonVisible(true);
        search.setLabel(getTranslation("topics.search"));
        search.setPlaceholder(getTranslation("topics.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        expertise.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, year, status, expertise);

        grid.setAriaLabel(getTranslation("topics.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<TopicSummary>of("<a href=\"topics/${item.id}\">${item.title}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", TopicSummary::id).withProperty("title", TopicSummary::title)
                        .withProperty("secondary", t -> phone.line(getTranslation(t.status().messageKey()),
                                TopicTexts.period(this, t.startsOn(), t.endsOn()), t.leadOffice())))
                .setHeader(getTranslation("topics.field.title")).setSortProperty("title").setFlexGrow(3);
        phone.add(grid.addComponentColumn(t -> TopicTexts.badge(getTranslation(t.status().messageKey())))
                .setHeader(getTranslation("topics.status")).setSortProperty("status").setAutoWidth(true).setFlexGrow(0));
        phone.add(grid.addColumn(t -> TopicTexts.period(this, t.startsOn(), t.endsOn()))
                .setHeader(getTranslation("topics.period")).setSortProperty("startsOn").setAutoWidth(true));
        phone.add(grid.addColumn(TopicSummary::leadOffice).setHeader(getTranslation("topics.lead-office"))
                .setSortProperty("leadOffice").setAutoWidth(true));
        phone.add(grid.addColumn(TopicSummary::groups).setHeader(getTranslation("topics.groups"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0));
        phone.add(grid.addColumn(TopicSummary::members).setHeader(getTranslation("topics.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0));
        phone.add(grid.addComponentColumn(t -> GroupTexts.progress(this, t.progress(), t.title()))
                .setHeader(getTranslation("topics.progress")).setAutoWidth(true).setFlexGrow(0));
        grid.setEmptyStateText(getTranslation("topics.empty"));

        add(header, themeCard, filters, grid);
        expand(grid);
        refresh();
    }

    private void reloadYears(int select) {
        year.setItems(topics.years());
        year.setValue(select);
    }

    private int selectedYear() {
        return year.getValue() == null ? thisYear() : year.getValue();
    }

    private static int thisYear() {
        return LocalDate.now(Formats.ZONE).getYear();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(TopicView.class, new RouteParameters("id", String.valueOf(id))));
    }

    private void showTheme() {
        themeCard.removeAll();
        if (year.getValue() == null) {
            themeCard.add(new Paragraph(getTranslation("topics.theme.no-year")));
            return;
        }
        String y = String.valueOf(year.getValue());
        themeCard.add(new H3(getTranslation("topics.theme.heading", y)));
        ThemeRow theme = topics.theme(year.getValue()).orElse(null);
        if (theme == null) {
            themeCard.add(new Paragraph(getTranslation("topics.theme.none", y)));
            return;
        }
        Paragraph name = new Paragraph(theme.title());
        name.addClassName("theme-title");
        name.getStyle().set("font-weight", "600");
        themeCard.add(name);
        if (theme.description() != null && !theme.description().isBlank()) {
            Paragraph description = new Paragraph(theme.description());
            description.getStyle().set("white-space", "pre-wrap");
            themeCard.add(description);
        }
    }

    void refresh() {
        showTheme();
        TopicFilter filter = new TopicFilter(year.getValue(), status.getValue(), expertise.getValue(), search.getValue());
        grid.setItems(query -> topics.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = topics.count(filter);
                    total.setText(getTranslation("topics.total", count));
                    return (int) count;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topics.title") + " · " + getTranslation("app.name");
    }
}
