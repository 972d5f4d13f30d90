package cn.silian.stations.ui;

import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.DutyService;
import cn.silian.stations.PlanRequest;
import cn.silian.stations.PlanStatus;
import cn.silian.stations.PlanSummary;
import cn.silian.stations.RosterMember;
import cn.silian.stations.RosterService;
import cn.silian.stations.ShiftRow;
import cn.silian.stations.StationDetails;
import cn.silian.stations.SwapRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.springframework.data.domain.PageRequest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reception duty of one station: generate a plan, adjust it, publish it, and decide swap requests. */
class DutyTab extends VerticalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final TextField daysOfMonth = new TextField();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final Button generate = new Button();
    final Grid<PlanSummary> plans = new Grid<>();
    final Grid<ShiftRow> shifts = new Grid<>();
    final Grid<SwapRow> swaps = new Grid<>();
    final Button publish = new Button();
    final Anchor notice = new Anchor();
    final Paragraph shortfall = new Paragraph();

    private final transient DutyService duty;
    private final StationDetails station;
    private List<Choice> members = List.of();
    private PlanSummary selected;

    DutyTab(DutyService duty, RosterService roster, StationDetails station) {
        this.duty = duty;
        this.station = station;
        setPadding(false);
        members = roster.members(station.summary().id(), PageRequest.of(0, 2000)).stream()
                .map((RosterMember m) -> new Choice(m.deputyId(), m.name())).toList();

        LocalDate today = LocalDate.now(Formats.ZONE);
        ComponentTexts.localize(from);
        ComponentTexts.localize(to);
        from.setLabel(getTranslation("duty.from"));
        from.setValue(today.plusDays(duty.settings().noticeDays() + 1L));
        from.setMin(today);
        to.setLabel(getTranslation("duty.to"));
        to.setValue(today.plusMonths(3));
        weekdays.setLabel(getTranslation("duty.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        weekdays.setValue(EnumSet.of(DayOfWeek.TUESDAY));
        daysOfMonth.setLabel(getTranslation("duty.days-of-month"));
        daysOfMonth.setHelperText(getTranslation("duty.days-of-month.helper"));
        daysOfMonth.setValue("15");
        start.setLabel(getTranslation("duty.start"));
        start.setValue(LocalTime.of(9, 0));
        end.setLabel(getTranslation("duty.end"));
        end.setValue(LocalTime.of(11, 30));
        generate.setText(getTranslation("duty.generate"));
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> generate());
        FormLayout form = new FormLayout(from, to, weekdays, daysOfMonth, start, end);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Details planning = new Details(getTranslation("duty.new-plan"), new VerticalLayout(form, generate));
        planning.setWidthFull();

        plans.setAriaLabel(getTranslation("duty.plans"));
        plans.addThemeVariants(GridVariant.LUMO_COMPACT);
        plans.addColumn(p -> p.from() + " – " + p.to()).setHeader(getTranslation("duty.period")).setAutoWidth(true);
        plans.addColumn(p -> getTranslation(p.status().messageKey())).setHeader(getTranslation("duty.status")).setAutoWidth(true);
        plans.addColumn(PlanSummary::shifts).setHeader(getTranslation("duty.shifts")).setTextAlign(ColumnTextAlign.END);
        plans.addColumn(PlanSummary::unfilled).setHeader(getTranslation("duty.unfilled")).setTextAlign(ColumnTextAlign.END);
        plans.setAllRowsVisible(true);
        plans.setEmptyStateText(getTranslation("duty.plans.empty"));
        plans.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        publish.setText(getTranslation("duty.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        notice.setText(getTranslation("duty.notice"));
        HorizontalLayout planActions = new HorizontalLayout(publish, notice);
        planActions.setAlignItems(FlexComponent.Alignment.CENTER);

        shifts.setAriaLabel(getTranslation("duty.shifts"));
        shifts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        shifts.addColumn(s -> when(s.startsAt(), s.endsAt())).setHeader(getTranslation("duty.when")).setAutoWidth(true);
        shifts.addComponentColumn(this::assignee).setHeader(getTranslation("duty.deputy")).setFlexGrow(1);
        shifts.addColumn(s -> s.swapPending() ? getTranslation("duty.swap.pending.short") : "").setHeader(getTranslation("duty.swap"))
                .setAutoWidth(true);
        shifts.addComponentColumn(this::served).setHeader(getTranslation("duty.served")).setAutoWidth(true);
        shifts.setHeight("22em");
        shifts.setEmptyStateText(getTranslation("duty.shifts.none-selected"));

        swaps.setAriaLabel(getTranslation("duty.swaps"));
        swaps.addColumn(w -> w.shiftStart().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).setHeader(getTranslation("duty.when"));
        swaps.addColumn(SwapRow::requesterName).setHeader(getTranslation("duty.swap.requester"));
        swaps.addColumn(SwapRow::reason).setHeader(getTranslation("duty.swap.reason"));
        swaps.addComponentColumn(this::swapActions).setHeader(getTranslation("common.actions")).setFlexGrow(2);
        swaps.setAllRowsVisible(true);
        swaps.setEmptyStateText(getTranslation("duty.swaps.empty"));

        add(planning, shortfall, new H3(getTranslation("duty.plans")), plans, planActions, shifts,
                new H3(getTranslation("duty.swaps")), swaps);
        refresh();
    }

    private ComboBox<Choice> assignee(ShiftRow shift) {
        ComboBox<Choice> box = new ComboBox<>();
        box.setItems(members);
        box.setItemLabelGenerator(Choice::label);
        box.setAriaLabel(getTranslation("duty.deputy.of", when(shift.startsAt(), shift.endsAt())));
        box.setPlaceholder(getTranslation("duty.nobody"));
        box.setWidthFull();
        members.stream().filter(p -> p.id().equals(shift.deputyId())).findFirst().ifPresent(box::setValue);
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                duty.reassign(shift.id(), shift.version(), e.getValue() == null ? null : e.getValue().id());
                Toasts.success(getTranslation("duty.reassigned"));
            } catch (InvalidInputException ex) {
                Toasts.error(getTranslation(ex.problems().getFirst().messageKey()));
            } catch (ConcurrentEditException ex) {
                Toasts.error(getTranslation("error.concurrent-edit"));
            }
            select(selected);
        });
        return box;
    }

    /** Staff confirm, once a shift has begun, that its deputy was there: only then it counts as duty done. */
    private Button served(ShiftRow shift) {
        Button button = ServedButton.of(shift, duty, false, () -> select(selected));
        return button;
    }

    private HorizontalLayout swapActions(SwapRow swap) {
        ComboBox<Choice> replacement = new ComboBox<>();
        replacement.setItems(members);
        replacement.setItemLabelGenerator(Choice::label);
        replacement.setAriaLabel(getTranslation("duty.swap.replacement.for", swap.requesterName()));
        replacement.setPlaceholder(getTranslation("duty.swap.replacement"));
        members.stream().filter(p -> p.id().equals(swap.replacementId())).findFirst().ifPresent(replacement::setValue);
        Button approve = new Button(getTranslation("duty.swap.approve"), e -> decide(swap, true,
                replacement.getValue() == null ? null : replacement.getValue().id()));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("duty.swap.decline"), e -> decide(swap, false, null));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(replacement, approve, decline);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void decide(SwapRow swap, boolean approve, Long replacement) {
        try {
            duty.decideSwap(swap.id(), swap.version(), approve, replacement);
            Toasts.success(getTranslation(approve ? "duty.swap.approved" : "duty.swap.declined"));
            refresh();
        } catch (InvalidInputException e) {
            Toasts.error(getTranslation(e.problems().getFirst().messageKey()));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
            refresh();
        }
    }

    void generate() {
        Set<Integer> days;
        try {
            days = parseDays(daysOfMonth.getValue());
        } catch (NumberFormatException e) {
            daysOfMonth.setInvalid(true);
            daysOfMonth.setErrorMessage(getTranslation("duty.days-of-month.invalid"));
            return;
        }
        daysOfMonth.setInvalid(false);
        try {
            long planId = duty.generate(station.summary().id(), new PlanRequest(from.getValue(), to.getValue(),
                    weekdays.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays.getValue()),
                    days, start.getValue(), end.getValue()));
            Toasts.success(getTranslation("duty.generated"));
            refresh();
            plans.getListDataView().getItems().filter(p -> p.id() == planId).findFirst().ifPresent(plans::select);
        } catch (InvalidInputException e) {
            Toasts.error(e.problems().stream().map(p -> getTranslation(p.messageKey(), p.args())).distinct()
                    .collect(Collectors.joining(" ")));
        }
    }

    private void publish() {
        if (selected == null) {
            return;
        }
        try {
            duty.publish(selected.id(), selected.version());
            Toasts.success(getTranslation("duty.published"));
            refresh();
        } catch (InvalidInputException e) {
            Toasts.error(getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args()));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
            refresh();
        }
    }

    void refresh() {
        Long shown = selected == null ? null : selected.id();
        List<PlanSummary> all = duty.plans(station.summary().id());
        // New items clear the grid's selection (and, through its listener, ours): take it back by id.
        plans.setItems(all);
        swaps.setItems(duty.pendingSwaps(station.summary().id()));
        int lacking = duty.shortfall(station.summary().id()).size();
        shortfall.setText(lacking == 0 ? "" : getTranslation("duty.shortfall", lacking, duty.settings().minimumPerYear()));
        all.stream().filter(p -> p.id().equals(shown)).findFirst().ifPresentOrElse(plans::select, () -> select(null));
    }

    private void select(PlanSummary plan) {
        selected = plan == null ? null : duty.plan(plan.id());
        shifts.setItems(selected == null ? List.of() : duty.shifts(selected.id()));
        publish.setEnabled(selected != null && selected.status() == PlanStatus.DRAFT);
        notice.setVisible(selected != null);
        if (selected != null) {
            notice.setHref("stations/" + station.summary().id() + "/notices/" + selected.id());
        }
    }

    private String when(LocalDateTime s, LocalDateTime e) {
        return when(s, e, getLocale());
    }

    /** A shift's date, weekday and hours, as the duty lists show them. */
    static String when(LocalDateTime s, LocalDateTime e, Locale locale) {
        return s.toLocalDate() + " " + s.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " "
                + s.toLocalTime() + "–" + e.toLocalTime();
    }

    static Set<Integer> parseDays(String text) {
        Set<Integer> days = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String part : text.split("[,，、\\s]+")) {
            if (!part.isBlank()) {
                days.add(Integer.parseInt(part.strip()));
            }
        }
        return days;
    }

}
