package cn.silian.projects.ui;

import cn.silian.projects.BallotDraft;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotThreshold;
import cn.silian.projects.BallotTieRule;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;

/** A new ballot: its settings; the candidates are placed on it on its page. */
@Route("ballots/new")
@RolesAllowed({Roles.OFFICE, Roles.ADMIN})
public class BallotEditView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_CHOICES = 10;

    final BallotForm form = new BallotForm();
    final Button save = new Button();
    private final transient BallotService ballots;

    BallotEditView(BallotService ballots) {
        this.ballots = ballots;
        addClassName("ballot-edit-view");
        int next = LocalDate.now(Formats.ZONE).getYear() + 1;
        // the district congress meets in January: the office moves the date when it is known
        form.show(new BallotDraft(next, getTranslation("ballot.default-title", String.valueOf(next)), LocalDate.of(next, 1, 10),
                DEFAULT_CHOICES,
                true, BallotThreshold.MORE_THAN_HALF_OF_CAST, BallotTieRule.EXCLUDE_TIED));
        save.setText(getTranslation("ballot.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new RouterLink(getTranslation("ballot.back"), BallotListView.class), new H2(getTranslation("ballot.new.title")),
                form, new HorizontalLayout(save));
    }

    void save() {
        try {
            long id = ballots.create(form.draft());
            Toasts.success(getTranslation("ballot.created"));
            getUI().ifPresent(ui -> ui.navigate(BallotView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, form.fields()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballot.new.title") + " · " + getTranslation("app.name");
    }
}
