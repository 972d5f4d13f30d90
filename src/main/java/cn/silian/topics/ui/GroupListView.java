package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.security.Roles;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupSummary;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/** The topic groups the caller may see: all for the office, his street's for street staff, published ones for deputies. */
@Route("groups")
@Menu(order = 35, title = "nav.groups", icon = "vaadin:group")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class GroupListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<TopicStatus> status = new ComboBox<>();
    final ComboBox<Level> level = new ComboBox<>();
    final ComboBox<Expertise> expertise = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final TextField search = new TextField();
    final Checkbox mine = new Checkbox();
    final Grid<GroupSummary> grid = new Grid<>();
    final Span total = new Span();
    final PhoneColumns<GroupSummary> phone = new PhoneColumns<>(grid);
    private final transient GroupService groups;

    GroupListView(GroupService groups, TopicService topics, StreetService streets, AuthenticationContext auth) {
        this.groups = groups;
        addClassName("group-list-view");
        setSizeFull();
        boolean office = auth.hasAnyRole(Roles.OFFICE, Roles.ADMIN);
        boolean deputy = auth.hasAnyRole(Roles.DEPUTY);

        H2 title = new H2(getTranslation("groups.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, total);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        year.setLabel(getTranslation("groups.year"));
        year.setItems(topics.years());
        year.setItemLabelGenerator(String::valueOf);
        year.setClearButtonVisible(true);
        status.setLabel(getTranslation("groups.topic-status"));
        status.setItems(TopicStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        level.setLabel(getTranslation("groups.level"));
        level.setHelperText(getTranslation("groups.level.helper"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setClearButtonVisible(true);
        expertise.setLabel(getTranslation("deputies.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        expertise.setClearButtonVisible(true);
        street.setLabel(getTranslation("deputies.street"));
        street.setHelperText(getTranslation("groups.street.helper"));
        street.setItems(office ? streets.all() : java.util.List.of());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setClearButtonVisible(true);
        street.setVisible(office);
        search.setLabel(getTranslation("deputies.search"));
        search.setPlaceholder(getTranslation("groups.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        mine.setLabel(getTranslation("groups.mine"));
        mine.setVisible(deputy);
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        expertise.addValueChangeListener(e -> refresh());
        street.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, year, status, level, expertise, street, mine);

        grid.setAriaLabel(getTranslation("groups.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<GroupSummary>of("<a href=\"groups/${item.id}\">${item.name}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", GroupSummary::id).withProperty("name", GroupSummary::name)
                        .withProperty("secondary", g -> phone.line(g.topicTitle(),
                                getTranslation("list.labelled", getTranslation("group.leader"), leader(g)),
                                getTranslation("list.labelled", getTranslation("group.members"), g.members()))))
                .setHeader(getTranslation("group.name")).setSortProperty("name").setFlexGrow(2);
        phone.add(grid.addColumn(LitRenderer.<GroupSummary>of("<a href=\"topics/${item.topicId}\">${item.topic}</a>")
                        .withProperty("topicId", GroupSummary::topicId).withProperty("topic", GroupSummary::topicTitle))
                .setHeader(getTranslation("group.topic")).setSortProperty("topicId").setFlexGrow(2));
        phone.add(grid.addColumn(this::leader).setHeader(getTranslation("group.leader")).setAutoWidth(true));
        phone.add(grid.addColumn(GroupSummary::members).setHeader(getTranslation("group.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
        phone.add(grid.addColumn(g -> GroupTexts.levelMix(this, g.levelMix())).setHeader(getTranslation("group.level-mix"))
                .setAutoWidth(true));
        phone.add(grid.addColumn(g -> focus(g)).setHeader(getTranslation("group.focus")).setFlexGrow(2));
        phone.add(grid.addColumn(new ComponentRenderer<>(g -> GroupTexts.progress(this, g.progress(), g.name())))
                .setHeader(getTranslation("group.progress")).setAutoWidth(true));
        phone.add(grid.addColumn(g -> getTranslation(g.openForJoining() ? "group.open.yes" : "group.open.no"))
                .setHeader(getTranslation("group.open")).setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("groups.empty"));

        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    private String leader(GroupSummary g) {
        return g.leaderName() == null ? getTranslation("common.none") : g.leaderName();
    }

    private String focus(GroupSummary g) {
        String tags = g.expertise().stream().map(x -> getTranslation(x.messageKey()))
                .collect(Collectors.joining(getTranslation("list.separator")));
        String text = g.focus() == null ? "" : g.focus();
        return tags.isEmpty() ? text : text.isEmpty() ? tags : text + " · " + tags;
    }

    GroupFilter filter() {
        return new GroupFilter(null, year.getValue(), status.getValue(), level.getValue(), expertise.getValue(),
                street.getValue() == null ? null : street.getValue().id(), search.getValue(), mine.getValue());
    }

    void refresh() {
        GroupFilter filter = filter();
        grid.setItems(query -> groups.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = groups.count(filter);
                    total.setText(getTranslation("groups.total", count));
                    return (int) count;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " · " + getTranslation("app.name");
    }
}
