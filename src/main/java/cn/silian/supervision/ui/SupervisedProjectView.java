package cn.silian.supervision.ui;

import cn.silian.opinions.OpinionsClock;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.Level;
import cn.silian.security.Roles;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.Toasts;
import cn.silian.supervision.ProblemService;
import cn.silian.supervision.ProgressDraft;
import cn.silian.supervision.ProjectDetails;
import cn.silian.supervision.SupervisionService;
import cn.silian.supervision.VisitDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One supervised project: its group, planned milestones, the department's progress reports (with
 * the "add report" dialog), the site visits, the problems with their answers, and its rating.
 */
@Route("supervision/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class SupervisedProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Paragraph group = new Paragraph();
    final ComboBox<Choice> lead = new ComboBox<>();
    final MultiSelectComboBox<Choice> members = new MultiSelectComboBox<>();
    final Button saveGroup = new Button();
    final Grid<ProjectDetails.MilestoneRow> milestones = new Grid<>();
    final TextField milestoneTitle = new TextField();
    final DatePicker milestoneDue = new DatePicker();
    final Button addMilestone = new Button();
    final Grid<ProjectDetails.ProgressRow> reports = new Grid<>();
    final Button addReport = new Button();
    final UnorderedList visits = new UnorderedList();
    final Button scheduleVisit = new Button();
    final Grid<ProjectDetails.ProblemRow> problems = new Grid<>();
    final TextArea problemText = new TextArea();
    final DatePicker problemDue = new DatePicker();
    final Button raise = new Button();
    final Paragraph rating = new Paragraph();
    final FlexLayout groupTools;
    final FlexLayout milestoneTools;
    final FlexLayout problemTools;
    final Component percentBox = new VerticalLayout();

    private final transient SupervisionService service;
    private final transient ProblemService problemService;
    private ProjectDetails details;
    Dialog dialog;

    SupervisedProjectView(SupervisionService service, ProblemService problemService, DeputyService deputies) {
        this.service = service;
        this.problemService = problemService;
        addClassName("supervised-project-view");
        lead.setLabel(getTranslation("supervision.group.lead"));
        lead.setItemLabelGenerator(Choice::label);
        lead.setItems(q -> districtDeputies(deputies, q.getFilter().orElse(""), q.getPage(), q.getPageSize()));
        lead.setClearButtonVisible(true);
        members.setLabel(getTranslation("supervision.group.members"));
        members.setItemLabelGenerator(Choice::label);
        members.setItems(q -> districtDeputies(deputies, q.getFilter().orElse(""), q.getPage(), q.getPageSize()));
        members.setWidth("min(40em, 100%)");
        saveGroup.setText(getTranslation("supervision.group.save"));
        saveGroup.addClickListener(e -> saveGroup());
        groupTools = tools(lead, members, saveGroup);

        milestones.setAriaLabel(getTranslation("supervision.milestones"));
        milestones.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        milestones.setAllRowsVisible(true);
        milestones.addColumn(ProjectDetails.MilestoneRow::title).setHeader(getTranslation("supervision.milestone.title")).setFlexGrow(1);
        milestones.addColumn(m -> m.dueOn().toString()).setHeader(getTranslation("supervision.milestone.due")).setAutoWidth(true);
        milestones.addColumn(m -> m.reachedOn() == null ? getTranslation("supervision.milestone.open")
                : getTranslation("supervision.milestone.reached-on", m.reachedOn().toString()))
                .setHeader(getTranslation("supervision.milestone.state")).setAutoWidth(true);
        milestones.setEmptyStateText(getTranslation("supervision.milestones.empty"));
        milestoneTitle.setLabel(getTranslation("supervision.milestone.title"));
        milestoneTitle.setMaxLength(SupervisionService.MILESTONE_TITLE_MAX);
        milestoneDue.setLabel(getTranslation("supervision.milestone.due"));
        addMilestone.setText(getTranslation("supervision.milestone.add"));
        addMilestone.addClickListener(e -> addMilestone());
        milestoneTools = tools(milestoneTitle, milestoneDue, addMilestone);

        reports.setAriaLabel(getTranslation("supervision.reports"));
        reports.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reports.setAllRowsVisible(true);
        reports.addColumn(r -> r.reportedOn().toString()).setHeader(getTranslation("supervision.report.date")).setAutoWidth(true);
        reports.addColumn(ProjectDetails.ProgressRow::milestone).setHeader(getTranslation("supervision.report.milestone")).setFlexGrow(1);
        reports.addColumn(new ComponentRenderer<>(r -> SupervisionTexts.percent(this, r.percent())))
                .setHeader(getTranslation("supervision.report.percent")).setAutoWidth(true);
        reports.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("supervision.report.note")).setFlexGrow(1);
        reports.setEmptyStateText(getTranslation("supervision.reports.empty"));
        addReport.setText(getTranslation("supervision.report.add"));
        addReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addReport.addClickListener(e -> openReportDialog());

        scheduleVisit.setText(getTranslation("supervision.visit.schedule"));
        scheduleVisit.addClickListener(e -> openVisitDialog());

        problems.setAriaLabel(getTranslation("supervision.problems"));
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        problems.addColumn(ProjectDetails.ProblemRow::body).setHeader(getTranslation("supervision.problem.text")).setFlexGrow(2);
        problems.addColumn(p -> p.overdue() ? getTranslation("supervision.problem.due-overdue", p.dueOn().toString())
                : p.dueOn().toString()).setHeader(getTranslation("supervision.problem.due")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.state().messageKey())
                        + (p.satisfied() == null ? "" : " · " + getTranslation(p.satisfied() ? "supervision.problem.satisfied"
                        : "supervision.problem.unsatisfied")))
                .setHeader(getTranslation("supervision.problem.state")).setAutoWidth(true);
        problems.addColumn(p -> p.answer() == null ? "" : p.answer()).setHeader(getTranslation("supervision.problem.answer")).setFlexGrow(2);
        problems.addColumn(new ComponentRenderer<>(this::problemActions)).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        problems.setEmptyStateText(getTranslation("supervision.problems.empty"));
        problemText.setLabel(getTranslation("supervision.problem.new"));
        problemText.setMaxLength(ProblemService.TEXT_MAX);
        problemText.setWidth("min(40em, 100%)");
        problemDue.setLabel(getTranslation("supervision.problem.due"));
        raise.setText(getTranslation("supervision.problem.raise"));
        raise.addClickListener(e -> raise());
        problemTools = tools(problemText, problemDue, raise);

        add(new RouterLink(getTranslation("supervision.back"), SupervisionListView.class), title, facts, percentBox,
                new H3(getTranslation("supervision.group")), group, groupTools,
                new H3(getTranslation("supervision.milestones")), milestones, milestoneTools,
                new H3(getTranslation("supervision.reports")), addReport, reports,
                new H3(getTranslation("supervision.visits")), visits, scheduleVisit,
                new H3(getTranslation("supervision.problems")), problems, problemTools,
                new H3(getTranslation("supervision.rating")), rating);
    }

    private static java.util.stream.Stream<Choice> districtDeputies(DeputyService deputies, String text, int page, int size) {
        return deputies.page(new DeputyFilter(text, Level.DISTRICT, null, null, DeputyStatus.ACTIVE), PageRequest.of(page, size))
                .stream().map(d -> new Choice(d.id(), d.name()));
    }

    private static FlexLayout tools(Component... parts) {
        FlexLayout tools = new FlexLayout(parts);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-s)");
        return tools;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = service.get(event.getRouteParameters().getLong("id").orElse(-1L));
        render();
    }

    void reload() {
        details = service.get(details.id());
        render();
    }

    private void render() {
        ProjectDetails d = details;
        ProjectDetails.Rights rights = d.rights();
        title.setText(d.title());
        facts.setText(getTranslation("supervision.facts", String.valueOf(d.year()), d.unitName(),
                d.streetNames().isEmpty() ? getTranslation("common.none") : String.join(getTranslation("list.separator"), d.streetNames()),
                d.latestMilestone() == null ? getTranslation("common.none") : d.latestMilestone()));
        VerticalLayout box = (VerticalLayout) percentBox;
        box.removeAll();
        box.setPadding(false);
        box.add(new Paragraph(d.description()), SupervisionTexts.percent(this, d.percentDone()));
        group.setText(getTranslation("supervision.group.line", d.lead() == null ? getTranslation("supervision.lead.none") : d.lead().name(),
                d.members().isEmpty() ? getTranslation("common.none")
                        : d.members().stream().map(ProjectDetails.Person::name).collect(Collectors.joining(getTranslation("list.separator")))));
        groupTools.setVisible(rights.manage());
        milestoneTools.setVisible(rights.manage());
        if (rights.manage()) {
            lead.setValue(d.lead() == null ? null : new Choice(d.lead().id(), d.lead().name()));
            Set<Choice> current = new LinkedHashSet<>();
            d.members().forEach(m -> current.add(new Choice(m.id(), m.name())));
            members.setValue(current);
        }
        milestones.setItems(d.milestones());
        reports.setItems(d.reports());
        addReport.setVisible(rights.report());
        visits.removeAll();
        if (d.visits().isEmpty()) {
            visits.add(new ListItem(getTranslation("supervision.visits.empty")));
        }
        for (ProjectDetails.VisitRow v : d.visits()) {
            visits.add(new ListItem(new Anchor("meetings/" + v.meetingId(),
                    getTranslation("supervision.visit.line", SupervisionTexts.when(v.startsAt()), v.place()))));
        }
        scheduleVisit.setVisible(rights.manage());
        problems.setItems(d.problems());
        problemTools.setVisible(rights.raise());
        if (rights.raise() && problemDue.isEmpty()) {
            problemDue.setValue(problemService.defaultDue());
        }
        rating.setText(d.rating() == null ? getTranslation("supervision.rating.unpublished")
                : SupervisionTexts.figures(this, d.rating()));
    }

    private Component problemActions(ProjectDetails.ProblemRow p) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        ProjectDetails.Rights rights = details.rights();
        if (rights.answer() && (p.state() == cn.silian.supervision.ProblemState.OPEN
                || p.state() == cn.silian.supervision.ProblemState.REOPENED)) {
            Button answer = new Button(getTranslation("supervision.problem.answer-action"), e -> openAnswerDialog(p));
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(answer);
        }
        if (rights.rateAnswer() && p.state() == cn.silian.supervision.ProblemState.ANSWERED) {
            Button yes = new Button(getTranslation("supervision.problem.satisfied"), e -> rateAnswer(p, true));
            Button no = new Button(getTranslation("supervision.problem.unsatisfied"), e -> rateAnswer(p, false));
            yes.addThemeVariants(ButtonVariant.LUMO_SMALL);
            no.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(yes, no);
        }
        return actions;
    }

    void saveGroup() {
        Choice l = lead.getValue();
        Set<Long> ids = members.getValue().stream().map(Choice::id).collect(Collectors.toSet());
        if (SupervisionTexts.attempt(this, () -> service.setGroup(details.id(), details.version(), l == null ? null : l.id(), ids),
                Map.of("lead", lead, "members", members))) {
            Toasts.success(getTranslation("supervision.group.saved"));
        }
        reload();
    }

    void addMilestone() {
        if (SupervisionTexts.attempt(this, () -> service.addMilestone(details.id(), milestoneTitle.getValue(), milestoneDue.getValue()),
                Map.of("milestoneTitle", milestoneTitle, "dueOn", milestoneDue))) {
            milestoneTitle.clear();
            milestoneDue.clear();
            Toasts.success(getTranslation("supervision.milestone.added"));
            reload();
        }
    }

    void raise() {
        if (SupervisionTexts.attempt(this, () -> problemService.raise(details.id(), problemText.getValue(), problemDue.getValue()),
                Map.of("problem", problemText, "dueOn", problemDue))) {
            problemText.clear();
            problemDue.clear();
            Toasts.success(getTranslation("supervision.problem.raised"));
            reload();
        }
    }

    void rateAnswer(ProjectDetails.ProblemRow p, boolean satisfied) {
        if (SupervisionTexts.attempt(this, () -> problemService.rateAnswer(p.id(), p.version(), satisfied), Map.of())) {
            Toasts.success(getTranslation("supervision.problem.rated"));
        }
        reload();
    }

    DatePicker reportDate;
    TextField reportMilestone;
    IntegerField reportPercent;
    ComboBox<ProjectDetails.MilestoneRow> reportReached;
    TextArea reportNote;
    Button saveReport;

    void openReportDialog() {
        dialog = new Dialog(getTranslation("supervision.report.add"));
        reportDate = new DatePicker();
        reportMilestone = new TextField();
        reportPercent = new IntegerField();
        reportReached = new ComboBox<>();
        reportNote = new TextArea();
        saveReport = new Button();
        reportDate.setLabel(getTranslation("supervision.report.date"));
        reportDate.setValue(OpinionsClock.today());
        reportDate.setMax(OpinionsClock.today());
        reportMilestone.setLabel(getTranslation("supervision.report.milestone"));
        reportMilestone.setMaxLength(ProgressDraft.MILESTONE_MAX);
        reportMilestone.setRequired(true);
        reportPercent.setLabel(getTranslation("supervision.report.percent"));
        // no bounds on the field: the service's refusal says what is wrong in the user's language
        reportPercent.setStepButtonsVisible(true);
        reportPercent.setValue(details.percentDone());
        reportReached.setLabel(getTranslation("supervision.report.reached"));
        reportReached.setItems(details.milestones().stream().filter(m -> m.reachedOn() == null).toList());
        reportReached.setItemLabelGenerator(ProjectDetails.MilestoneRow::title);
        reportReached.setClearButtonVisible(true);
        reportNote.setLabel(getTranslation("supervision.report.note"));
        reportNote.setMaxLength(ProgressDraft.NOTE_MAX);
        saveReport.setText(getTranslation("common.save"));
        saveReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Dialog open = dialog;
        saveReport.addClickListener(e -> {
            ProjectDetails.MilestoneRow reached = reportReached.getValue();
            if (SupervisionTexts.attempt(this, () -> service.addReport(details.id(), details.version(), new ProgressDraft(
                    reportDate.getValue(), reportMilestone.getValue(), reportPercent.getValue(), reportNote.getValue(),
                    reached == null ? null : reached.id())), Map.of("reportedOn", reportDate, "milestone", reportMilestone,
                    "percent", reportPercent, "note", reportNote, "milestoneId", reportReached))) {
                Toasts.success(getTranslation("supervision.report.saved"));
                open.close();
                reload();
            }
        });
        open.add(new FormLayout(reportDate, reportMilestone, reportPercent, reportReached, reportNote));
        open.getFooter().add(new Button(getTranslation("common.cancel"), e -> open.close()), saveReport);
        open.open();
    }

    void openVisitDialog() {
        dialog = new Dialog(getTranslation("supervision.visit.schedule"));
        DateTimePicker startsAt = new DateTimePicker(getTranslation("supervision.visit.starts"));
        TextField place = new TextField(getTranslation("supervision.visit.place"));
        place.setMaxLength(100);
        Dialog open = dialog;
        Button save = new Button(getTranslation("common.save"), e -> {
            if (SupervisionTexts.attempt(this, () -> service.scheduleVisit(details.id(), new VisitDraft(startsAt.getValue(),
                    place.getValue()), getLocale()), Map.of("startsAt", startsAt, "place", place))) {
                Toasts.success(getTranslation("supervision.visit.scheduled"));
                open.close();
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.add(new FormLayout(startsAt, place));
        open.getFooter().add(new Button(getTranslation("common.cancel"), e -> open.close()), save);
        open.open();
    }

    void openAnswerDialog(ProjectDetails.ProblemRow p) {
        dialog = new Dialog(getTranslation("supervision.problem.answer-action"));
        TextArea answer = new TextArea(getTranslation("supervision.problem.answer"));
        answer.setMaxLength(ProblemService.TEXT_MAX);
        answer.setWidth("min(36em, 80vw)");
        Dialog open = dialog;
        Button save = new Button(getTranslation("common.save"), e -> {
            if (SupervisionTexts.attempt(this, () -> problemService.answer(p.id(), p.version(), answer.getValue()),
                    Map.of("answer", answer))) {
                Toasts.success(getTranslation("supervision.problem.answered"));
                open.close();
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.add(new Paragraph(p.body()), answer);
        open.getFooter().add(new Button(getTranslation("common.cancel"), e -> open.close()), save);
        open.open();
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("supervision.list.title") : details.title()) + " · " + getTranslation("app.name");
    }
}
