package cn.silian.meetings.ui;

import cn.silian.meetings.Audience;
import cn.silian.meetings.AudiencePreview;
import cn.silian.meetings.Conflict;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingService;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Span;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Invites an audience: levels, a topic group, a station's roster, a street, single persons.
 * The preview says how many and who, and who of them is busy then; sending runs in batches in
 * the background with progress, so hundreds of invitations never freeze the page.
 */
class InviteDialog extends Dialog {

    final CheckboxGroup<Level> levels = new CheckboxGroup<>();
    final ComboBox<Choice> group = new ComboBox<>();
    final ComboBox<Choice> station = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final MultiSelectComboBox<Choice> persons = new MultiSelectComboBox<>();
    final Button preview = new Button();
    final Button send = new Button();
    final Button cancel = new Button();
    final Paragraph summary = new Paragraph();
    final Paragraph names = new Paragraph();
    final Div busy = new Div();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    /** Where the batches run; tests run them on their own thread to stay inside their transaction. */
    Executor executor = ForkJoinPool.commonPool();
    AudiencePreview found;

    private final transient InvitationService invitations;
    private final transient MeetingService meetings;
    private final MeetingDetails details;
    private final Runnable onDone;

    InviteDialog(InvitationService invitations, MeetingService meetings, DeputyService deputies, GroupService groups,
                 StationService stations, StreetService streets, boolean staff, MeetingDetails details, Runnable onDone) {
        this.invitations = invitations;
        this.meetings = meetings;
        this.details = details;
        this.onDone = onDone;
        addClassName("invite-dialog");
        setHeaderTitle(getTranslation("meeting.invite.title", details.summary().title()));
        setWidth("min(48em, 95vw)");

        levels.setLabel(getTranslation("meeting.invite.levels"));
        levels.setItems(Level.values());
        levels.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        group.setLabel(getTranslation("meeting.group"));
        group.setItemLabelGenerator(Choice::label);
        group.setClearButtonVisible(true);
        group.setItems(query -> groups.page(new GroupFilter(null, null, null, null, null, null, query.getFilter().orElse(""), false),
                PageRequest.of(query.getPage(), query.getPageSize())).stream().map(g -> new Choice(g.id(), g.name())));
        station.setLabel(getTranslation("meeting.station"));
        station.setItemLabelGenerator(Choice::label);
        station.setClearButtonVisible(true);
        station.setVisible(staff);
        if (staff) {
            station.setItems(query -> stations.page(new StationFilter(query.getFilter().orElse(""), null, null, null, null),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream().map(s -> new Choice(s.id(), s.name())));
        }
        street.setLabel(getTranslation("deputies.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setClearButtonVisible(true);
        persons.setLabel(getTranslation("meeting.invite.persons"));
        persons.setItemLabelGenerator(Choice::label);
        persons.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize())).stream().map(d -> new Choice(d.id(), d.name())));
        levels.addValueChangeListener(e -> stale());
        group.addValueChangeListener(e -> stale());
        station.addValueChangeListener(e -> stale());
        street.addValueChangeListener(e -> stale());
        persons.addValueChangeListener(e -> stale());

        FormLayout form = new FormLayout(levels, group, station, street, persons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(levels, 2);
        form.setColspan(persons, 2);

        summary.addClassName("invite-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        names.addClassName("invite-names");
        busy.addClassName("conflicts");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("meeting.invite.progress"));
        progressText.setVisible(false);
        progressText.getElement().setAttribute("aria-live", "polite");

        preview.setText(getTranslation("meeting.invite.preview"));
        preview.addClickListener(e -> preview());
        send.setText(getTranslation("meeting.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        send.addClickListener(e -> send());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> close());
        add(form, summary, names, busy, progress, progressText);
        getFooter().add(cancel, preview, send);
    }

    Audience audience() {
        return new Audience(levels.getValue(), group.getValue() == null ? null : group.getValue().id(),
                station.getValue() == null ? null : station.getValue().id(),
                street.getValue() == null ? null : street.getValue().id(),
                persons.getValue().stream().map(Choice::id).collect(Collectors.toSet()));
    }

    private void stale() {
        found = null;
        send.setEnabled(false);
    }

    void preview() {
        levels.setInvalid(false);
        busy.removeAll();
        try {
            found = invitations.preview(details.summary().id(), audience());
        } catch (InvalidInputException e) {
            found = null;
            summary.setText(Problems.show(this, e, Map.of("audience", levels)));
            names.setText("");
            send.setEnabled(false);
            return;
        }
        summary.setText(getTranslation("meeting.invite.count", found.count(), found.alreadyInvited()));
        names.setText(found.firstNames().isEmpty() ? "" : String.join(getTranslation("list.separator"), found.firstNames())
                + (found.count() > found.firstNames().size() ? getTranslation("meeting.invite.more") : ""));
        send.setEnabled(found.count() > 0);
        if (found.count() > 0) {
            showBusy(found.ids());
        }
    }

    private void showBusy(List<Long> ids) {
        Set<Long> audience = Set.copyOf(ids);
        List<Conflict> clashes = meetings.conflicts(details.summary().id(), details.summary().startsAt(),
                details.summary().endsAt(), null, ids).stream()
                .filter(c -> c.deputyId() != null && audience.contains(c.deputyId())).toList();
        if (clashes.isEmpty()) {
            return;
        }
        long people = clashes.stream().map(Conflict::deputyId).distinct().count();
        UnorderedList list = new UnorderedList();
        clashes.stream().limit(50).forEach(c -> list.add(new ListItem(MeetingTexts.conflict(this, c))));
        busy.add(new Paragraph(getTranslation("meeting.invite.busy", people)), list);
    }

    private void send() {
        if (found == null || found.ids().isEmpty()) {
            return;
        }
        List<Long> ids = found.ids();
        send.setEnabled(false);
        preview.setEnabled(false);
        cancel.setEnabled(false);
        progress.setMin(0);
        progress.setMax(ids.size());
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation("meeting.invite.progress.text", 0, ids.size()));
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        SecurityContext context = SecurityContextHolder.getContext();
        Thread caller = Thread.currentThread();
        // The batches run off the request thread, carrying the user's identity so the service
        // checks his rights exactly as in a request.
        CompletableFuture.supplyAsync(() -> {
            boolean elsewhere = Thread.currentThread() != caller;
            if (elsewhere) {
                SecurityContextHolder.setContext(context);
            }
            try {
                return sendAll(ids, done -> onUi(ui, () -> {
                    progress.setValue(done);
                    progressText.setText(getTranslation("meeting.invite.progress.text", done, ids.size()));
                }));
            } finally {
                if (elsewhere) {
                    SecurityContextHolder.clearContext();
                }
            }
        }, executor).whenComplete((invited, error) -> onUi(ui, () -> {
            ui.setPollInterval(-1);
            close();
            if (error != null) {
                Toasts.error(getTranslation("meeting.invite.failed"));
            } else {
                Toasts.success(getTranslation("meeting.invite.done", invited));
            }
            onDone.run();
        }));
    }

    /** Invites in batches of {@link InvitationService#BATCH}, telling after each how many are done. */
    int sendAll(List<Long> ids, IntConsumer done) {
        int invited = 0;
        for (int from = 0; from < ids.size(); from += InvitationService.BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + InvitationService.BATCH));
            invited += invitations.invite(details.summary().id(), batch);
            done.accept(Math.min(ids.size(), from + InvitationService.BATCH));
        }
        return invited;
    }

    private static void onUi(UI ui, Runnable command) {
        if (ui.getSession().hasLock()) {
            command.run();
        } else {
            ui.access(command::run);
        }
    }
}
