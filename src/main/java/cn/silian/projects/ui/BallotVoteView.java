package cn.silian.projects.ui;

import cn.silian.projects.BallotCandidate;
import cn.silian.projects.BallotDetails;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotState;
import cn.silian.security.Roles;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deputy's ballot: he ticks at most the ballot's number of candidates (none is a valid blank
 * vote) and confirms; afterwards the page says he voted, never what he chose.
 */
@Route("ballots/:id(\\d+)/vote")
@RolesAllowed(Roles.DEPUTY)
public class BallotVoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph help = new Paragraph();
    final CheckboxGroup<BallotCandidate> choices = new CheckboxGroup<>();
    final Paragraph counter = new Paragraph();
    final Button submit = new Button();
    final Paragraph done = new Paragraph();
    final RouterLink back = new RouterLink();
    private final transient BallotService ballots;
    private BallotDetails ballot;

    BallotVoteView(BallotService ballots) {
        this.ballots = ballots;
        addClassName("ballot-vote-view");
        choices.setLabel(getTranslation("ballot.candidates"));
        choices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choices.setItemLabelGenerator(BallotCandidate::title);
        choices.setWidthFull();
        choices.addValueChangeListener(e -> count());
        counter.getElement().setAttribute("aria-live", "polite");
        submit.setText(getTranslation("ballot.vote.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmVote());
        back.setText(getTranslation("ballot.vote.back"));
        add(back, title, help, choices, counter, submit, done);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ballot = ballots.get(event.getRouteParameters().getLong("id").orElse(-1L));
        back.setRoute(BallotView.class, new RouteParameters("id", String.valueOf(ballot.id())));
        title.setText(ballot.title());
        help.setText(getTranslation("ballot.vote.help", ballot.maxChoices(), ballot.candidates().size()));
        choices.setItems(ballot.candidates());
        render();
    }

    private void render() {
        boolean may = ballot.mayVote();
        choices.setVisible(may);
        counter.setVisible(may);
        submit.setVisible(may);
        help.setVisible(may);
        done.setText(getTranslation(ballot.voted() ? (ballot.secret() ? "ballot.vote.done.secret" : "ballot.vote.done")
                : ballot.state() != BallotState.OPEN ? "ballot.vote.not-open" : "ballot.vote.not-eligible"));
        done.setVisible(!may);
        count();
    }

    private void count() {
        int n = choices.getValue().size();
        counter.setText(getTranslation("ballot.vote.counter", n, ballot == null ? 0 : ballot.maxChoices()));
        boolean over = ballot != null && n > ballot.maxChoices();
        choices.setInvalid(over);
        choices.setErrorMessage(over ? getTranslation("ballot.vote.too-many", ballot.maxChoices(), n) : null);
    }

    void confirmVote() {
        int n = choices.getValue().size();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("ballot.vote.submit"),
                getTranslation(n == 0 ? "ballot.vote.confirm.blank" : "ballot.vote.confirm", n),
                getTranslation("ballot.vote.submit"), e -> vote());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    void vote() {
        Set<Long> chosen = choices.getValue().stream().map(BallotCandidate::projectId).collect(Collectors.toSet());
        try {
            ballots.vote(ballot.id(), chosen);
            choices.clear();
            Toasts.success(getTranslation("ballot.vote.thanks"));
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of("choices", choices)));
        }
        ballot = ballots.get(ballot.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballot.vote.page") + " · " + getTranslation("app.name");
    }
}
