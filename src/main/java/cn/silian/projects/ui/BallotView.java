package cn.silian.projects.ui;

import cn.silian.projects.BallotCandidate;
import cn.silian.projects.BallotDetails;
import cn.silian.projects.BallotResult;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotState;
import cn.silian.projects.BallotTallyRow;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One ballot. The office prepares it (settings, candidates from the year's shortlist), opens it,
 * enters the paper tally sheets and follows the live count, closes it and publishes the result. A
 * deputy sees the candidates and goes to his ballot while it is open; everyone sees the published result.
 */
@Route("ballots/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPUTY, Roles.STREET_STAFF, Roles.UNIT})
public class BallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PDF = "application/pdf";

    final H2 title = new H2();
    final Paragraph status = new Paragraph();
    final BallotForm form = new BallotForm();
    final Button saveSettings = new Button();
    final Grid<BallotCandidate> candidates = new Grid<>();
    final H3 shortlistHeading = new H3();
    final Grid<BallotCandidate> shortlist = new Grid<>();
    final Button open = new Button();
    final RouterLink voteLink = new RouterLink();
    final Paragraph note = new Paragraph();
    final H3 countHeading = new H3();
    final Paragraph figures = new Paragraph();
    final Grid<BallotResult.Line> result = new Grid<>();
    final Anchor pdf = new Anchor();
    final H3 talliesHeading = new H3();
    final Grid<BallotTallyRow> tallies = new Grid<>();
    final Button enterTally = new Button();
    final Button close = new Button();
    final Button publish = new Button();
    private final transient BallotService ballots;
    private final transient CurrentUser currentUser;
    private boolean office;
    private BallotDetails ballot;

    BallotView(BallotService ballots, CurrentUser currentUser) {
        this.ballots = ballots;
        this.currentUser = currentUser;
        addClassName("ballot-view");
        saveSettings.setText(getTranslation("common.save"));
        saveSettings.addClickListener(e -> saveSettings());
        open.setText(getTranslation("ballot.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> confirm("ballot.open", "ballot.open.confirm", this::openBallot));
        close.setText(getTranslation("ballot.close"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> confirm("ballot.close", "ballot.close.confirm", this::closeBallot));
        publish.setText(getTranslation("ballot.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirm("ballot.publish", "ballot.publish.confirm", this::publishResult));
        enterTally.setText(getTranslation("ballot.tally.enter"));
        enterTally.addClickListener(e -> new BallotTallyDialog(ballots, ballot, this::reload).open());
        voteLink.setText(getTranslation("ballot.vote.go"));
        voteLink.addClassName("ballot-vote-link");
        pdf.setText(getTranslation("ballot.result.pdf"));
        pdf.getElement().setAttribute("download", true);
        shortlistHeading.setText(getTranslation("ballot.shortlist"));
        countHeading.setText(getTranslation("ballot.result.heading"));
        talliesHeading.setText(getTranslation("ballot.tally.heading"));

        candidates.setAriaLabel(getTranslation("ballot.candidates"));
        candidates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.addColumn(BallotCandidate::title).setHeader(getTranslation("ballot.result.project")).setFlexGrow(2);
        candidates.addColumn(c -> BallotTexts.cost(this, c.estimatedCost())).setHeader(getTranslation("ballot.cost"))
                .setAutoWidth(true);
        candidates.addComponentColumn(this::removeButton).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        candidates.setAllRowsVisible(true);
        shortlist.setAriaLabel(getTranslation("ballot.shortlist"));
        shortlist.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        shortlist.addColumn(BallotCandidate::title).setHeader(getTranslation("ballot.result.project")).setFlexGrow(2);
        shortlist.addColumn(c -> BallotTexts.cost(this, c.estimatedCost())).setHeader(getTranslation("ballot.cost"))
                .setAutoWidth(true);
        shortlist.addComponentColumn(this::addButton).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        shortlist.setAllRowsVisible(true);
        result.setAriaLabel(getTranslation("ballot.result.heading"));
        result.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        result.addColumn(BallotResult.Line::rank).setHeader(getTranslation("ballot.result.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        result.addColumn(BallotResult.Line::title).setHeader(getTranslation("ballot.result.project")).setFlexGrow(2);
        result.addColumn(BallotResult.Line::votes).setHeader(getTranslation("ballot.result.votes")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        result.addColumn(l -> getTranslation(l.outcome().messageKey())).setHeader(getTranslation("ballot.result.outcome"))
                .setAutoWidth(true);
        result.setAllRowsVisible(true);
        tallies.setAriaLabel(getTranslation("ballot.tally.heading"));
        tallies.addColumn(BallotTallyRow::label).setHeader(getTranslation("ballot.tally.label")).setFlexGrow(1);
        tallies.addColumn(BallotTallyRow::papers).setHeader(getTranslation("ballot.tally.papers")).setAutoWidth(true);
        tallies.addColumn(BallotTallyRow::invalid).setHeader(getTranslation("ballot.tally.invalid")).setAutoWidth(true);
        tallies.addComponentColumn(this::withdrawButton).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        tallies.setAllRowsVisible(true);

        FlexLayout actions = new FlexLayout(saveSettings, open, enterTally, close, publish, voteLink);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-m)");
        add(new RouterLink(getTranslation("ballot.back"), BallotListView.class), title, status, note, form,
                new H3(getTranslation("ballot.candidates")), candidates, shortlistHeading, shortlist, actions,
                countHeading, figures, result, pdf, talliesHeading, tallies);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the router reuses this page for another ballot: who is looking is asked again
        office = currentUser.require().isOfficeOrAdmin();
        ballot = ballots.get(event.getRouteParameters().getLong("id").orElse(-1L));
        render();
    }

    void reload() {
        ballot = ballots.get(ballot.id());
        render();
    }

    private void render() {
        BallotState state = ballot.state();
        boolean draft = office && state == BallotState.DRAFT;
        title.setText(ballot.title());
        status.setText(BallotTexts.settings(this, ballot));
        form.setVisible(draft);
        form.show(ballot.draft());
        saveSettings.setVisible(draft);
        candidates.setItems(ballot.candidates());
        candidates.getColumns().getLast().setVisible(draft);
        shortlistHeading.setVisible(draft);
        shortlist.setVisible(draft);
        shortlist.setItems(draft ? ballots.shortlist(ballot.id()) : java.util.List.of());
        open.setVisible(draft);
        close.setVisible(office && state == BallotState.OPEN);
        publish.setVisible(office && state == BallotState.CLOSED);
        enterTally.setVisible(office && state == BallotState.OPEN);
        talliesHeading.setVisible(office && state != BallotState.DRAFT);
        tallies.setVisible(office && state != BallotState.DRAFT);
        tallies.getColumns().getLast().setVisible(state == BallotState.OPEN);
        tallies.setItems(office && state != BallotState.DRAFT ? ballots.tallies(ballot.id()) : java.util.List.of());
        voteLink.setVisible(ballot.mayVote());
        if (ballot.mayVote()) {
            voteLink.setRoute(BallotVoteView.class, new RouteParameters("id", String.valueOf(ballot.id())));
        }
        note.setText(ballot.voted() ? getTranslation("ballot.vote.done") : state == BallotState.CLOSED && !office
                ? getTranslation("ballot.closed.counting") : "");
        note.setVisible(!note.getText().isEmpty());
        boolean counted = state == BallotState.PUBLISHED || office && state != BallotState.DRAFT;
        countHeading.setVisible(counted);
        figures.setVisible(counted);
        result.setVisible(counted);
        pdf.setVisible(counted);
        if (counted) {
            BallotResult r = ballots.result(ballot.id());
            countHeading.setText(getTranslation(state == BallotState.PUBLISHED ? "ballot.result.heading"
                    : "ballot.result.live"));
            figures.setText(BallotTexts.figures(this, r));
            result.setItems(r.lines());
            Locale locale = getLocale();
            long id = ballot.id();
            String file = getTranslation("ballot.result.file", r.title()) + ".pdf";
            pdf.setHref(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = ballots.resultPdf(id, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), file, PDF, bytes.length);
            }));
        }
    }

    private Component removeButton(BallotCandidate c) {
        Button b = new Button(getTranslation("ballot.candidate.remove"),
                e -> act(() -> ballots.removeCandidate(ballot.id(), ballot.version(), c.projectId()), null));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation("ballot.candidate.remove.for", c.title()));
        return b;
    }

    private Component addButton(BallotCandidate c) {
        Button b = new Button(getTranslation("ballot.candidate.add"),
                e -> act(() -> ballots.addCandidate(ballot.id(), ballot.version(), c.projectId()), null));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation("ballot.candidate.add.for", c.title()));
        return b;
    }

    private Component withdrawButton(BallotTallyRow t) {
        Button b = new Button(getTranslation("ballot.tally.withdraw"), e -> act(() -> {
            ballots.withdrawTally(ballot.id(), t.id());
            return 0;
        }, "ballot.tally.withdrawn"));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        b.setAriaLabel(getTranslation("ballot.tally.withdraw.for", t.label()));
        return b;
    }

    void saveSettings() {
        act(() -> ballots.update(ballot.id(), ballot.version(), form.draft()), "ballot.saved", form.fields());
    }

    void openBallot() {
        act(() -> ballots.open(ballot.id(), ballot.version()), "ballot.opened");
    }

    void closeBallot() {
        act(() -> ballots.close(ballot.id(), ballot.version()), "ballot.closed");
    }

    void publishResult() {
        act(() -> ballots.publish(ballot.id(), ballot.version()), "ballot.published");
    }

    private void confirm(String header, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(header), getTranslation(text, ballot.title()),
                getTranslation(header), e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void act(LongSupplier action, String success) {
        act(action, success, Map.of());
    }

    private void act(LongSupplier action, String success, Map<String, ? extends HasValidation> fields) {
        try {
            action.getAsLong();
            if (success != null) {
                Toasts.success(getTranslation(success));
            }
        } catch (InvalidInputException ex) {
            // nothing changed: the page keeps what the user entered, with the problems marked
            Toasts.error(Problems.show(this, ex, fields));
            return;
        } catch (ConcurrentEditException ex) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballot.page") + " · " + getTranslation("app.name");
    }
}
