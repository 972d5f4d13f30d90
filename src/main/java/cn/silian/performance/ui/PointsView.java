package cn.silian.performance.ui;

import cn.silian.performance.DutyGroup;
import cn.silian.performance.DutyPoints;
import cn.silian.performance.EntryRow;
import cn.silian.performance.LedgerService;
import cn.silian.performance.PointsQuery;
import cn.silian.performance.SchemeService;
import cn.silian.performance.YearPoints;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.Attempts;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.Map;

/**
 * A deputy's points: this year's against the scheme and its threshold, by duty, and every entry
 * with the activity it came from; any entry may be appealed with a reason.
 */
@Route("points")
@Menu(order = 16, title = "nav.points", icon = "vaadin:star-half-left")
@RolesAllowed(Roles.DEPUTY)
public class PointsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Div summary = new Div();
    final Grid<DutyPoints> duties = new Grid<>();
    final Grid<EntryRow> entries = new Grid<>();
    final PhoneColumns<EntryRow> phoneEntries = new PhoneColumns<>(entries);
    private final transient PointsQuery points;
    private final transient LedgerService ledger;
    private final transient SchemeService schemes;
    private final long deputyId;

    PointsView(PointsQuery points, LedgerService ledger, SchemeService schemes, CurrentUser currentUser) {
        this.points = points;
        this.ledger = ledger;
        this.schemes = schemes;
        this.deputyId = currentUser.require().deputyId();
        addClassName("points-view");

        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("points.year"));
        year.setItems(PointsYears.upTo(thisYear, schemes.years()));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());

        summary.addClassName("points-summary");

        duties.setAriaLabel(getTranslation("points.by-duty"));
        duties.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        duties.addColumn(DutyPoints::name).setHeader(getTranslation("points.duty")).setFlexGrow(1);
        duties.addColumn(d -> getTranslation("performance.group." + d.group())).setHeader(getTranslation("points.group"))
                .setAutoWidth(true);
        duties.addColumn(DutyPoints::pointsEach).setHeader(getTranslation("points.each")).setAutoWidth(true);
        duties.addColumn(d -> d.yearlyCap() == null ? "–" : String.valueOf(d.yearlyCap()))
                .setHeader(getTranslation("points.cap")).setAutoWidth(true);
        duties.addColumn(DutyPoints::entries).setHeader(getTranslation("points.occurrences")).setAutoWidth(true);
        duties.addColumn(DutyPoints::counted).setHeader(getTranslation("points.counted")).setAutoWidth(true);
        duties.setAllRowsVisible(true);

        entries.setAriaLabel(getTranslation("points.entries"));
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phoneEntries.main(entries.addColumn(LitRenderer.<EntryRow>of(
                                "${item.title}<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("title", EntryRow::title)
                        .withProperty("secondary", e -> phoneEntries.line(e.earnedOn().toString(), e.dutyName())))
                .setHeader(getTranslation("points.entry")).setFlexGrow(1));
        phoneEntries.add(entries.addColumn(e -> e.earnedOn().toString()).setHeader(getTranslation("points.date"))
                .setAutoWidth(true));
        phoneEntries.add(entries.addColumn(EntryRow::dutyName).setHeader(getTranslation("points.duty")).setAutoWidth(true));
        entries.addColumn(e -> e.withdrawn() ? "0" : String.valueOf(e.counted())).setHeader(getTranslation("points.points"))
                .setAutoWidth(true);
        entries.addColumn(this::state).setHeader(getTranslation("points.state")).setAutoWidth(true);
        entries.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        entries.setEmptyStateText(getTranslation("points.entries.empty"));
        entries.setPageSize(50);

        Anchor published = new Anchor("points/published", getTranslation("points.published.link"));
        add(new H2(getTranslation("nav.points")), new HorizontalLayout(year, published), summary,
                new H3(getTranslation("points.by-duty")), duties, new H3(getTranslation("points.entries")), entries);
        refresh();
    }

    private void refresh() {
        int y = year.getValue();
        YearPoints mine = points.of(deputyId, y);
        SchemeService.YearDuties scheme = schemes.of(y, getLocale());
        summary.removeAll();
        FlexLayout figures = new FlexLayout();
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        figures.add(figure(getTranslation("points.total"), mine.total()));
        for (DutyGroup g : DutyGroup.values()) {
            figures.add(figure(getTranslation("performance.group." + g), mine.of(g)));
        }
        summary.add(figures);
        Paragraph threshold = new Paragraph(getTranslation(mine.total() < scheme.talkThreshold()
                ? "points.below-threshold" : "points.above-threshold", scheme.talkThreshold()));
        threshold.addClassName(mine.total() < scheme.talkThreshold() ? "points-below" : "points-above");
        summary.add(threshold);
        duties.setItems(points.byDuty(deputyId, y, getLocale()));
        entries.setItems(q -> ledger.entries(deputyId, y, PageRequest.of(q.getPage(), q.getPageSize()), getLocale()).stream());
    }

    private static Div figure(String label, int value) {
        Div box = new Div();
        box.addClassName("figure");
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("figure-label");
        box.add(number, text);
        return box;
    }

    private String state(EntryRow e) {
        if (e.withdrawn()) {
            return getTranslation("points.state.withdrawn");
        }
        if (e.appeal() != null) {
            return getTranslation("points.appeal.state." + e.appeal());
        }
        return getTranslation(e.manual() ? "points.state.manual" : "points.state.earned");
    }

    private Button actions(EntryRow e) {
        Button appeal = new Button(getTranslation("points.appeal"), click -> appeal(e));
        appeal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        appeal.setAriaLabel(getTranslation("points.appeal.for", e.title()));
        appeal.setEnabled(e.appealable());
        return appeal;
    }

    void appeal(EntryRow e) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("points.appeal.title"));
        Paragraph about = new Paragraph(getTranslation("points.appeal.about", e.title(), e.earnedOn().toString(),
                e.withdrawn() ? 0 : e.counted()));
        TextArea reason = new TextArea(getTranslation("points.appeal.reason"));
        reason.setMaxLength(LedgerService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Button send = new Button(getTranslation("points.appeal.send"), click -> {
            if (Attempts.attempt(this, () -> ledger.appeal(e.id(), reason.getValue()), Map.of("reason", reason))) {
                Toasts.success(getTranslation("points.appeal.sent"));
                dialog.close();
                entries.getDataProvider().refreshAll();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(about, reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points") + " · " + getTranslation("app.name");
    }
}
