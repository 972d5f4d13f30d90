package cn.silian.meetings.ui;

import cn.silian.meetings.ActionRow;
import cn.silian.meetings.InvitationRow;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MinutesService;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The minutes of a meeting. Its organiser and the office write them once it has started, give
 * follow-up actions to invitees and publish them once; then, and only then, everyone who sees the
 * meeting reads them, and each assignee marks his own action done.
 */
class MinutesSection extends VerticalLayout {

    final TextArea minutesText = new TextArea();
    final TextArea decisionsText = new TextArea();
    final Button save = new Button();
    final Button addAction = new Button();
    final Button publish = new Button();
    final Grid<ActionRow> actions = new Grid<>();

    private final transient MinutesService minutes;
    private final transient InvitationService invitations;
    private final MeetingDetails details;
    private final Runnable reload;
    private final long meetingId;
    private final boolean editable;

    MinutesSection(MinutesService minutes, InvitationService invitations, MeetingDetails details, Runnable reload) {
        this.minutes = minutes;
        this.invitations = invitations;
        this.details = details;
        this.reload = reload;
        this.meetingId = details.summary().id();
        addClassName("minutes-section");
        setPadding(false);
        MeetingStatus status = details.summary().status();
        boolean published = status == MeetingStatus.MINUTES_PUBLISHED;
        boolean started = !details.summary().startsAt().isAfter(LocalDateTime.now(Formats.ZONE));
        this.editable = details.rights().manage() && !published
                && (status == MeetingStatus.HELD || status == MeetingStatus.ANNOUNCED && started);

        add(new H3(getTranslation("meeting.minutes.section")));
        if (editable) {
            editor();
        } else if (published || details.minutes() != null) {
            readOnly();
        } else {
            add(new Paragraph(getTranslation(details.rights().manage() && status != MeetingStatus.CANCELLED
                    ? "meeting.minutes.after-start" : "meeting.minutes.not-yet")));
            return;
        }
        actionsGrid();
    }

    private void editor() {
        minutesText.setLabel(getTranslation("meeting.minutes.text"));
        minutesText.setMaxLength(MinutesService.MINUTES_MAX);
        minutesText.setValue(details.minutes() == null ? "" : details.minutes());
        minutesText.setWidthFull();
        minutesText.setMinHeight("12em");
        decisionsText.setLabel(getTranslation("meeting.minutes.decisions"));
        decisionsText.setMaxLength(MinutesService.DECISIONS_MAX);
        decisionsText.setValue(details.decisions() == null ? "" : details.decisions());
        decisionsText.setWidthFull();
        decisionsText.setMinHeight("6em");
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setText(getTranslation("meeting.minutes.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> confirmPublish());
        FlexLayout buttons = new FlexLayout(save, publish);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        add(minutesText, decisionsText, buttons);
    }

    private void readOnly() {
        add(new H4(getTranslation("meeting.minutes.text")), text(details.minutes()),
                new H4(getTranslation("meeting.minutes.decisions")), text(details.decisions()));
    }

    private Component text(String value) {
        Div div = new Div();
        div.addClassName("minutes-text");
        div.getStyle().set("white-space", "pre-line");
        div.setText(value == null || value.isBlank() ? getTranslation("common.none") : value);
        return div;
    }

    private void actionsGrid() {
        add(new H4(getTranslation("meeting.actions.section")));
        Long me = details.rights().invitation() == null ? null : details.rights().invitation().deputyId();
        actions.setAriaLabel(getTranslation("meeting.actions.section"));
        actions.addThemeVariants(GridVariant.LUMO_COMPACT);
        actions.setAllRowsVisible(true);
        actions.addColumn(ActionRow::title).setHeader(getTranslation("meeting.action.title")).setFlexGrow(1);
        actions.addColumn(a -> a.assigneeName() == null ? "" : a.assigneeName())
                .setHeader(getTranslation("meeting.action.assignee")).setAutoWidth(true);
        actions.addColumn(a -> a.dueOn() == null ? getTranslation("common.none") : DayTexts.date(a.dueOn()))
                .setHeader(getTranslation("meeting.action.due")).setAutoWidth(true);
        actions.addComponentColumn(a -> done(a, me)).setHeader(getTranslation("meeting.action.done")).setAutoWidth(true);
        if (editable) {
            actions.addComponentColumn(a -> {
                Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> remove(a));
                remove.setAriaLabel(getTranslation("meeting.action.remove.of", a.title()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            addAction.setText(getTranslation("meeting.action.add"));
            addAction.setIcon(new Icon(VaadinIcon.PLUS));
            addAction.addClickListener(e -> actionDialog().open());
        }
        actions.setEmptyStateText(getTranslation("meeting.actions.none"));
        add(actions);
        if (editable) {
            add(addAction);
        }
        actions.setItems(minutes.actions(meetingId));
    }

    /** The assignee (and the organiser) tick an action off once minutes are out; others read the date. */
    private Component done(ActionRow a, Long me) {
        boolean mayTick = details.summary().status() == MeetingStatus.MINUTES_PUBLISHED
                && (details.rights().manage() || Objects.equals(me, a.assigneeId()));
        if (!mayTick) {
            return new Div(a.doneOn() == null ? getTranslation("meeting.action.open") : DayTexts.date(a.doneOn()));
        }
        Checkbox box = new Checkbox(a.doneOn() == null ? getTranslation("meeting.action.open") : DayTexts.date(a.doneOn()),
                a.doneOn() != null);
        box.setAriaLabel(getTranslation("meeting.action.done.of", a.title()));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                minutes.setActionDone(a.id(), a.version(), e.getValue());
            } catch (ConcurrentEditException ex) {
                Toasts.error(getTranslation("error.concurrent-edit"));
            }
            actions.setItems(minutes.actions(meetingId));
        });
        return box;
    }

    void save() {
        minutesText.setInvalid(false);
        decisionsText.setInvalid(false);
        try {
            minutes.saveMinutes(meetingId, details.version(), minutesText.getValue(), decisionsText.getValue());
            Toasts.success(getTranslation("meeting.minutes.saved"));
            reload.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.of("minutes", minutesText, "decisions", decisionsText)));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("meeting.minutes.publish"));
        confirm.setText(getTranslation("meeting.minutes.publish.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("meeting.minutes.publish"));
        confirm.addConfirmListener(e -> publishNow());
        confirm.open();
    }

    void publishNow() {
        if (!Objects.equals(minutesText.getValue(), details.minutes() == null ? "" : details.minutes())
                || !Objects.equals(decisionsText.getValue(), details.decisions() == null ? "" : details.decisions())) {
            // publishing what is on the screen, not an older saved text
            Toasts.error(getTranslation("meeting.minutes.save-first"));
            return;
        }
        try {
            minutes.publish(meetingId, details.version());
            Toasts.success(getTranslation("meeting.minutes.published"));
            reload.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.of("minutes", minutesText, "decisions", decisionsText)));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private void remove(ActionRow a) {
        try {
            minutes.removeAction(a.id());
            Toasts.success(getTranslation("meeting.action.removed"));
        } catch (InvalidInputException e) {
            Toasts.error(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args()));
        }
        actions.setItems(minutes.actions(meetingId));
    }

    Dialog actionDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.action.add"));
        TextField title = new TextField(getTranslation("meeting.action.title"));
        title.setMaxLength(MinutesService.ACTION_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        ComboBox<InvitationRow> assignee = new ComboBox<>(getTranslation("meeting.action.assignee"));
        List<InvitationRow> invitees = invitations.invitations(meetingId);
        assignee.setItems(invitees);
        assignee.setItemLabelGenerator(r -> r.level() == null ? r.name()
                : getTranslation("meeting.action.assignee.line", r.name(), getTranslation(r.level().messageKey())));
        assignee.setRequiredIndicatorVisible(true);
        assignee.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("meeting.action.due"));
        ComponentTexts.localize(due);
        due.setMin(LocalDate.now(Formats.ZONE));
        FormLayout form = new FormLayout(title, assignee, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("min(30em, 85vw)");
        Button ok = new Button(getTranslation("meeting.action.add"), e -> {
            try {
                minutes.addAction(meetingId, title.getValue(), assignee.getValue() == null ? null : assignee.getValue().deputyId(),
                        due.getValue());
                Toasts.success(getTranslation("meeting.action.added"));
                dialog.close();
                actions.setItems(minutes.actions(meetingId));
            } catch (InvalidInputException ex) {
                Toasts.error(Problems.show(this, ex, Map.of("actionTitle", title, "assignee", assignee, "dueOn", due)));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        return dialog;
    }
}
