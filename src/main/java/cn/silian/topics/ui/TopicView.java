package cn.silian.topics.ui;

import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupSummary;
import cn.silian.topics.ReviewRow;
import cn.silian.topics.TopicDetails;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import cn.silian.topics.TopicSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One research topic: its facts and progress, the office's actions along its life and review,
 * the review history, and its groups. What the caller may not see, the service hides.
 */
@Route("topics/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class TopicView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TopicService topics;
    private final transient GroupService groups;
    TopicDetails details;
    Button edit;
    Button review;
    Button revise;
    Button newGroup;
    Button grouping;
    /** The status buttons shown, by target. */
    final List<Button> statusButtons = new ArrayList<>();
    Details reviewHistory;
    Grid<ReviewRow> reviews;
    Grid<GroupSummary> groupGrid;

    TopicView(TopicService topics, GroupService groups) {
        this.topics = topics;
        this.groups = groups;
        addClassName("topic-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        details = topics.get(id);
        render();
    }

    private void reload() {
        details = topics.get(details.summary().id());
        render();
    }

    private void render() {
        removeAll();
        statusButtons.clear();
        edit = review = revise = newGroup = grouping = null;
        reviewHistory = null;
        TopicSummary s = details.summary();

        H2 name = new H2(s.title());
        HorizontalLayout header = new HorizontalLayout(name, TopicTexts.badge(getTranslation(s.status().messageKey())));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");

        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "topics.theme", details.themeTitle());
        fact(facts, "topics.year", String.valueOf(s.year()));
        fact(facts, "topics.period", TopicTexts.period(this, s.startsOn(), s.endsOn()));
        fact(facts, "topics.lead-office", s.leadOffice());
        fact(facts, "topics.expertise", TopicTexts.expertise(this, s.expertise()));
        fact(facts, "topics.background", details.background());
        fact(facts, "topics.goals", details.goals());
        facts.add(new DescriptionList.Term(new Span(getTranslation("topics.progress"))),
                new DescriptionList.Description(GroupTexts.progress(this, s.progress(), s.title())));

        add(new RouterLink(getTranslation("topics.back"), TopicListView.class), header, facts);
        FlexLayout actions = actions();
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        List<ReviewRow> trail = topics.reviews(s.id());
        if (!trail.isEmpty()) {
            reviewHistory = section("topics.reviews", reviewGrid(trail));
            add(reviewHistory);
        }
        add(section("topics.groups.section", groupSection()));
    }

    private FlexLayout actions() {
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        TopicSummary s = details.summary();
        if (details.manageable()) {
            if (s.status() != TopicStatus.ARCHIVED && s.status() != TopicStatus.REJECTED) {
                edit = new Button(getTranslation("common.edit"), new Icon(VaadinIcon.EDIT), e ->
                        new TopicDialog(topics, TopicDialog.Mode.EDIT, details, s.year(), id -> reload()).open());
                actions.add(edit);
            }
            if (s.status() == TopicStatus.PROPOSED) {
                review = new Button(getTranslation("topics.review"), new Icon(VaadinIcon.CHECK_SQUARE_O),
                        e -> new ReviewDialog(topics, details, this::reload).open());
                review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(review);
            }
            for (TopicStatus target : TopicStatus.values()) {
                if (s.status().next().contains(target)) {
                    String key = s.status() == TopicStatus.CONCLUDED && target == TopicStatus.IN_PROGRESS
                            ? "topics.action.reopen" : "topics.action." + target.name();
                    Button b = new Button(getTranslation(key), e -> changeStatus(target));
                    b.getElement().setAttribute("data-target", target.name());
                    statusButtons.add(b);
                    actions.add(b);
                }
            }
        }
        if (details.revisable()) {
            revise = new Button(getTranslation("topics.revise"), new Icon(VaadinIcon.EDIT), e ->
                    new TopicDialog(topics, TopicDialog.Mode.REVISE, details, s.year(), id -> reload()).open());
            revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(revise);
        }
        return actions;
    }

    void changeStatus(TopicStatus target) {
        try {
            topics.changeStatus(details.summary().id(), details.version(), target);
            Toasts.success(getTranslation("topics.status.changed", getTranslation(target.messageKey())));
            reload();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.of()));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private Grid<ReviewRow> reviewGrid(List<ReviewRow> trail) {
        reviews = new Grid<>();
        reviews.setAriaLabel(getTranslation("topics.reviews"));
        reviews.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reviews.addColumn(r -> Formats.dateTimeShort(r.at())).setHeader(getTranslation("topics.reviews.at")).setAutoWidth(true)
                .setFlexGrow(0);
        reviews.addColumn(r -> PersonNames.name(this, r.reviewer())).setHeader(getTranslation("topics.reviews.reviewer"))
                .setAutoWidth(true).setFlexGrow(0);
        reviews.addColumn(r -> getTranslation(r.decision().messageKey())).setHeader(getTranslation("topics.review.decision"))
                .setAutoWidth(true).setFlexGrow(0);
        reviews.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader(getTranslation("topics.review.comment"))
                .setFlexGrow(1);
        reviews.setItems(trail);
        reviews.setAllRowsVisible(true);
        return reviews;
    }

    private VerticalLayout groupSection() {
        long topicId = details.summary().id();
        groupGrid = new Grid<>();
        groupGrid.setAriaLabel(getTranslation("topics.groups.section"));
        groupGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        groupGrid.addColumn(LitRenderer.<GroupSummary>of("<a href=\"groups/${item.id}\">${item.name}</a>")
                        .withProperty("id", GroupSummary::id).withProperty("name", GroupSummary::name))
                .setHeader(getTranslation("topics.group.name")).setSortProperty("name").setFlexGrow(2);
        groupGrid.addColumn(g -> g.leaderName() == null ? getTranslation("common.none") : g.leaderName())
                .setHeader(getTranslation("topics.group.leader")).setAutoWidth(true);
        groupGrid.addColumn(GroupSummary::members).setHeader(getTranslation("topics.members"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        groupGrid.addColumn(g -> GroupTexts.levelMix(this, g.levelMix())).setHeader(getTranslation("topics.group.level-mix"))
                .setAutoWidth(true);
        groupGrid.addComponentColumn(g -> GroupTexts.progress(this, g.progress(), g.name()))
                .setHeader(getTranslation("topics.progress")).setAutoWidth(true).setFlexGrow(0);
        groupGrid.addColumn(g -> getTranslation(g.openForJoining() ? "topics.group.open.yes" : "topics.group.open.no"))
                .setHeader(getTranslation("topics.group.open-for-joining")).setAutoWidth(true);
        groupGrid.setEmptyStateText(getTranslation("topics.groups.empty"));
        GroupFilter filter = GroupFilter.ofTopic(topicId);
        groupGrid.setItems(query -> groups.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) groups.count(filter));
        groupGrid.setAllRowsVisible(true);

        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        TopicStatus status = details.summary().status();
        boolean formable = status == TopicStatus.DRAFT || status.running();
        if (details.manageable() && formable) {
            newGroup = new Button(getTranslation("topics.group.new"), new Icon(VaadinIcon.PLUS), e ->
                    new GroupDialog(groups, topicId, details.summary().expertise(), () -> groupGrid.getDataProvider().refreshAll())
                            .open());
            grouping = new Button(getTranslation("topics.grouping.open"), new Icon(VaadinIcon.CLUSTER), e ->
                    getUI().ifPresent(ui -> ui.navigate(GroupingView.class, new RouteParameters("id", String.valueOf(topicId)))));
            FlexLayout buttons = new FlexLayout(newGroup, grouping);
            buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            buttons.getStyle().set("gap", "var(--lumo-space-s)");
            layout.add(buttons);
        }
        layout.add(groupGrid);
        return layout;
    }

    private Details section(String key, Component content) {
        Details d = new Details(getTranslation(key), content);
        d.setOpened(true);
        d.setWidthFull();
        d.addClassName("station-section");
        return d;
    }

    private void fact(DescriptionList list, String key, String value) {
        Span text = new Span(value == null || value.isBlank() ? getTranslation("common.none") : value);
        text.getStyle().set("white-space", "pre-wrap");
        list.add(new DescriptionList.Term(new Span(getTranslation(key))), new DescriptionList.Description(text));
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("topics.title") : details.summary().title()) + " · " + getTranslation("app.name");
    }
}
