package cn.silian.meetings.ui;

import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.Conflict;
import cn.silian.meetings.InvitationRow;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingSummary;
import cn.silian.meetings.MinutesService;
import cn.silian.meetings.Rsvp;
import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.StationService;
import cn.silian.streets.StreetService;
import cn.silian.topics.GroupService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One meeting: its facts and agenda for everyone who may see it; the lifecycle buttons, the
 * invitation list, attendance and minutes for its managers; the answer buttons for an invitee.
 */
@Route("meetings/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MeetingService meetings;
    private final transient InvitationService invitations;
    private final transient MinutesService minutes;
    private final transient DeputyService deputies;
    private final transient GroupService groups;
    private final transient StationService stations;
    private final transient StreetService streets;
    private final transient cn.silian.calendar.CalendarService calendar;
    private final boolean staff;
    long id;
    MeetingDetails details;
    List<Details> sections = new ArrayList<>();
    final Button edit = new Button();
    final Button announce = new Button();
    final Button markHeld = new Button();
    final Button cancelMeeting = new Button();
    final Button invite = new Button();
    final Anchor ics = new Anchor();
    final Button attend = new Button();
    final Button decline = new Button();
    final Button delegate = new Button();
    final Span answer = new Span();
    final Div invitee = new Div();
    final Div conflicts = new Div();
    final Grid<InvitationRow> invited = new Grid<>();
    OrderedList agenda;
    InviteDialog inviteDialog;

    MeetingView(MeetingService meetings, InvitationService invitations, MinutesService minutes, DeputyService deputies,
                GroupService groups, StationService stations, StreetService streets, CurrentUser currentUser,
                cn.silian.calendar.CalendarService calendar) {
        this.calendar = calendar;
        this.meetings = meetings;
        this.invitations = invitations;
        this.minutes = minutes;
        this.deputies = deputies;
        this.groups = groups;
        this.stations = stations;
        this.streets = streets;
        SilianUser me = currentUser.require();
        this.staff = me.isOfficeOrAdmin() || me.is(Role.STREET_STAFF);
        addClassName("meeting-view");
        setWidthFull();

        edit.setText(getTranslation("common.edit"));
        edit.setIcon(new Icon(VaadinIcon.EDIT));
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingEditView.class,
                new RouteParameters("id", String.valueOf(id)))));
        announce.setText(getTranslation("meeting.announce"));
        announce.setIcon(new Icon(VaadinIcon.MEGAPHONE));
        announce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        announce.addClickListener(e -> confirmAnnounce());
        markHeld.setText(getTranslation("meeting.mark-held"));
        markHeld.setIcon(new Icon(VaadinIcon.CHECK_CIRCLE));
        markHeld.addClickListener(e -> attempt(() -> meetings.markHeld(id, details.version()), "meeting.held.done", null));
        cancelMeeting.setText(getTranslation("meeting.cancel"));
        cancelMeeting.setIcon(new Icon(VaadinIcon.BAN));
        cancelMeeting.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelMeeting.addClickListener(e -> openCancel());
        invite.setText(getTranslation("meeting.invite"));
        invite.setIcon(new Icon(VaadinIcon.USERS));
        invite.addClickListener(e -> {
            inviteDialog = new InviteDialog(invitations, meetings, deputies, groups, stations, streets, staff, details, this::reload);
            inviteDialog.open();
        });
        ics.setText(getTranslation("meeting.ics"));
        ics.getElement().setAttribute("download", true);
        ics.addClassName("ics-link");
        ics.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = cn.silian.calendar.Ics.single(meetings.calendarEntry(details.summary().id()), calendar.baseUrl())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "meeting-" + details.summary().id() + ".ics",
                    cn.silian.calendar.Ics.CONTENT_TYPE, bytes.length);
        }));
        attend.setText(getTranslation("meeting.rsvp.attend"));
        attend.setIcon(new Icon(VaadinIcon.CHECK));
        attend.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        attend.addClickListener(e -> attempt(() -> invitations.respond(id, details.rights().invitation().version(),
                Rsvp.ACCEPTED, null, null), "meeting.rsvp.saved", null));
        decline.setText(getTranslation("meeting.rsvp.decline"));
        decline.setIcon(new Icon(VaadinIcon.CLOSE));
        decline.addClickListener(e -> openAnswer(Rsvp.DECLINED));
        delegate.setText(getTranslation("meeting.rsvp.delegate"));
        delegate.setIcon(new Icon(VaadinIcon.USER_CHECK));
        delegate.addClickListener(e -> openAnswer(Rsvp.DELEGATE));
        answer.addClassName("my-answer");
        answer.getElement().setAttribute("aria-live", "polite");
        invitee.addClassName("invitee-panel");
        conflicts.addClassName("conflicts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        reload();
    }

    /** Reads the meeting again and redraws the page: status, rights and versions change with every action. */
    void reload() {
        details = meetings.get(id);
        render();
    }

    private void render() {
        removeAll();
        sections = new ArrayList<>();
        MeetingSummary s = details.summary();
        boolean manage = details.rights().manage();
        MeetingStatus status = s.status();
        boolean started = !s.startsAt().isAfter(LocalDateTime.now(cn.silian.shared.Formats.ZONE));

        H2 title = new H2(s.title());
        HorizontalLayout header = new HorizontalLayout(title, MeetingTexts.status(this, status));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        add(new RouterLink(getTranslation("meeting.back"), MeetingListView.class), header);

        if (status == MeetingStatus.CANCELLED && details.cancelReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("meeting.cancelled.reason", details.cancelReason()));
            reason.addClassName("cancel-reason");
            add(reason);
        }
        add(facts());

        edit.setVisible(manage && status != MeetingStatus.CANCELLED && status != MeetingStatus.MINUTES_PUBLISHED);
        announce.setVisible(manage && status == MeetingStatus.DRAFT);
        markHeld.setVisible(manage && status == MeetingStatus.ANNOUNCED && started);
        cancelMeeting.setVisible(manage && (status == MeetingStatus.DRAFT || status == MeetingStatus.ANNOUNCED));
        invite.setVisible(manage && status != MeetingStatus.CANCELLED && status != MeetingStatus.MINUTES_PUBLISHED);
        // The meeting's materials live in the documents module: a link, not a dependency.
        Anchor materials = new Anchor("documents/meeting/" + details.summary().id(), getTranslation("meeting.documents"));
        materials.addClassName("documents-link");
        materials.addComponentAsFirst(new Icon(VaadinIcon.FOLDER_OPEN));
        materials.setVisible(manage || details.rights().invited());
        // What a research visit heard becomes a public opinion in the opinions module: a link, not a dependency.
        Anchor opinion = new Anchor("opinions/new/visit/" + details.summary().id(), getTranslation("opinion.link.make"));
        opinion.addClassName("opinion-link");
        opinion.addComponentAsFirst(new Icon(VaadinIcon.COMMENT_ELLIPSIS_O));
        opinion.setVisible(details.summary().kind() == MeetingKind.VISIT && status != MeetingStatus.CANCELLED
                && (manage || details.rights().invited()));
        FlexLayout actions = new FlexLayout(edit, announce, markHeld, invite, cancelMeeting, ics, materials, opinion);
        actions.addClassName("actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(actions);

        renderConflicts(manage, status);
        if (details.rights().invitation() != null) {
            renderInvitee(status, started);
            add(invitee);
        }

        H3 agendaHeading = new H3(getTranslation("meeting.agenda"));
        agenda = new OrderedList();
        agenda.addClassName("agenda");
        for (AgendaLine line : details.agenda()) {
            agenda.add(new ListItem(agendaText(line)));
        }
        add(agendaHeading);
        add(details.agenda().isEmpty() ? new Paragraph(getTranslation("meeting.agenda.none")) : agenda);

        if (manage) {
            section("meeting.section.invitations", invitationList());
        }
        if (manage && status.announced() && status != MeetingStatus.CANCELLED) {
            section("meeting.section.attendance", new AttendanceSection(invitations, details, this::reload));
        }
        boolean minutesTime = (status == MeetingStatus.ANNOUNCED && started) || status == MeetingStatus.HELD
                || status == MeetingStatus.MINUTES_PUBLISHED;
        if ((manage && minutesTime) || details.minutesPublishedAt() != null) {
            section("meeting.section.minutes", new MinutesSection(minutes, invitations, details, this::reload));
        }
    }

    private DescriptionList facts() {
        MeetingSummary s = details.summary();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "meeting.kind", text(getTranslation(s.kind().messageKey())));
        fact(facts, "meeting.when", text(MeetingTexts.when(s.startsAt(), s.endsAt())));
        String place = placeOf(details);
        if (place != null) {
            fact(facts, "meeting.place", text(place));
        }
        if (details.stationId() != null && staff) {
            fact(facts, "meeting.station", new Anchor("stations/" + details.stationId(), name(() ->
                    stations.get(details.stationId()).summary().name(), details.stationId())));
        }
        if (details.groupId() != null) {
            fact(facts, "meeting.group", new Anchor("groups/" + details.groupId(), name(() ->
                    groups.get(details.groupId()).summary().name(), details.groupId())));
        }
        if (details.onlineLink() != null) {
            Anchor link = new Anchor(details.onlineLink(), details.onlineLink(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            fact(facts, "meeting.online-link", link);
        }
        fact(facts, "meeting.organiser", text(PersonNames.withRole(this, details.organiser())));
        fact(facts, "meeting.closed", text(getTranslation(s.closed() ? "meeting.closed.yes" : "meeting.closed.no")));
        if (details.description() != null && !details.description().isBlank()) {
            Span description = new Span(details.description());
            description.getStyle().set("white-space", "pre-line");
            fact(facts, "meeting.description", description);
        }
        fact(facts, "meeting.answers", text(getTranslation("meeting.answers.value", s.invited(), s.accepted(), s.declined())));
        return facts;
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(new Span(getTranslation(key))), new DescriptionList.Description(value));
    }

    private Span text(String value) {
        return new Span(value == null || value.isBlank() ? getTranslation("common.none") : value);
    }

    /** The place as entered: the summary shows the online link where there is no room. */
    private static String placeOf(MeetingDetails d) {
        String place = d.summary().place();
        if (place == null || place.isBlank() || place.equals(d.onlineLink())) {
            return null;
        }
        return place;
    }

    private String name(Supplier<String> lookup, Long fallback) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            return String.valueOf(fallback);
        }
    }

    private String agendaText(AgendaLine line) {
        StringBuilder text = new StringBuilder(line.title());
        if (line.presenter() != null && !line.presenter().isBlank()) {
            text.append(getTranslation("meeting.agenda.by", line.presenter()));
        }
        if (line.minutes() != null) {
            text.append(getTranslation("meeting.agenda.length", line.minutes()));
        }
        return text.toString();
    }

    private void renderConflicts(boolean manage, MeetingStatus status) {
        conflicts.removeAll();
        MeetingSummary s = details.summary();
        List<Conflict> found = List.of();
        if (status == MeetingStatus.DRAFT || status == MeetingStatus.ANNOUNCED) {
            if (manage) {
                found = meetings.conflicts(id, s.startsAt(), s.endsAt(), placeOf(details), List.of());
            } else if (details.rights().invitation() != null) {
                found = meetings.myConflicts().stream()
                        .filter(c -> c.startsAt().isBefore(s.endsAt()) && c.endsAt().isAfter(s.startsAt()))
                        .filter(c -> s.title().equals(c.name()) || s.title().equals(c.what()))
                        .toList();
            }
        }
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        if (manage) {
            found.forEach(c -> list.add(new ListItem(MeetingTexts.conflict(this, c))));
        } else {
            found.forEach(c -> list.add(new ListItem(getTranslation("meeting.my-conflict",
                    s.title().equals(c.name()) ? c.what() : c.name(), MeetingTexts.when(c.startsAt(), c.endsAt())))));
        }
        H3 heading = new H3(getTranslation(manage ? "meeting.conflicts.title" : "meeting.my-conflicts", found.size()));
        heading.addComponentAsFirst(new Icon(VaadinIcon.WARNING));
        conflicts.add(heading, list);
        add(conflicts);
    }

    private void renderInvitee(MeetingStatus status, boolean started) {
        InvitationRow mine = details.rights().invitation();
        invitee.removeAll();
        String given = getTranslation(mine.rsvp().messageKey());
        if (mine.rsvp() == Rsvp.DECLINED && mine.rsvpReason() != null) {
            given = getTranslation("meeting.rsvp.declined-because", given, mine.rsvpReason());
        } else if (mine.rsvp() == Rsvp.DELEGATE && mine.delegateName() != null) {
            given = getTranslation("meeting.rsvp.delegate-named", given, mine.delegateName());
        }
        answer.setText(getTranslation("meeting.rsvp.mine", given));
        boolean open = status == MeetingStatus.ANNOUNCED && !started;
        attend.setVisible(open && mine.rsvp() != Rsvp.ACCEPTED);
        decline.setVisible(open && mine.rsvp() != Rsvp.DECLINED);
        delegate.setVisible(open && details.delegatesAllowed());
        FlexLayout buttons = new FlexLayout(attend, decline, delegate);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        invitee.add(new H3(getTranslation("meeting.rsvp.title")), answer, buttons);
    }

    private Component invitationList() {
        invited.setAriaLabel(getTranslation("meeting.section.invitations"));
        invited.removeAllColumns();
        invited.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        invited.addColumn(InvitationRow::name).setHeader(getTranslation("deputy.name")).setAutoWidth(true);
        invited.addColumn(r -> r.level() == null ? "" : getTranslation(r.level().messageKey()))
                .setHeader(getTranslation("meeting.level")).setAutoWidth(true);
        invited.addColumn(InvitationRow::streetName).setHeader(getTranslation("deputies.street")).setAutoWidth(true);
        invited.addColumn(r -> getTranslation(r.rsvp().messageKey())).setHeader(getTranslation("meeting.answer")).setAutoWidth(true);
        invited.addColumn(r -> r.rsvp() == Rsvp.DELEGATE ? nullToEmpty(r.delegateName()) : nullToEmpty(r.rsvpReason()))
                .setHeader(getTranslation("meeting.answer.note")).setFlexGrow(1);
        MeetingStatus status = details.summary().status();
        if (status == MeetingStatus.DRAFT || status == MeetingStatus.ANNOUNCED) {
            invited.addComponentColumn(r -> {
                Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("meeting.uninvite", r.name()));
                remove.addClickListener(e -> attempt(() -> {
                    invitations.uninvite(id, r.deputyId());
                    return 0L;
                }, "meeting.uninvited", null));
                return remove;
            }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        List<InvitationRow> rows = invitations.invitations(id);
        invited.setItems(rows);
        invited.setEmptyStateText(getTranslation("meeting.invitations.empty"));
        invited.setAllRowsVisible(rows.size() <= 20);
        if (rows.size() > 20) {
            invited.setHeight("30em");
        }
        return invited;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void section(String key, Component content) {
        Details section = new Details(getTranslation(key), content);
        section.setOpened(true);
        section.setWidthFull();
        section.addClassName("meeting-section");
        sections.add(section);
        add(section);
    }

    private void confirmAnnounce() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("meeting.announce.title"));
        dialog.setText(getTranslation("meeting.announce.message", details.summary().invited()));
        dialog.setConfirmText(getTranslation("meeting.announce"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addConfirmListener(e -> attempt(() -> meetings.announce(id, details.version()), "meeting.announced", null));
        dialog.open();
    }

    private void openCancel() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.cancel.title"));
        TextArea reason = new TextArea(getTranslation("meeting.cancel.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(MeetingService.REASON_MAX);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("meeting.cancel"), e -> {
            if (attempt(() -> meetings.cancel(id, details.version(), reason.getValue()), "meeting.cancelled",
                    Map.of("reason", reason))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void openAnswer(Rsvp rsvp) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(rsvp == Rsvp.DECLINED ? "meeting.rsvp.decline" : "meeting.rsvp.delegate"));
        TextArea reason = new TextArea(getTranslation("meeting.rsvp.reason"));
        reason.setMaxLength(MeetingService.REASON_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(rsvp == Rsvp.DECLINED);
        TextField name = new TextField(getTranslation("meeting.rsvp.delegate-name"));
        name.setMaxLength(InvitationService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setVisible(rsvp == Rsvp.DELEGATE);
        Button confirm = new Button(getTranslation("common.save"), e -> {
            if (attempt(() -> invitations.respond(id, details.rights().invitation().version(), rsvp, reason.getValue(),
                    rsvp == Rsvp.DELEGATE ? name.getValue() : null), "meeting.rsvp.saved",
                    Map.of("reason", reason, "delegateName", name))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, reason));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a service call, says how it went, and redraws the page when it worked. */
    private boolean attempt(Supplier<Long> call, String successKey, Map<String, ? extends HasValidation> fields) {
        try {
            call.get();
            Toasts.success(getTranslation(successKey));
            reload();
            return true;
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields == null ? Map.of() : fields));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("meetings.title") : details.summary().title()) + " · " + getTranslation("app.name");
    }
}
