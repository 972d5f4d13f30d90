package cn.silian.projects.ui;

import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.CampaignSummary;
import cn.silian.projects.ProjectFilter;
import cn.silian.projects.ProjectRow;
import cn.silian.projects.ProjectService;
import cn.silian.projects.ProjectState;
import cn.silian.opinions.OpinionsClock;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The candidate livelihood projects the caller may see, newest year first: the office's whole
 * list to shortlist from, a street's own, a deputy's proposals and the published candidates, a
 * department's projects. Filters by year, campaign, state, street and text, in the database.
 */
@Route("projects")
@Menu(order = 32, title = "project.nav", icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class ProjectListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<CampaignSummary> campaign = new ComboBox<>();
    final ComboBox<ProjectState> state = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final Grid<ProjectRow> grid = new Grid<>();
    final Span total = new Span();
    final Button create = new Button();
    final PhoneColumns<ProjectRow> phone = new PhoneColumns<>(grid);
    private final transient ProjectService projects;

    ProjectListView(ProjectService projects, StreetService streets, CampaignService campaigns, CurrentUser currentUser) {
        this.projects = projects;
        SilianUser me = currentUser.require();
        addClassName("project-list-view");
        setSizeFull();

        create.setText(getTranslation("project.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("projects/new")));
        create.setVisible(!me.is(Role.UNIT));
        H2 title = new H2(getTranslation("project.list.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, total, create);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        search.setLabel(getTranslation("project.search"));
        search.setPlaceholder(getTranslation("project.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        int next = OpinionsClock.today().getYear() + 1;
        year.setLabel(getTranslation("project.year"));
        year.setItems(IntStream.rangeClosed(0, 6).mapToObj(i -> next - i).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setClearButtonVisible(true);
        campaign.setLabel(getTranslation("project.campaign"));
        // Campaigns are the district's own work, not a department's: a unit filters by year.
        List<CampaignSummary> known = me.is(Role.UNIT) ? List.of() : campaigns.forProjects();
        campaign.setItems(known);
        campaign.setItemLabelGenerator(c -> c.theme() + " (" + c.year() + ")");
        campaign.setClearButtonVisible(true);
        campaign.setVisible(!known.isEmpty());
        state.setLabel(getTranslation("project.state"));
        state.setItems(ProjectState.values());
        state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        state.setClearButtonVisible(true);
        street.setLabel(getTranslation("project.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setClearButtonVisible(true);
        // A street's staff see their street's only: the filter would offer nothing.
        street.setVisible(!me.is(Role.STREET_STAFF));
        search.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        campaign.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        street.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, year, campaign, state, street);

        grid.setAriaLabel(getTranslation("project.list.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<ProjectRow>of("<a href=\"projects/${item.id}\">${item.title}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", ProjectRow::id)
                        .withProperty("title", ProjectRow::title)
                        .withProperty("secondary", p -> phone.line(String.valueOf(p.year()),
                                String.join(getTranslation("list.separator"), p.streetNames()), getTranslation(p.state().messageKey()))))
                .setHeader(getTranslation("project.title")).setSortProperty("title").setFlexGrow(3);
        phone.add(grid.addColumn(p -> String.valueOf(p.year())).setHeader(getTranslation("project.year"))
                .setSortProperty("projectYear").setAutoWidth(true).setFlexGrow(0));
        phone.add(grid.addColumn(p -> String.join(getTranslation("list.separator"), p.streetNames())).setHeader(getTranslation("project.streets"))
                .setAutoWidth(true));
        phone.add(grid.addColumn(p -> ProjectTexts.cost(this, p.estimatedCost())).setHeader(getTranslation("project.cost"))
                .setSortProperty("estimatedCost").setAutoWidth(true));
        phone.add(grid.addColumn(p -> p.unitName() == null ? "" : p.unitName()).setHeader(getTranslation("project.unit"))
                .setAutoWidth(true));
        phone.add(grid.addColumn(p -> ProjectTexts.proposer(this, p.proposerKind(), p.proposerName()))
                .setHeader(getTranslation("project.proposer")).setAutoWidth(true));
        phone.add(grid.addColumn(LitRenderer.<ProjectRow>of("<span theme=\"badge\">${item.state}</span>")
                        .withProperty("state", p -> getTranslation(p.state().messageKey())))
                .setHeader(getTranslation("project.state")).setSortProperty("state").setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("project.list.empty"));

        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    ProjectFilter filter() {
        return new ProjectFilter(year.getValue(), campaign.getValue() == null ? null : campaign.getValue().id(),
                state.getValue(), street.getValue() == null ? null : street.getValue().id(), search.getValue());
    }

    /** A link may preset the state or the year, e.g. {@code projects?state=PROPOSED&year=2027}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("state")
                .flatMap(v -> java.util.Arrays.stream(ProjectState.values()).filter(s -> s.name().equals(v)).findFirst())
                .ifPresent(state::setValue);
        parameters.getSingleParameter("year").filter(v -> v.matches("\\d{4}")).map(Integer::valueOf)
                .ifPresent(year::setValue);
    }

    void refresh() {
        ProjectFilter filter = filter();
        grid.setItems(query -> projects.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = projects.count(filter);
                    total.setText(getTranslation("project.list.total", count));
                    return (int) count;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.list.title") + " · " + getTranslation("app.name");
    }
}
