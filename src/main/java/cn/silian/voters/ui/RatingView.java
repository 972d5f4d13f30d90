package cn.silian.voters.ui;

import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.voters.Rating;
import cn.silian.voters.RatingService;
import cn.silian.voters.ReportDetails;
import cn.silian.voters.Tally;
import cn.silian.voters.VotersReportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.Map;

/**
 * The rating sheets of one oral report: the office or the staff of the deputy's street enter them
 * one at a time or as a tally, and publish the result once there are enough.
 */
@Route("voters/rating/:id(\\d+)")
@RolesAllowed({Roles.OFFICE, Roles.ADMIN, Roles.STREET_STAFF})
public class RatingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph meeting = new Paragraph();
    final Paragraph result = new Paragraph();
    final Map<Rating, Button> sheets = new EnumMap<>(Rating.class);
    final IntegerField satisfied = new IntegerField();
    final IntegerField basically = new IntegerField();
    final IntegerField unsatisfied = new IntegerField();
    final Button addTally = new Button();
    final Button publish = new Button();
    final Button unpublish = new Button();
    private final transient VotersReportService reports;
    private final transient RatingService ratings;
    private final boolean office;
    private ReportDetails report;

    RatingView(VotersReportService reports, RatingService ratings, CurrentUser currentUser) {
        this.reports = reports;
        this.ratings = ratings;
        // a published result is taken back by the office alone
        this.office = currentUser.require().isOfficeOrAdmin();
        addClassName("voters-rating-view");
        FlexLayout one = new FlexLayout();
        one.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        one.getStyle().set("gap", "var(--lumo-space-s)");
        for (Rating r : Rating.values()) {
            Button b = new Button(getTranslation("voters.rating.add-one", getTranslation(r.messageKey())), e -> sheet(r));
            sheets.put(r, b);
            one.add(b);
        }
        satisfied.setLabel(getTranslation(Rating.SATISFIED.messageKey()));
        basically.setLabel(getTranslation(Rating.BASICALLY.messageKey()));
        unsatisfied.setLabel(getTranslation(Rating.UNSATISFIED.messageKey()));
        for (IntegerField f : new IntegerField[]{satisfied, basically, unsatisfied}) {
            f.setMin(0);
            f.setValue(0);
        }
        addTally.setText(getTranslation("voters.rating.add-tally"));
        addTally.addClickListener(e -> tally());
        publish.setText(getTranslation("voters.rating.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        unpublish.setText(getTranslation("voters.rating.unpublish"));
        unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unpublish.addClickListener(e -> unpublish());
        FormLayout tallyForm = new FormLayout(satisfied, basically, unsatisfied);
        add(new RouterLink(getTranslation("voters.plan.back"), VotersPlanView.class), title, meeting, result,
                new H3(getTranslation("voters.rating.one")), one,
                new H3(getTranslation("voters.rating.tally")), tallyForm, addTally, publish, unpublish);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        report = reports.get(id, getLocale());
        render();
    }

    private void reload() {
        report = reports.get(report.id(), getLocale());
        render();
    }

    private void render() {
        title.setText(getTranslation("voters.rating.title", report.deputyName(), String.valueOf(report.year())));
        meeting.setText(VotersTexts.meeting(this, report.meetingAt(), report.meetingPlace()));
        Tally t = report.tally();
        result.setText(report.published() ? getTranslation("voters.rating.published.line", VotersTexts.result(this, t))
                : getTranslation("voters.rating.so-far", VotersTexts.result(this, t), report.minRaters()));
        boolean open = !report.published();
        sheets.values().forEach(b -> b.setEnabled(open));
        addTally.setEnabled(open);
        publish.setEnabled(open);
        unpublish.setVisible(office && report.published());
    }

    void sheet(Rating r) {
        act(() -> ratings.sheet(report.id(), report.version(), r), null);
    }

    void tally() {
        act(() -> ratings.tally(report.id(), report.version(), new Tally(value(satisfied), value(basically), value(unsatisfied))),
                "voters.rating.tally-added");
    }

    void publish() {
        act(() -> ratings.publish(report.id(), report.version()), "voters.rating.published-done");
    }

    void unpublish() {
        act(() -> ratings.unpublish(report.id(), report.version()), "voters.rating.unpublished-done");
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                Toasts.success(getTranslation(success));
            }
            satisfied.setValue(0);
            basically.setValue(0);
            unsatisfied.setValue(0);
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of("tally", satisfied)));
        } catch (ConcurrentEditException ex) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
        reload();
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voters.rating.page") + " · " + getTranslation("app.name");
    }
}
