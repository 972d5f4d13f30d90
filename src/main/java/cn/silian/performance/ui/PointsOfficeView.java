package cn.silian.performance.ui;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.performance.AppealRow;
import cn.silian.performance.LedgerService;
import cn.silian.performance.ManualEntryDraft;
import cn.silian.performance.PublicationRow;
import cn.silian.performance.PublicationService;
import cn.silian.performance.SchemeDuty;
import cn.silian.performance.SchemeService;
import cn.silian.performance.TalkCandidate;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.Attempts;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The office's side of the points: appeals to decide, points entered by hand, publication, the
 * talks with deputies below the threshold, and the scheme with its replay.
 */
@Route("points/office")
@Menu(order = 74, title = "nav.points-office", icon = "vaadin:scale")
@RolesAllowed({Roles.OFFICE, Roles.ADMIN})
public class PointsOfficeView extends VerticalLayout implements HasDynamicTitle {

    /** Sections, not tabs: Vaadin's tab bar carries a focusable scroller inside its tab list, which axe fails. */
    final List<Details> sections = new java.util.ArrayList<>();
    final Grid<AppealRow> appeals = new Grid<>();
    final ComboBox<Choice> deputy = new ComboBox<>();
    final Select<SchemeDuty> duty = new Select<>();
    final DatePicker on = new DatePicker();
    final IntegerField points = new IntegerField();
    final TextField title = new TextField();
    final TextArea reason = new TextArea();
    final Button addManual = new Button();
    final Select<Integer> publishYear = new Select<>();
    final Select<Integer> quarter = new Select<>();
    final Button publish = new Button();
    final Grid<PublicationRow> published = new Grid<>();
    final Select<Integer> talkYear = new Select<>();
    final Grid<TalkCandidate> talks = new Grid<>();
    final Paragraph talkIntro = new Paragraph();
    final Select<Integer> schemeYear = new Select<>();
    final IntegerField threshold = new IntegerField();
    final Button saveThreshold = new Button();
    final Grid<SchemeDuty> scheme = new Grid<>();
    final Button replay = new Button();
    final ProgressBar replaying = new ProgressBar();
    final Paragraph replayStatus = new Paragraph();
    private final transient LedgerService ledger;
    private final transient PublicationService publications;
    private final transient SchemeService schemes;
    private final int thisYear = LocalDate.now(Formats.ZONE).getYear();
    private transient CompletableFuture<LedgerService.Replayed> replayRun;
    private long schemeVersion;

    PointsOfficeView(LedgerService ledger, PublicationService publications, SchemeService schemes,
                     DeputyService deputies, CurrentUser currentUser) {
        this.ledger = ledger;
        this.publications = publications;
        this.schemes = schemes;
        addClassName("points-office-view");
        List<Integer> years = PointsYears.upTo(thisYear, schemes.years());

        sections.add(section("points.office.appeals", appealsTab()));
        sections.add(section("points.office.manual", manualTab(deputies)));
        sections.add(section("points.office.publication", publicationTab(years)));
        sections.add(section("points.office.talks", talksTab(years)));
        sections.add(section("points.office.scheme", schemeTab(years)));
        add(new H2(getTranslation("nav.points-office")));
        sections.forEach(this::add);
    }

    private Details section(String key, com.vaadin.flow.component.Component content) {
        Details details = new Details(getTranslation(key), content);
        details.setOpened(true);
        details.setWidthFull();
        details.addClassName("points-section");
        return details;
    }

    // --- appeals

    private VerticalLayout appealsTab() {
        appeals.setAriaLabel(getTranslation("points.office.appeals"));
        appeals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        appeals.addColumn(AppealRow::deputyName).setHeader(getTranslation("points.deputy")).setAutoWidth(true);
        appeals.addColumn(a -> a.earnedOn().toString()).setHeader(getTranslation("points.date")).setAutoWidth(true);
        appeals.addColumn(AppealRow::title).setHeader(getTranslation("points.entry")).setFlexGrow(1);
        appeals.addColumn(AppealRow::points).setHeader(getTranslation("points.points")).setAutoWidth(true);
        appeals.addColumn(AppealRow::reason).setHeader(getTranslation("points.appeal.reason")).setFlexGrow(2);
        appeals.addComponentColumn(a -> {
            Button decide = new Button(getTranslation("points.appeal.decide"), e -> decide(a));
            decide.setAriaLabel(getTranslation("points.appeal.decide.for", a.deputyName(), a.title()));
            return decide;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        appeals.setEmptyStateText(getTranslation("points.office.appeals.empty"));
        refreshAppeals();
        VerticalLayout tab = new VerticalLayout(appeals);
        tab.setPadding(false);
        return tab;
    }

    private void refreshAppeals() {
        appeals.setItems(q -> ledger.openAppeals(PageRequest.of(q.getPage(), q.getPageSize()), getLocale()).stream());
    }

    void decide(AppealRow a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("points.appeal.decide.for", a.deputyName(), a.title()));
        Paragraph about = new Paragraph(getTranslation("points.appeal.about", a.title(), a.earnedOn().toString(), a.points()));
        Paragraph why = new Paragraph(a.reason());
        RadioButtonGroup<Boolean> outcome = new RadioButtonGroup<>(getTranslation("points.appeal.outcome"));
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(b -> getTranslation(b ? "points.appeal.accept" : "points.appeal.reject"));
        outcome.setValue(true);
        IntegerField counted = new IntegerField(getTranslation("points.appeal.counted"));
        counted.setValue(a.points());
        counted.setMin(-LedgerService.POINTS_LIMIT);
        counted.setMax(LedgerService.POINTS_LIMIT);
        counted.setStepButtonsVisible(true);
        outcome.addValueChangeListener(e -> counted.setEnabled(Boolean.TRUE.equals(e.getValue())));
        TextArea decision = new TextArea(getTranslation("points.appeal.decision"));
        decision.setMaxLength(LedgerService.REASON_MAX);
        decision.setRequiredIndicatorVisible(true);
        decision.setWidthFull();
        Button save = new Button(getTranslation("points.appeal.save"), e -> {
            boolean accept = Boolean.TRUE.equals(outcome.getValue());
            if (Attempts.attempt(this, () -> ledger.decide(a.id(), a.version(), accept, accept ? counted.getValue() : null,
                    decision.getValue()), Map.of("decision", decision, "points", counted))) {
                Toasts.success(getTranslation(accept ? "points.appeal.accepted" : "points.appeal.rejected"));
                dialog.close();
                refreshAppeals();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(about, why, outcome, counted, decision));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // --- manual entries

    private VerticalLayout manualTab(DeputyService deputies) {
        deputy.setLabel(getTranslation("points.deputy"));
        deputy.setItemLabelGenerator(Choice::label);
        deputy.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .map(d -> new Choice(d.id(), d.nameAndStreet())));
        deputy.setRequiredIndicatorVisible(true);
        duty.setLabel(getTranslation("points.duty"));
        duty.setItemLabelGenerator(d -> d.name() + " (" + d.points() + ")");
        duty.setItems(schemes.of(thisYear, getLocale()).duties().stream().filter(d -> !d.automatic()).toList());
        // No required indicator: on a Select it marks the button aria-required, which the button role does not
        // support (axe: aria-allowed-attr); the service says when the duty is missing.
        duty.addValueChangeListener(e -> points.setPlaceholder(e.getValue() == null ? "" : String.valueOf(e.getValue().points())));
        on.setLabel(getTranslation("points.date"));
        on.setMax(LocalDate.now(Formats.ZONE));
        on.setMin(LocalDate.of(thisYear, 1, 1));
        on.setValue(LocalDate.now(Formats.ZONE));
        on.setRequiredIndicatorVisible(true);
        points.setLabel(getTranslation("points.points"));
        points.setHelperText(getTranslation("points.manual.points-helper"));
        points.setMin(-LedgerService.POINTS_LIMIT);
        points.setMax(LedgerService.POINTS_LIMIT);
        title.setLabel(getTranslation("points.entry"));
        title.setMaxLength(LedgerService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("points.manual.reason"));
        reason.setMaxLength(LedgerService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        addManual.setText(getTranslation("points.manual.add"));
        addManual.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addManual.addClickListener(e -> {
            ManualEntryDraft draft = new ManualEntryDraft(deputy.getValue() == null ? null : deputy.getValue().id(),
                    duty.getValue() == null ? null : duty.getValue().id(), on.getValue(), points.getValue(),
                    title.getValue(), reason.getValue());
            if (Attempts.attempt(this, () -> ledger.addManual(draft), Map.of("deputyId", deputy, "dutyId", duty,
                    "on", on, "points", points, "title", title, "reason", reason))) {
                Toasts.success(getTranslation("points.manual.added", deputy.getValue().label()));
                title.clear();
                reason.clear();
                points.clear();
            }
        });
        FormLayout form = new FormLayout(deputy, duty, on, points, title, reason);
        form.setColspan(reason, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("points.manual.intro")), form, addManual);
        tab.setPadding(false);
        return tab;
    }

    // --- publication

    private VerticalLayout publicationTab(List<Integer> years) {
        publishYear.setLabel(getTranslation("points.year"));
        publishYear.setItems(years);
        publishYear.setValue(thisYear);
        publishYear.addValueChangeListener(e -> refreshPublished());
        quarter.setLabel(getTranslation("points.period"));
        quarter.setItems(1, 2, 3, 4, 0);
        quarter.setItemLabelGenerator(q -> q == 0 ? getTranslation("points.period.whole-year")
                : getTranslation("points.period.quarter-only", q));
        quarter.setValue((LocalDate.now(Formats.ZONE).getMonthValue() - 1) / 3 + 1);
        publish.setText(getTranslation("points.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            int y = publishYear.getValue();
            int q = quarter.getValue();
            if (Attempts.attempt(this, () -> publications.publish(y, q), Map.of("quarter", quarter))) {
                Toasts.success(getTranslation("points.published.done", Periods.quarter(this, y, q)));
                refreshPublished();
            }
        });
        published.setAriaLabel(getTranslation("points.published.list"));
        published.addColumn(p -> Periods.label(this, p)).setHeader(getTranslation("points.period")).setFlexGrow(1);
        published.addColumn(p -> p.until().toString()).setHeader(getTranslation("points.published.until")).setAutoWidth(true);
        published.addColumn(p -> Formats.dateTimeShort(p.publishedAt())).setHeader(getTranslation("points.published.at"))
                .setAutoWidth(true);
        published.setAllRowsVisible(true);
        published.setEmptyStateText(getTranslation("points.published.none"));
        refreshPublished();
        FlexLayout bar = new FlexLayout(publishYear, quarter, publish);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("points.publish.intro")), bar, published,
                new Anchor("points/published", getTranslation("points.published.link")));
        tab.setPadding(false);
        return tab;
    }

    private void refreshPublished() {
        published.setItems(publications.publications(publishYear.getValue()));
    }

    // --- talks

    private VerticalLayout talksTab(List<Integer> years) {
        talkYear.setLabel(getTranslation("points.year"));
        talkYear.setItems(years);
        talkYear.setValue(thisYear);
        talkYear.addValueChangeListener(e -> refreshTalks());
        talks.setAriaLabel(getTranslation("points.office.talks"));
        talks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        talks.addColumn(TalkCandidate::name).setHeader(getTranslation("points.deputy")).setAutoWidth(true);
        talks.addColumn(TalkCandidate::total).setHeader(getTranslation("points.total")).setAutoWidth(true);
        talks.addColumn(t -> t.talkedOn() == null ? getTranslation("points.talk.not-yet") : t.talkedOn().toString())
                .setHeader(getTranslation("points.talk.held-on")).setAutoWidth(true);
        talks.addColumn(t -> t.notes() == null ? "" : t.notes()).setHeader(getTranslation("points.talk.notes")).setFlexGrow(1);
        talks.addComponentColumn(t -> {
            Button record = new Button(getTranslation("points.talk.record"), e -> recordTalk(t));
            record.setAriaLabel(getTranslation("points.talk.record.for", t.name()));
            record.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return record;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        talks.setEmptyStateText(getTranslation("points.talk.none"));
        talks.setPageSize(50);
        refreshTalks();
        VerticalLayout tab = new VerticalLayout(talkYear, talkIntro, talks);
        tab.setPadding(false);
        return tab;
    }

    private void refreshTalks() {
        int y = talkYear.getValue();
        talkIntro.setText(getTranslation("points.talk.intro", schemes.of(y, getLocale()).talkThreshold(),
                        publications.belowThresholdCount(y)));
        talks.setItems(q -> publications.belowThreshold(y, PageRequest.of(q.getPage(), q.getPageSize())).stream());
    }

    void recordTalk(TalkCandidate t) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("points.talk.record.for", t.name()));
        DatePicker held = new DatePicker(getTranslation("points.talk.held-on"));
        held.setValue(LocalDate.now(Formats.ZONE));
        held.setMax(LocalDate.now(Formats.ZONE));
        held.setRequiredIndicatorVisible(true);
        TextArea notes = new TextArea(getTranslation("points.talk.notes"));
        notes.setMaxLength(PublicationService.NOTES_MAX);
        notes.setRequiredIndicatorVisible(true);
        notes.setWidthFull();
        int y = talkYear.getValue();
        Button save = new Button(getTranslation("common.save"), e -> {
            if (Attempts.attempt(this, () -> publications.recordTalk(t.deputyId(), y, held.getValue(), notes.getValue()),
                    Map.of("heldOn", held, "notes", notes))) {
                Toasts.success(getTranslation("points.talk.recorded", t.name()));
                dialog.close();
                talks.getDataProvider().refreshAll();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(held, notes));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // --- scheme

    private VerticalLayout schemeTab(List<Integer> years) {
        List<Integer> withNext = new java.util.ArrayList<>(years);
        withNext.addFirst(thisYear + 1);
        schemeYear.setLabel(getTranslation("points.year"));
        schemeYear.setItems(withNext);
        schemeYear.setValue(thisYear);
        schemeYear.addValueChangeListener(e -> refreshScheme());
        threshold.setLabel(getTranslation("points.scheme.threshold"));
        threshold.setMin(0);
        threshold.setMax(SchemeService.THRESHOLD_MAX);
        saveThreshold.setText(getTranslation("points.scheme.threshold.save"));
        saveThreshold.addClickListener(e -> {
            int y = schemeYear.getValue();
            if (Attempts.attempt(this, () -> schemes.changeThreshold(y, schemeVersion, threshold.getValue()),
                    Map.of("talkThreshold", threshold))) {
                Toasts.success(getTranslation("points.scheme.saved"));
                refreshScheme();
            }
        });
        scheme.setAriaLabel(getTranslation("points.office.scheme"));
        scheme.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        scheme.addColumn(d -> getTranslation("performance.group." + d.group())).setHeader(getTranslation("points.group"))
                .setAutoWidth(true);
        scheme.addColumn(SchemeDuty::name).setHeader(getTranslation("points.duty")).setFlexGrow(1);
        scheme.addColumn(SchemeDuty::points).setHeader(getTranslation("points.each")).setAutoWidth(true);
        scheme.addColumn(d -> d.yearlyCap() == null ? "–" : String.valueOf(d.yearlyCap()))
                .setHeader(getTranslation("points.cap")).setAutoWidth(true);
        scheme.addColumn(d -> getTranslation(d.automatic() ? "points.scheme.automatic" : "points.scheme.entered"))
                .setHeader(getTranslation("points.scheme.how")).setAutoWidth(true);
        scheme.addComponentColumn(d -> {
            Button edit = new Button(getTranslation("common.edit"), e -> editDuty(d));
            edit.setAriaLabel(getTranslation("points.scheme.edit.for", d.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setEnabled(!closed());
            return edit;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        scheme.setAllRowsVisible(true);
        replay.setText(getTranslation("points.replay"));
        replay.addClickListener(e -> startReplay());
        replaying.setIndeterminate(true);
        replaying.setVisible(false);
        replaying.getElement().setAttribute("aria-label", getTranslation("points.replay.running"));
        refreshScheme();
        FlexLayout bar = new FlexLayout(schemeYear, threshold, saveThreshold);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("points.scheme.intro")), bar, scheme,
                new Paragraph(getTranslation("points.replay.intro")), replay, replaying, replayStatus);
        tab.setPadding(false);
        return tab;
    }

    private boolean closed() {
        return schemeYear.getValue() < thisYear;
    }

    private void refreshScheme() {
        SchemeService.YearDuties s = schemes.of(schemeYear.getValue(), getLocale());
        schemeVersion = s.schemeVersion();
        threshold.setValue(s.talkThreshold());
        threshold.setReadOnly(s.closed());
        saveThreshold.setEnabled(!s.closed());
        replay.setEnabled(schemeYear.getValue() <= thisYear && (replayRun == null || replayRun.isDone()));
        scheme.setItems(s.duties());
    }

    void editDuty(SchemeDuty d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("points.scheme.edit.for", d.name()));
        IntegerField each = new IntegerField(getTranslation("points.each"));
        each.setValue(d.points());
        each.setMin(-LedgerService.POINTS_LIMIT);
        each.setMax(LedgerService.POINTS_LIMIT);
        each.setStepButtonsVisible(true);
        IntegerField cap = new IntegerField(getTranslation("points.cap"));
        cap.setValue(d.yearlyCap());
        cap.setHelperText(getTranslation("points.scheme.cap-helper"));
        cap.setMin(0);
        cap.setMax(SchemeService.CAP_MAX);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (Attempts.attempt(this, () -> schemes.changeDuty(d.id(), d.version(), each.getValue(), cap.getValue()),
                    Map.of("points", each, "yearlyCap", cap))) {
                Toasts.success(getTranslation("points.scheme.saved"));
                dialog.close();
                refreshScheme();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(each, cap));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** A year's replay reads every source module: it runs off the request thread. */
    void startReplay() {
        int y = schemeYear.getValue();
        replay.setEnabled(false);
        replaying.setVisible(true);
        replayStatus.setText(getTranslation("points.replay.running"));
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        SecurityContext context = SecurityContextHolder.getContext();
        replayRun = CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                return ledger.replay(y);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        replayRun.whenComplete((r, error) -> ui.access(() -> replayFinished(r, error)));
    }

    void replayFinished(LedgerService.Replayed r, Throwable error) {
        UI.getCurrent().setPollInterval(-1);
        replaying.setVisible(false);
        replay.setEnabled(true);
        if (error != null) {
            replayStatus.setText(getTranslation("points.replay.failed"));
            Toasts.error(getTranslation("points.replay.failed"));
        } else {
            replayStatus.setText(getTranslation("points.replay.done", String.valueOf(r.year()), r.activities(), r.earned(),
                    r.updated(), r.withdrawn()));
        }
    }

    /** The replay under way, for tests to wait on. */
    CompletableFuture<LedgerService.Replayed> replayRun() {
        return replayRun;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points-office") + " · " + getTranslation("app.name");
    }
}
