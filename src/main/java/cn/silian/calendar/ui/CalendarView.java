package cn.silian.calendar.ui;

import cn.silian.calendar.CalendarEntry;
import cn.silian.calendar.CalendarService;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The user's meetings and reception duty as a month, a week or an agenda, drawn with plain
 * components (no client-side calendar package), and his subscription URL for calendar apps,
 * which a button of the toolbar opens: below a month grid nobody found it.
 */
@Route("calendar")
@Menu(order = 12, title = "nav.calendar", icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    enum Mode { MONTH, WEEK, AGENDA }

    static final int AGENDA_DAYS = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button today = new Button();
    final H3 period = new H3();
    final Div body = new Div();

    final Button subscribe = new Button();
    final Dialog subscription = new Dialog();
    final Paragraph subscriptionState = new Paragraph();
    final TextField url = new TextField();
    final Button copy = new Button();
    final Paragraph urlHint = new Paragraph();
    final Button create = new Button();
    final Button renew = new Button();
    final Button revoke = new Button();

    private final transient CalendarService calendars;
    /** The day the shown period is built around. */
    private LocalDate anchor = LocalDate.now(Formats.ZONE);

    CalendarView(CalendarService calendars) {
        this.calendars = calendars;
        addClassName("calendar-view");

        mode.setLabel(getTranslation("calendar.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("calendar.mode." + m.name()));
        mode.setValue(Mode.MONTH);
        mode.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        previous.addClickListener(e -> move(-1));
        next.addClickListener(e -> move(1));
        today.setText(getTranslation("calendar.today"));
        today.addClickListener(e -> {
            anchor = LocalDate.now(Formats.ZONE);
            refresh();
        });
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout stepper = new HorizontalLayout(previous, today, next);
        stepper.addClassName("calendar-stepper");
        stepper.setAlignItems(Alignment.CENTER);
        subscribe.setText(getTranslation("calendar.subscribe.open"));
        subscribe.setIcon(VaadinIcon.LINK.create());
        subscribe.addClickListener(e -> subscription.open());
        FlexLayout toolbar = new FlexLayout(mode, stepper, subscribe);
        toolbar.addClassName("calendar-toolbar");
        toolbar.setAlignItems(Alignment.END);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        // Screen readers hear the new period after previous / next.
        period.getElement().setAttribute("aria-live", "polite");
        period.addClassName("calendar-period");
        body.addClassName("calendar-body");
        body.setWidthFull();

        subscriptionDialog();
        // A dialog opened here would otherwise stay over the next view after browser back.
        addDetachListener(e -> subscription.close());
        add(new H2(getTranslation("nav.calendar")), toolbar, period, body);
        refresh();
        showSubscription(null);
    }

    private void move(int steps) {
        anchor = switch (mode.getValue()) {
            case MONTH -> anchor.plusMonths(steps).withDayOfMonth(1);
            case WEEK -> anchor.plusWeeks(steps);
            case AGENDA -> anchor.plusDays((long) steps * AGENDA_DAYS);
        };
        refresh();
    }

    private void refresh() {
        Mode m = mode.getValue();
        previous.setAriaLabel(getTranslation("calendar.previous." + m.name()));
        next.setAriaLabel(getTranslation("calendar.next." + m.name()));
        body.removeAll();
        body.setClassName("calendar-body");
        switch (m) {
            case MONTH -> showMonth();
            case WEEK -> showWeek();
            case AGENDA -> showAgenda();
        }
    }

    private void showMonth() {
        YearMonth month = YearMonth.from(anchor);
        period.setText(getTranslation("calendar.month.title", String.valueOf(month.getYear()),
                String.valueOf(month.getMonthValue()), month.getMonth().getDisplayName(TextStyle.FULL, getLocale())));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<CalendarEntry> entries = load(first, last.plusDays(1));
        // The weekday row is for the eye only: each day cell names its weekday itself.
        Div header = new Div();
        header.addClassName("calendar-weekdays");
        header.getElement().setAttribute("aria-hidden", "true");
        for (int i = 0; i < 7; i++) {
            Div weekday = new Div(new Span(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT, getLocale())));
            weekday.addClassName("calendar-weekday");
            header.add(weekday);
        }
        Div grid = new Div();
        grid.addClassName("calendar-month");
        grid.getElement().setAttribute("role", "list");
        grid.getElement().setAttribute("aria-label", period.getText());
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Div cell = dayCell(day, on(entries, day), false);
            if (!YearMonth.from(day).equals(month)) {
                cell.addClassName("other-month");
            }
            grid.add(cell);
        }
        body.add(header);
        body.add(grid);
    }

    private void showWeek() {
        LocalDate first = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = first.plusDays(6);
        period.setText(getTranslation("calendar.range.title", date(first), date(last)));
        List<CalendarEntry> entries = load(first, last.plusDays(1));
        Div week = new Div();
        week.addClassName("calendar-week");
        week.getElement().setAttribute("role", "list");
        week.getElement().setAttribute("aria-label", period.getText());
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            week.add(dayCell(day, on(entries, day), true));
        }
        body.add(week);
    }

    private void showAgenda() {
        LocalDate last = anchor.plusDays(AGENDA_DAYS - 1L);
        period.setText(getTranslation("calendar.range.title", date(anchor), date(last)));
        List<CalendarEntry> entries = load(anchor, last.plusDays(1));
        Div agenda = new Div();
        agenda.addClassName("calendar-agenda");
        for (LocalDate day = anchor; !day.isAfter(last); day = day.plusDays(1)) {
            List<CalendarEntry> mine = on(entries, day);
            if (mine.isEmpty()) {
                continue;
            }
            H4 heading = new H4(dayLabel(day, mine.size()));
            if (day.equals(LocalDate.now(Formats.ZONE))) {
                heading.addClassName("today");
            }
            agenda.add(heading, entryList(mine, true));
        }
        if (agenda.getComponentCount() == 0) {
            agenda.add(new Paragraph(getTranslation("calendar.empty")));
        }
        body.add(agenda);
    }

    private Div dayCell(LocalDate day, List<CalendarEntry> entries, boolean withWeekday) {
        Div cell = new Div();
        cell.addClassName("calendar-day");
        cell.getElement().setAttribute("role", "listitem");
        cell.getElement().setAttribute("aria-label", dayLabel(day, entries.size()));
        if (entries.isEmpty()) {
            cell.addClassName("empty");
        }
        String number = withWeekday
                ? day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " " + day.getMonthValue() + "/" + day.getDayOfMonth()
                : String.valueOf(day.getDayOfMonth());
        Span label = new Span(number);
        label.addClassName("calendar-day-number");
        // Narrow screens show the weekday beside the number, since the header row is hidden there.
        Span weekday = new Span(" " + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()));
        weekday.addClassName("calendar-day-weekday");
        label.getElement().setAttribute("aria-hidden", "true");
        weekday.getElement().setAttribute("aria-hidden", "true");
        cell.add(label);
        if (!withWeekday) {
            cell.add(weekday);
        }
        if (day.equals(LocalDate.now(Formats.ZONE))) {
            cell.addClassName("today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        if (!entries.isEmpty()) {
            cell.add(entryList(entries, withWeekday));
        }
        return cell;
    }

    private UnorderedList entryList(List<CalendarEntry> entries, boolean withLocation) {
        UnorderedList list = new UnorderedList();
        list.addClassName("calendar-entries");
        entries.forEach(e -> list.add(new ListItem(entry(e, withLocation))));
        return list;
    }

    /** One entry: a link to its page when it has one, so that the keyboard reaches it. */
    private Component entry(CalendarEntry e, boolean withLocation) {
        Component shown;
        Span time = new Span(TIME.format(e.start().atZone(Formats.ZONE)) + "–" + TIME.format(e.end().atZone(Formats.ZONE)));
        time.addClassName("calendar-entry-time");
        Span title = new Span(e.title());
        title.addClassName("calendar-entry-title");
        Span kind = new Span(getTranslation(e.kind().messageKey()));
        kind.getElement().getThemeList().add(e.kind() == CalendarEntry.Kind.MEETING ? "badge" : "badge contrast");
        if (e.link() != null && !e.link().isBlank()) {
            Anchor link = new Anchor(e.link());
            link.add(time, new Span(" "), title);
            shown = link;
        } else {
            shown = new Span(time, new Span(" "), title);
        }
        Span line = new Span(shown, new Span(" "), kind);
        line.addClassName("calendar-entry");
        line.addClassName("kind-" + e.kind().name().toLowerCase(Locale.ROOT));
        if (e.cancelled()) {
            line.addClassName("cancelled");
            Span cancelled = new Span(getTranslation("calendar.cancelled"));
            cancelled.getElement().getThemeList().add("badge error");
            line.add(new Span(" "), cancelled);
        }
        if (withLocation && e.location() != null && !e.location().isBlank()) {
            Span where = new Span(e.location());
            where.addClassName("calendar-entry-location");
            line.add(where);
        }
        return line;
    }

    private void subscriptionDialog() {
        subscription.setHeaderTitle(getTranslation("calendar.subscribe"));
        subscription.addClassName("calendar-subscription");
        subscription.setWidth("40em");
        url.setLabel(getTranslation("calendar.subscribe.url"));
        url.setReadOnly(true);
        url.addFocusListener(e -> url.getElement().executeJs("this.inputElement.select()"));
        copy.setText(getTranslation("calendar.subscribe.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The clipboard API exists only in secure contexts; on plain http the promise fails and
        // the person is told to copy from the field, whose text is selected for him.
        copy.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard.writeText($0)", url.getValue())
                .then(done -> copied(true), failure -> copied(false))));
        FlexLayout urlRow = new FlexLayout(url, copy);
        urlRow.addClassName("calendar-url-row");
        urlRow.setAlignItems(Alignment.BASELINE);
        urlRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        urlRow.setFlexGrow(1, url);
        urlHint.addClassName("calendar-url-hint");
        create.setText(getTranslation("calendar.subscribe.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> showSubscription(calendars.subscriptionUrl().orElse(null)));
        renew.setText(getTranslation("calendar.subscribe.renew"));
        renew.addClickListener(e -> {
            String fresh = calendars.renew();
            Toasts.success(getTranslation("calendar.subscribe.renewed"));
            showSubscription(fresh);
        });
        revoke.setText(getTranslation("calendar.subscribe.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> {
            calendars.revoke();
            Toasts.success(getTranslation("calendar.subscribe.revoked"));
            showSubscription(null);
        });
        FlexLayout actions = new FlexLayout(create, renew, revoke);
        actions.addClassName("calendar-subscription-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("calendar.subscribe.help")),
                subscriptionState, urlRow, urlHint, actions);
        content.setPadding(false);
        subscription.add(content);
        subscription.getFooter().add(new Button(getTranslation("common.close"), e -> subscription.close()));
    }

    /** The answer of the browser's clipboard. */
    void copied(boolean done) {
        if (done) {
            Toasts.success(getTranslation("calendar.subscribe.copied"));
        } else {
            Toasts.error(getTranslation("calendar.subscribe.copy-failed"));
            url.focus();
        }
    }

    /** The state of the caller's subscription; a fresh URL only right after it was made. */
    private void showSubscription(String freshUrl) {
        Optional<Instant> since = calendars.subscribedSince();
        url.setVisible(freshUrl != null);
        copy.setVisible(freshUrl != null);
        urlHint.setVisible(freshUrl != null);
        url.setValue(freshUrl == null ? "" : freshUrl);
        urlHint.setText(getTranslation("calendar.subscribe.copy-hint"));
        subscriptionState.setText(since.isEmpty() ? getTranslation("calendar.subscribe.none")
                : freshUrl != null ? getTranslation("calendar.subscribe.fresh")
                : getTranslation("calendar.subscribe.active", Formats.dateTimeShort(since.get())));
        create.setVisible(since.isEmpty());
        renew.setVisible(since.isPresent());
        revoke.setVisible(since.isPresent());
        if (freshUrl != null) {
            subscription.setOpened(true);
        }
    }

    private List<CalendarEntry> load(LocalDate from, LocalDate toExclusive) {
        return calendars.entriesFor(from.atStartOfDay(Formats.ZONE).toInstant(), toExclusive.atStartOfDay(Formats.ZONE).toInstant());
    }

    /** The entries on a day: every day an entry overlaps, so that a long one shows on each. */
    private static List<CalendarEntry> on(List<CalendarEntry> entries, LocalDate day) {
        Instant start = day.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        return entries.stream().filter(e -> e.start().isBefore(end)
                && (e.end().isAfter(start) || e.start().equals(start))).toList();
    }

    private String dayLabel(LocalDate day, int count) {
        String key = day.equals(LocalDate.now(Formats.ZONE)) ? "calendar.day.label.today" : "calendar.day.label";
        return getTranslation(key, String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
                String.valueOf(day.getDayOfMonth()), day.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()),
                String.valueOf(count), day.getMonth().getDisplayName(TextStyle.FULL, getLocale()));
    }

    private String date(LocalDate day) {
        return getTranslation("calendar.date", String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()),
                String.valueOf(day.getDayOfMonth()), day.getMonth().getDisplayName(TextStyle.SHORT, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " · " + getTranslation("app.name");
    }
}
