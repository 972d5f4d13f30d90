package cn.silian.voters.ui;

import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.voters.PlanSummary;
import cn.silian.voters.RatingMeetingDraft;
import cn.silian.voters.RatingService;
import cn.silian.voters.ReportDetails;
import cn.silian.voters.ReportForm;
import cn.silian.voters.ReportRow;
import cn.silian.voters.VotersPlanService;
import cn.silian.voters.VotersReportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Map;

/**
 * The office's plan of a year's reports to voters: who reports orally and who in writing, the
 * share, swaps while it is a draft, confirmation; then each report's state, the rating meetings
 * and the way to the rating entry.
 */
@Route("voters")
@Menu(order = 45, title = "voters.nav", icon = "vaadin:megaphone")
@RolesAllowed({Roles.OFFICE, Roles.ADMIN})
public class VotersPlanView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField year = new IntegerField();
    final Paragraph summary = new Paragraph();
    final Button create = new Button();
    final Button confirm = new Button();
    final Grid<ReportRow> oral = new Grid<>();
    final Grid<ReportRow> written = new Grid<>();
    private final transient VotersPlanService plans;
    private final transient VotersReportService reports;
    private final transient RatingService ratings;
    private PlanSummary plan;

    VotersPlanView(VotersPlanService plans, VotersReportService reports, RatingService ratings) {
        this.plans = plans;
        this.reports = reports;
        this.ratings = ratings;
        addClassName("voters-plan-view");
        setSizeFull();
        H2 title = new H2(getTranslation("voters.plan.title"));
        year.setLabel(getTranslation("voters.plan.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(cn.silian.shared.Formats.ZONE).getYear());
        year.addValueChangeListener(e -> reload());
        create.setText(getTranslation("voters.plan.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createPlan());
        confirm.setText(getTranslation("voters.plan.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmPlan());
        FlexLayout tools = new FlexLayout(year, create, confirm);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-m)");

        configure(oral, "voters.plan.oral");
        configure(written, "voters.plan.written");
        add(title, tools, summary, new H3(getTranslation("voters.plan.oral")), oral,
                new H3(getTranslation("voters.plan.written")), written);
        reload();
    }

    private void configure(Grid<ReportRow> grid, String label) {
        grid.setAriaLabel(getTranslation(label));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReportRow::deputyName).setHeader(getTranslation("voters.deputy")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.state().messageKey())).setHeader(getTranslation("voters.state")).setAutoWidth(true);
        if (grid == oral) {
            grid.addColumn(r -> VotersTexts.meeting(this, r.meetingAt(), r.meetingPlace()))
                    .setHeader(getTranslation("voters.meeting")).setFlexGrow(1);
            grid.addColumn(r -> r.published() ? VotersTexts.result(this, r.tally())
                            : getTranslation("voters.result.unpublished", r.tally().total()))
                    .setHeader(getTranslation("voters.result")).setFlexGrow(1);
        }
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setHeight("24em");
    }

    private Component actions(ReportRow r) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (plan != null && !plan.confirmed()) {
            ReportForm other = r.form() == ReportForm.ORAL ? ReportForm.WRITTEN : ReportForm.ORAL;
            Button swap = new Button(getTranslation("voters.plan.move." + other.name()), e -> swap(r, other));
            swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            swap.setAriaLabel(getTranslation("voters.plan.move.for." + other.name(), r.deputyName()));
            actions.add(swap);
        } else if (plan != null && r.form() == ReportForm.ORAL) {
            Button schedule = new Button(getTranslation("voters.meeting.schedule"), e -> schedule(r));
            schedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            schedule.setAriaLabel(getTranslation("voters.meeting.schedule.for", r.deputyName()));
            schedule.setEnabled(!r.published());
            RouterLink rating = new RouterLink(getTranslation("voters.rating.open"), RatingView.class,
                    new RouteParameters("id", String.valueOf(r.id())));
            rating.getElement().setAttribute("aria-label", getTranslation("voters.rating.open.for", r.deputyName()));
            actions.add(schedule, rating);
        }
        return actions;
    }

    void reload() {
        Integer y = year.getValue();
        plan = y == null ? null : plans.plan(y).orElse(null);
        create.setVisible(y != null && plan == null);
        confirm.setVisible(plan != null && !plan.confirmed());
        oral.setVisible(plan != null);
        written.setVisible(plan != null);
        if (plan == null) {
            summary.setText(getTranslation("voters.plan.none", y == null ? "" : String.valueOf(y),
                    Math.round(plans.share() * 100)));
            return;
        }
        summary.setText(getTranslation("voters.plan.summary", String.valueOf(plan.year()), plan.term(), plan.deputies(),
                plan.oral(), plan.oralNeeded(), Math.round(plan.share() * 100), plan.done(),
                getTranslation(plan.status().messageKey())));
        long id = plan.id();
        oral.setItems(q -> plans.reports(id, ReportForm.ORAL, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        written.setItems(q -> plans.reports(id, ReportForm.WRITTEN, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    }

    void createPlan() {
        try {
            plans.create(year.getValue());
            Toasts.success(getTranslation("voters.plan.created", String.valueOf(year.getValue())));
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of("year", year)));
        }
        reload();
    }

    void confirmPlan() {
        try {
            plans.confirm(plan.id(), plan.version());
            Toasts.success(getTranslation("voters.plan.confirmed", String.valueOf(plan.year())));
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of()));
        } catch (ConcurrentEditException ex) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
        reload();
    }

    void swap(ReportRow r, ReportForm to) {
        try {
            plans.swap(plan.id(), plan.version(), r.id(), to);
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of()));
        } catch (ConcurrentEditException ex) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
        reload();
    }

    void schedule(ReportRow row) {
        ReportDetails r = reports.get(row.id(), getLocale());
        Dialog dialog = new Dialog(getTranslation("voters.meeting.schedule.for", r.deputyName()));
        DateTimePicker startsAt = new DateTimePicker(getTranslation("voters.meeting.starts"));
        startsAt.setValue(r.meetingAt());
        TextField place = new TextField(getTranslation("voters.meeting.place"));
        place.setMaxLength(RatingMeetingDraft.PLACE_MAX);
        place.setValue(r.meetingPlace() == null ? "" : r.meetingPlace());
        TextArea invited = new TextArea(getTranslation("voters.meeting.invited"));
        invited.setMaxLength(RatingMeetingDraft.INVITED_MAX);
        invited.setValue(r.invited() == null ? "" : r.invited());
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                ratings.schedule(r.id(), r.version(), new RatingMeetingDraft(startsAt.getValue(), place.getValue(),
                        invited.getValue()), getLocale());
                Toasts.success(getTranslation("voters.meeting.scheduled", r.deputyName()));
                dialog.close();
                reload();
            } catch (InvalidInputException ex) {
                Toasts.error(Problems.show(this, ex, Map.<String, HasValidation>of("startsAt", startsAt, "place", place,
                        "invited", invited)));
            } catch (ConcurrentEditException ex) {
                Toasts.error(getTranslation("error.concurrent-edit"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a meeting the office held on paper: recorded with its past date, no meeting is created
        Button held = new Button(getTranslation("voters.meeting.record-held"), e -> {
            startsAt.setMin(null);
            try {
                ratings.recordHeld(r.id(), r.version(), new RatingMeetingDraft(startsAt.getValue(), place.getValue(),
                        invited.getValue()));
                Toasts.success(getTranslation("voters.meeting.recorded", r.deputyName()));
                dialog.close();
                reload();
            } catch (InvalidInputException ex) {
                Toasts.error(Problems.show(this, ex, Map.<String, HasValidation>of("startsAt", startsAt, "place", place,
                        "invited", invited)));
            } catch (ConcurrentEditException ex) {
                Toasts.error(getTranslation("error.concurrent-edit"));
            }
        });
        dialog.add(new FormLayout(startsAt, place, invited));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), held, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voters.plan.title") + " · " + getTranslation("app.name");
    }
}
