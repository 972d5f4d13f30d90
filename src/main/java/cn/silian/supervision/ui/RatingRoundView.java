package cn.silian.supervision.ui;

import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.ui.Toasts;
import cn.silian.supervision.ProjectRating;
import cn.silian.supervision.RatingRoundService;
import cn.silian.supervision.RatingSheet;
import cn.silian.supervision.RoundStatus;
import cn.silian.supervision.RoundSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The year-end rating of a year's supervised projects: for a deputy his sheet (a choice of
 * 满意 / 基本满意 / 不满意 per project, one submit); for the office the round, opened, closed and
 * published here, with each project's figures.
 */
@Route("supervision/rating/:year(\\d{4})")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPUTY})
public class RatingRoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final Button open = new Button();
    final Button close = new Button();
    final Button publish = new Button();
    final Grid<RoundSummary.Line> figures = new Grid<>();
    final VerticalLayout sheet = new VerticalLayout();
    final Map<Long, RadioButtonGroup<ProjectRating>> choices = new LinkedHashMap<>();
    final Button submit = new Button();
    private final transient RatingRoundService rounds;
    private final transient CurrentUser currentUser;
    private final FlexLayout tools;
    private boolean office;
    private int year;
    private RoundSummary round;

    RatingRoundView(RatingRoundService rounds, CurrentUser currentUser) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        addClassName("supervision-rating-view");
        open.setText(getTranslation("supervision.round.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> act(() -> rounds.open(year), "supervision.round.opened"));
        close.setText(getTranslation("supervision.round.close"));
        close.addClickListener(e -> act(() -> rounds.close(round.id(), round.version()), "supervision.round.closed"));
        publish.setText(getTranslation("supervision.round.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> act(() -> rounds.publish(round.id(), round.version()), "supervision.round.published"));
        tools = new FlexLayout(open, close, publish);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.getStyle().set("gap", "var(--lumo-space-s)");

        figures.setAriaLabel(getTranslation("supervision.round.figures"));
        figures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        figures.setAllRowsVisible(true);
        figures.addColumn(RoundSummary.Line::title).setHeader(getTranslation("supervision.col.title")).setFlexGrow(2);
        figures.addColumn(RoundSummary.Line::unitName).setHeader(getTranslation("supervision.col.unit")).setFlexGrow(1);
        figures.addColumn(l -> l.figures() == null ? getTranslation("supervision.rating.unpublished")
                : SupervisionTexts.figures(this, l.figures())).setHeader(getTranslation("supervision.col.rating")).setFlexGrow(2);

        sheet.setPadding(false);
        submit.setText(getTranslation("supervision.sheet.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        add(new RouterLink(getTranslation("supervision.back"), SupervisionListView.class), title, status, tools,
                new H3(getTranslation("supervision.round.figures")), figures, sheet);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = event.getRouteParameters().getInteger("year").orElse(0);
        // the router reuses this view for another year: who is looking is asked again
        office = currentUser.require().isOfficeOrAdmin();
        tools.setVisible(office);
        render();
    }

    private void render() {
        title.setText(getTranslation("supervision.round.title", String.valueOf(year)));
        round = rounds.round(year).orElse(null);
        status.setText(round == null ? getTranslation("supervision.round.none", String.valueOf(year))
                : getTranslation("supervision.round.line", getTranslation(round.status().messageKey()), round.raters(),
                round.eligible(), round.term()));
        open.setVisible(office && round == null);
        close.setVisible(office && round != null && round.status() == RoundStatus.OPEN);
        publish.setVisible(office && round != null && round.status() == RoundStatus.CLOSED);
        boolean figuresShown = round != null && (office || round.status() == RoundStatus.PUBLISHED);
        figures.setVisible(figuresShown);
        figures.setItems(round == null ? java.util.List.of() : round.lines());
        renderSheet();
    }

    private void renderSheet() {
        sheet.removeAll();
        choices.clear();
        if (office) {
            return;
        }
        RatingSheet mine = rounds.mySheet(year).orElse(null);
        sheet.add(new H3(getTranslation("supervision.sheet.title")));
        if (mine == null) {
            sheet.add(new Paragraph(getTranslation("supervision.round.none", String.valueOf(year))));
            return;
        }
        if (!mine.eligible()) {
            sheet.add(new Paragraph(getTranslation("supervision.sheet.not-eligible")));
            return;
        }
        boolean openRound = mine.status() == RoundStatus.OPEN;
        if (!openRound) {
            sheet.add(new Paragraph(getTranslation("supervision.sheet.closed")));
        }
        for (RatingSheet.Line l : mine.lines()) {
            RadioButtonGroup<ProjectRating> group = new RadioButtonGroup<>();
            group.setLabel(getTranslation("supervision.sheet.line", l.title(), l.unitName(), l.percentDone()));
            group.setItems(ProjectRating.values());
            group.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
            if (l.mine() != null) {
                group.setValue(l.mine());
                group.setReadOnly(true);
            } else {
                group.setReadOnly(!openRound);
            }
            choices.put(l.projectId(), group);
            sheet.add(group);
        }
        submit.setVisible(openRound && mine.lines().stream().anyMatch(l -> l.mine() == null));
        sheet.add(submit);
    }

    void submit() {
        Map<Long, ProjectRating> given = new HashMap<>();
        choices.forEach((id, group) -> {
            if (!group.isReadOnly() && group.getValue() != null) {
                given.put(id, group.getValue());
            }
        });
        act(() -> rounds.rate(year, given), "supervision.sheet.saved");
    }

    private void act(Runnable action, String success) {
        if (SupervisionTexts.attempt(this, action, Map.of())) {
            Toasts.success(getTranslation(success, String.valueOf(year)));
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.round.page") + " · " + getTranslation("app.name");
    }
}
