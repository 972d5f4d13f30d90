package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.security.Roles;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupSummary;
import cn.silian.topics.GroupingAssistant;
import cn.silian.topics.GroupingProposal;
import cn.silian.topics.PlannedGroup;
import cn.silian.topics.ProposedMember;
import cn.silian.topics.TopicDetails;
import cn.silian.topics.TopicService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grouping assistant (分类编组): the office names the groups it wants, the assistant proposes
 * members by expertise, level and street, and the office moves people, picks leaders and saves
 * all groups at once. Nothing is saved before that last step.
 */
@Route("topics/:id(\\d+)/grouping")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class GroupingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int DEFAULT_SIZE = 8;

    /** One wanted group of step 1. */
    final class SpecRow extends FlexLayout {
        final TextField name = new TextField();
        final MultiSelectComboBox<Expertise> focus = new MultiSelectComboBox<>();
        final IntegerField size = new IntegerField();
        final Button remove = new Button(new Icon(VaadinIcon.TRASH));

        SpecRow(String initialName, Set<Expertise> initialFocus, int initialSize) {
            addClassName("grouping-spec");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-m)");
            name.setLabel(getTranslation("topics.group.name"));
            name.setMaxLength(GroupService.NAME_MAX);
            name.setValue(initialName);
            focus.setLabel(getTranslation("topics.grouping.focus"));
            focus.setItems(Expertise.values());
            focus.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
            focus.setValue(initialFocus);
            focus.setHelperText(getTranslation("topics.grouping.focus.helper"));
            size.setLabel(getTranslation("topics.grouping.size"));
            size.setMin(1);
            size.setMax(GroupService.MAX_GROUP_SIZE);
            size.setStepButtonsVisible(true);
            size.setValue(initialSize);
            size.setWidth("9em");
            remove.setAriaLabel(getTranslation("topics.grouping.remove-row"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                rows.remove(this);
                specs.remove(this);
            });
            add(name, focus, size, remove);
        }
    }

    /** One proposed group of step 2. */
    final class PlanCard extends Section {
        final String key;
        final ComboBox<ProposedMember> leader = new ComboBox<>();
        final Grid<ProposedMember> grid = new Grid<>();

        PlanCard(String key) {
            this.key = key;
            addClassName("card");
            addClassName("grouping-card");
            leader.setLabel(getTranslation("topics.group.leader"));
            leader.setItemLabelGenerator(ProposedMember::name);
            leader.setClearButtonVisible(true);
            leader.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != null) {
                    leaders.put(key, e.getValue() == null ? null : e.getValue().deputyId());
                }
            });
            grid.setAriaLabel(getTranslation("topics.grouping.members-of", key));
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            personColumns(grid);
            grid.addColumn(ProposedMember::score).setHeader(getTranslation("topics.grouping.score"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation("topics.grouping.card.empty"));
            add(new H3(key), leader, grid);
        }

        private HorizontalLayout actions(ProposedMember m) {
            ComboBox<String> move = new ComboBox<>();
            move.setAriaLabel(getTranslation("topics.grouping.move", m.name()));
            move.setPlaceholder(getTranslation("topics.grouping.move.placeholder"));
            move.setItems(planned.keySet().stream().filter(k -> !k.equals(key)).toList());
            move.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    move(m, e.getValue());
                }
            });
            Button out = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> unplace(m));
            out.setAriaLabel(getTranslation("topics.grouping.unplace", m.name()));
            out.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout layout = new HorizontalLayout(move, out);
            layout.setAlignItems(FlexComponent.Alignment.CENTER);
            return layout;
        }

        void refresh() {
            List<ProposedMember> members = planned.get(key);
            grid.setItems(members);
            Long chosen = leaders.get(key);
            leader.setItems(members);
            members.stream().filter(m -> m.deputyId().equals(chosen)).findFirst().ifPresentOrElse(leader::setValue, () -> {
                leaders.put(key, null);
                leader.clear();
            });
        }
    }

    private final transient TopicService topics;
    private final transient GroupService groups;
    TopicDetails topic;
    final VerticalLayout specs = new VerticalLayout();
    final List<SpecRow> rows = new ArrayList<>();
    final Button addRow = new Button();
    final Button propose = new Button();
    final Div proposal = new Div();
    final Button save = new Button();
    final Grid<ProposedMember> unplacedGrid = new Grid<>();
    final TextField unplacedFilter = new TextField();

    /** The groups as the office has them now: key → members, in the order of step 1. */
    final Map<String, List<ProposedMember>> planned = new LinkedHashMap<>();
    final Map<String, Set<Expertise>> focusOf = new HashMap<>();
    final Map<String, Long> leaders = new HashMap<>();
    final List<ProposedMember> unplaced = new ArrayList<>();
    final Map<String, PlanCard> cards = new LinkedHashMap<>();

    GroupingView(TopicService topics, GroupService groups) {
        this.topics = topics;
        this.groups = groups;
        addClassName("grouping-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        topic = topics.get(id);
        render();
    }

    private void render() {
        removeAll();
        rows.clear();
        specs.removeAll();
        specs.setPadding(false);
        H2 title = new H2(getTranslation("topics.grouping.title", topic.summary().title()));
        RouterLink back = new RouterLink(getTranslation("topics.grouping.back"), TopicView.class,
                new RouteParameters("id", String.valueOf(topic.summary().id())));

        Set<Expertise> tags = topic.summary().expertise();
        if (tags.isEmpty()) {
            addSpec(getTranslation("topics.grouping.group-n", 1), EnumSet.noneOf(Expertise.class));
        } else {
            // One group per expertise of the topic is the usual way to form them (分类编组).
            tags.stream().sorted().forEach(t -> addSpec(getTranslation(t.messageKey()), EnumSet.of(t)));
        }
        addRow.setText(getTranslation("topics.grouping.add-row"));
        addRow.setIcon(new Icon(VaadinIcon.PLUS));
        addRow.addClickListener(e -> addSpec(getTranslation("topics.grouping.group-n", rows.size() + 1),
                EnumSet.noneOf(Expertise.class)));
        propose.setText(getTranslation("topics.grouping.propose"));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> propose());
        FlexLayout stepOneActions = new FlexLayout(addRow, propose);
        stepOneActions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        stepOneActions.getStyle().set("gap", "var(--lumo-space-s)");

        proposal.setWidthFull();
        proposal.removeAll();
        save.setText(getTranslation("topics.grouping.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        add(back, title, new Paragraph(getTranslation("topics.grouping.hint")),
                new H3(getTranslation("topics.grouping.step1")), specs, stepOneActions, proposal);
    }

    private void addSpec(String name, Set<Expertise> focus) {
        SpecRow row = new SpecRow(name, focus, DEFAULT_SIZE);
        rows.add(row);
        specs.add(row);
    }

    /**
     * Marks names missing, given twice or taken by a group the topic has, and sizes out of range,
     * on their rows; the service would only say that some group has a problem.
     */
    private boolean namesValid() {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        GroupFilter ofTopic = GroupFilter.ofTopic(topic.summary().id());
        Set<String> taken = groups.page(ofTopic, PageRequest.of(0, (int) Math.max(1, groups.count(ofTopic))))
                .stream().map(GroupSummary::name).collect(Collectors.toSet());
        for (SpecRow row : rows) {
            row.name.setInvalid(false);
            row.size.setInvalid(false);
            String name = row.name.getValue().strip();
            if (name.isEmpty()) {
                row.name.setErrorMessage(getTranslation("validation.required"));
                row.name.setInvalid(true);
                ok = false;
            } else if (!seen.add(name)) {
                row.name.setErrorMessage(getTranslation("topics.grouping.name-twice"));
                row.name.setInvalid(true);
                ok = false;
            } else if (taken.contains(name)) {
                row.name.setErrorMessage(getTranslation("group.name.taken"));
                row.name.setInvalid(true);
                ok = false;
            }
            Integer size = row.size.getValue();
            if (size == null || size < 1 || size > GroupService.MAX_GROUP_SIZE) {
                row.size.setErrorMessage(getTranslation("grouping.size-range", 1, GroupService.MAX_GROUP_SIZE));
                row.size.setInvalid(true);
                ok = false;
            }
        }
        return ok;
    }

    void propose() {
        if (!namesValid()) {
            Toasts.error(getTranslation("validation.fix-errors"));
            return;
        }
        List<GroupingAssistant.GroupSpec> wanted = rows.stream()
                .map(r -> new GroupingAssistant.GroupSpec(r.name.getValue().strip(), r.focus.getValue(),
                        r.size.getValue() == null ? 0 : r.size.getValue()))
                .toList();
        GroupingProposal result;
        try {
            result = groups.proposeGrouping(topic.summary().id(), wanted);
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.of()));
            return;
        }
        planned.clear();
        focusOf.clear();
        leaders.clear();
        unplaced.clear();
        result.groups().forEach((key, members) -> planned.put(key, new ArrayList<>(members)));
        wanted.forEach(w -> focusOf.put(w.key(), w.focus()));
        // The most senior member leads by default; the office may pick anyone of the group.
        planned.forEach((key, members) -> members.stream()
                .min(Comparator.comparing(ProposedMember::level, Comparator.nullsLast(Comparator.naturalOrder())))
                .ifPresent(m -> leaders.put(key, m.deputyId())));
        unplaced.addAll(result.unplaced());
        showProposal();
    }

    private void showProposal() {
        proposal.removeAll();
        cards.clear();
        FlexLayout cardList = new FlexLayout();
        cardList.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cardList.getStyle().set("gap", "var(--lumo-space-m)");
        planned.keySet().forEach(key -> {
            PlanCard card = new PlanCard(key);
            card.getStyle().set("flex", "1 1 28em");
            cards.put(key, card);
            cardList.add(card);
        });

        unplacedGrid.removeAllColumns();
        unplacedGrid.setAriaLabel(getTranslation("topics.grouping.unplaced"));
        unplacedGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        personColumns(unplacedGrid);
        unplacedGrid.addComponentColumn(this::placeChoice).setHeader(getTranslation("topics.grouping.place"))
                .setAutoWidth(true);
        unplacedGrid.setEmptyStateText(getTranslation("topics.grouping.unplaced.empty"));
        unplacedGrid.setHeight("24em");
        unplacedFilter.setLabel(getTranslation("topics.grouping.unplaced.search"));
        unplacedFilter.setClearButtonVisible(true);
        unplacedFilter.setValueChangeMode(ValueChangeMode.LAZY);
        unplacedFilter.addValueChangeListener(e -> refreshUnplaced());

        proposal.add(new H3(getTranslation("topics.grouping.step2")), cardList,
                new H3(getTranslation("topics.grouping.unplaced")), unplacedFilter, unplacedGrid, save);
        refreshAll();
    }

    private ComboBox<String> placeChoice(ProposedMember m) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setAriaLabel(getTranslation("topics.grouping.place.for", m.name()));
        choice.setPlaceholder(getTranslation("topics.grouping.place.placeholder"));
        choice.setItems(List.copyOf(planned.keySet()));
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                place(m, e.getValue());
            }
        });
        return choice;
    }

    private void personColumns(Grid<ProposedMember> grid) {
        grid.addColumn(ProposedMember::name).setHeader(getTranslation("topics.grouping.person")).setAutoWidth(true);
        grid.addColumn(m -> m.level() == null ? getTranslation("common.none") : getTranslation(m.level().messageKey()))
                .setHeader(getTranslation("topics.grouping.level")).setAutoWidth(true);
        grid.addColumn(m -> m.streetName() == null ? getTranslation("common.none") : m.streetName())
                .setHeader(getTranslation("deputies.street")).setAutoWidth(true);
        grid.addColumn(m -> TopicTexts.expertise(this, m.expertise())).setHeader(getTranslation("deputy.expertise"))
                .setFlexGrow(1);
    }

    /** Moves a placed person to another group. */
    void move(ProposedMember m, String toKey) {
        planned.values().forEach(list -> list.remove(m));
        planned.get(toKey).add(m);
        refreshAll();
    }

    /** Takes a person out of his group; he waits among the unplaced. */
    void unplace(ProposedMember m) {
        planned.values().forEach(list -> list.remove(m));
        unplaced.addFirst(m);
        refreshAll();
    }

    /** Puts an unplaced person into a group. */
    void place(ProposedMember m, String toKey) {
        unplaced.remove(m);
        planned.get(toKey).add(m);
        refreshAll();
    }

    private void refreshAll() {
        cards.values().forEach(PlanCard::refresh);
        refreshUnplaced();
    }

    private void refreshUnplaced() {
        String q = unplacedFilter.getValue() == null ? "" : unplacedFilter.getValue().strip();
        unplacedGrid.setItems(q.isEmpty() ? List.copyOf(unplaced)
                : unplaced.stream().filter(m -> m.name().contains(q)
                || m.streetName() != null && m.streetName().contains(q)).toList());
    }

    void save() {
        List<PlannedGroup> result = planned.entrySet().stream()
                .map(e -> new PlannedGroup(e.getKey(), null, focusOf.get(e.getKey()), leaders.get(e.getKey()),
                        e.getValue().stream().map(ProposedMember::deputyId).toList()))
                .toList();
        try {
            List<Long> ids = groups.applyGrouping(topic.summary().id(), result);
            Toasts.success(getTranslation("topics.grouping.saved", ids.size()));
            getUI().ifPresent(ui -> ui.navigate(TopicView.class,
                    new RouteParameters("id", String.valueOf(topic.summary().id()))));
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.of()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topics.grouping.title", topic == null ? "" : topic.summary().title())
                + " · " + getTranslation("app.name");
    }
}
