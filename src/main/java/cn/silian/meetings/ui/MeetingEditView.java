package cn.silian.meetings.ui;

import cn.silian.meetings.Conflict;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Creates or edits a meeting with its agenda. Every role may open the form; the service decides
 * who may organise which meeting, and a meeting the caller does not manage shows the access-denied page.
 * Clashes with other meetings, duty shifts and the room are listed as the times change.
 */
@Route("meetings/:id(\\d+)/edit")
@RouteAlias("meetings/new")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class MeetingEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final RadioButtonGroup<MeetingKind> kind = new RadioButtonGroup<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final TextField place = new TextField();
    final ComboBox<Choice> station = new ComboBox<>();
    final ComboBox<Choice> group = new ComboBox<>();
    final TextField onlineLink = new TextField();
    final TextArea description = new TextArea();
    final Checkbox closed = new Checkbox();
    final Checkbox delegatesAllowed = new Checkbox();
    final AgendaEditor agenda = new AgendaEditor();
    final Div conflicts = new Div();
    final UnorderedList conflictList = new UnorderedList();
    final Button save = new Button();
    final Button cancel = new Button();

    private final transient MeetingService meetings;
    private final transient StationService stations;
    private final transient GroupService groups;
    private final boolean staff;
    private final H2 heading = new H2();
    Long id;
    private long version;
    List<Conflict> found = List.of();

    MeetingEditView(MeetingService meetings, StationService stations, GroupService groups, CurrentUser currentUser) {
        this.meetings = meetings;
        this.stations = stations;
        this.groups = groups;
        SilianUser me = currentUser.require();
        this.staff = me.isOfficeOrAdmin() || me.is(Role.STREET_STAFF);
        addClassName("meeting-edit-view");

        title.setLabel(getTranslation("meeting.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(MeetingService.TITLE_MAX);
        kind.setLabel(getTranslation("meeting.kind"));
        // Only the kinds the caller may organise; the service checks again on save.
        kind.setItems(me.isOfficeOrAdmin() ? List.of(MeetingKind.values())
                : me.is(Role.STREET_STAFF) ? List.of(MeetingKind.STATION) : List.of(MeetingKind.GROUP));
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        startsAt.setLabel(getTranslation("meeting.starts-at"));
        // No required indicator: on the date-time picker it becomes an aria-required on an element
        // without a role, which screen readers cannot use (axe: aria-allowed-attr). The service says it.
        startsAt.setStep(Duration.ofMinutes(15));
        ComponentTexts.localize(startsAt);
        endsAt.setLabel(getTranslation("meeting.ends-at"));
        endsAt.setStep(Duration.ofMinutes(15));
        ComponentTexts.localize(endsAt);
        place.setLabel(getTranslation("meeting.place"));
        place.setMaxLength(MeetingService.PLACE_MAX);
        place.setHelperText(getTranslation("meeting.place.helper"));
        station.setLabel(getTranslation("meeting.station"));
        station.setItemLabelGenerator(Choice::label);
        station.setClearButtonVisible(true);
        if (staff) {
            station.setItems(query -> stations.page(new StationFilter(query.getFilter().orElse(""), null, null, null, null),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream().map(s -> new Choice(s.id(), s.name())));
        }
        station.addValueChangeListener(e -> {
            // A station meeting is usually held at the station: its name is a sensible place.
            if (e.isFromClient() && e.getValue() != null && place.isEmpty()) {
                place.setValue(e.getValue().label());
            }
        });
        group.setLabel(getTranslation("meeting.group"));
        group.setItemLabelGenerator(Choice::label);
        group.setClearButtonVisible(true);
        GroupFilter groupFilter = me.isOfficeOrAdmin() ? GroupFilter.none() : GroupFilter.onlyMine();
        group.setItems(query -> groups.page(new GroupFilter(null, null, null, null, null, null, query.getFilter().orElse(""),
                        groupFilter.mine()), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream().map(g -> new Choice(g.id(), g.name())));
        onlineLink.setLabel(getTranslation("meeting.online-link"));
        onlineLink.setMaxLength(MeetingService.LINK_MAX);
        onlineLink.setPlaceholder("https://");
        description.setLabel(getTranslation("meeting.description"));
        description.setMaxLength(MeetingService.TEXT_MAX);
        closed.setLabel(getTranslation("meeting.closed.label"));
        delegatesAllowed.setLabel(getTranslation("meeting.delegates-allowed"));
        kind.addValueChangeListener(e -> showKindFields());

        FormLayout form = new FormLayout(title, kind, startsAt, endsAt, place, station, group, onlineLink, description,
                closed, delegatesAllowed);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(kind, 2);
        form.setColspan(description, 2);

        conflicts.addClassName("conflicts");
        conflicts.getElement().setAttribute("aria-live", "polite");
        startsAt.addValueChangeListener(e -> {
            if (e.getValue() != null && (endsAt.isEmpty() || !endsAt.getValue().isAfter(e.getValue()))) {
                endsAt.setValue(e.getValue().plusHours(2));
            }
            checkConflicts();
        });
        endsAt.addValueChangeListener(e -> checkConflicts());
        place.addValueChangeListener(e -> checkConflicts());

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setIcon(new Icon(VaadinIcon.CHECK));
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> leave());
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.addClassName("form-buttons");

        add(heading, form, agenda, conflicts, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        MeetingDraft draft;
        if (id == null) {
            draft = new MeetingDraft();
            if (!kind.getListDataView().getItems().toList().contains(draft.getKind())) {
                draft.setKind(kind.getListDataView().getItems().findFirst().orElse(null));
            }
            heading.setText(getTranslation("meetings.new"));
        } else {
            // A meeting the caller may not change throws here: the router shows the access-denied page.
            // Values and version come from one read, so a save made meanwhile by someone else is not overwritten.
            Edit<MeetingDraft> edit = meetings.edit(id);
            draft = edit.draft();
            version = edit.version();
            heading.setText(getTranslation("meeting.edit.title", draft.getTitle()));
        }
        read(draft);
        checkConflicts();
    }

    private void read(MeetingDraft d) {
        title.setValue(d.getTitle() == null ? "" : d.getTitle());
        if (d.getKind() != null && !kind.getListDataView().getItems().toList().contains(d.getKind())) {
            kind.setItems(d.getKind());
        }
        kind.setValue(d.getKind());
        startsAt.setValue(d.getStartsAt());
        endsAt.setValue(d.getEndsAt());
        place.setValue(d.getPlace() == null ? "" : d.getPlace());
        if (d.getStationId() != null) {
            station.setValue(new Choice(d.getStationId(), stationName(d.getStationId())));
        }
        if (d.getGroupId() != null) {
            group.setValue(new Choice(d.getGroupId(), groupName(d.getGroupId())));
        }
        onlineLink.setValue(d.getOnlineLink() == null ? "" : d.getOnlineLink());
        description.setValue(d.getDescription() == null ? "" : d.getDescription());
        closed.setValue(d.isClosed());
        delegatesAllowed.setValue(d.isDelegatesAllowed());
        agenda.setValue(d.getAgenda());
        showKindFields();
    }

    private String stationName(long stationId) {
        try {
            return stations.get(stationId).summary().name();
        } catch (RuntimeException e) {
            return String.valueOf(stationId);
        }
    }

    private String groupName(long groupId) {
        try {
            return groups.get(groupId).summary().name();
        } catch (RuntimeException e) {
            return String.valueOf(groupId);
        }
    }

    private void showKindFields() {
        station.setVisible(staff && kind.getValue() == MeetingKind.STATION);
        group.setVisible(kind.getValue() == MeetingKind.GROUP);
    }

    MeetingDraft draft() {
        MeetingDraft d = new MeetingDraft();
        d.setTitle(title.getValue());
        d.setKind(kind.getValue());
        d.setStartsAt(startsAt.getValue());
        d.setEndsAt(endsAt.getValue());
        d.setPlace(place.getValue().isBlank() ? null : place.getValue());
        d.setStationId(kind.getValue() == MeetingKind.STATION && station.getValue() != null ? station.getValue().id() : null);
        d.setGroupId(kind.getValue() == MeetingKind.GROUP && group.getValue() != null ? group.getValue().id() : null);
        d.setOnlineLink(onlineLink.getValue().isBlank() ? null : onlineLink.getValue());
        d.setDescription(description.getValue().isBlank() ? null : description.getValue());
        d.setClosed(closed.getValue());
        d.setDelegatesAllowed(delegatesAllowed.getValue());
        d.setAgenda(agenda.getValue());
        return d;
    }

    /** Lists who or what clashes with the planned time; the organiser may still save. */
    void checkConflicts() {
        conflicts.removeAll();
        conflictList.removeAll();
        found = meetings.conflicts(id, startsAt.getValue(), endsAt.getValue(), place.getValue(), List.of());
        if (found.isEmpty()) {
            conflicts.setVisible(false);
            return;
        }
        found.forEach(c -> conflictList.add(new ListItem(MeetingTexts.conflict(this, c))));
        H3 warning = new H3(getTranslation("meeting.conflicts.title", found.size()));
        warning.addComponentAsFirst(new Icon(VaadinIcon.WARNING));
        conflicts.add(warning, new com.vaadin.flow.component.html.Paragraph(getTranslation("meeting.conflicts.hint")),
                conflictList);
        conflicts.setVisible(true);
    }

    void save() {
        fields().values().forEach(f -> f.setInvalid(false));
        MeetingDraft draft = draft();
        try {
            if (id == null) {
                id = meetings.create(draft);
            } else {
                version = meetings.update(id, version, draft);
            }
            Toasts.success(getTranslation("meeting.saved", draft.getTitle()));
            getUI().ifPresent(ui -> ui.navigate(MeetingView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields()));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        } catch (AccessDeniedException e) {
            Toasts.error(getTranslation("meeting.may-not-organise"));
        }
    }

    private void leave() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(MeetingListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(MeetingView.class, new RouteParameters("id", String.valueOf(id))));
        }
    }

    Map<String, HasValidation> fields() {
        return Map.of("title", title, "kind", kind, "startsAt", startsAt, "endsAt", endsAt, "place", place,
                "onlineLink", onlineLink, "description", description, "stationId", station, "groupId", group,
                "agenda", agenda);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
