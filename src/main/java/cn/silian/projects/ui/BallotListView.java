package cn.silian.projects.ui;

import cn.silian.projects.BallotRow;
import cn.silian.projects.BallotService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** The ballots on livelihood projects: the office all of them, a deputy those opened to the deputies. */
@Route("ballots")
@Menu(order = 33, title = "ballot.nav", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPUTY})
public class BallotListView extends VerticalLayout implements HasDynamicTitle {

    final Button create = new Button();
    final Grid<BallotRow> grid = new Grid<>();
    final PhoneColumns<BallotRow> phone = new PhoneColumns<>(grid);

    BallotListView(BallotService ballots, CurrentUser currentUser) {
        addClassName("ballot-list-view");
        setSizeFull();
        H2 title = new H2(getTranslation("ballot.list.title"));
        create.setText(getTranslation("ballot.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate(BallotEditView.class)));
        create.setVisible(currentUser.require().isOfficeOrAdmin());
        FlexLayout header = new FlexLayout(title, create);
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        grid.setAriaLabel(getTranslation("ballot.list.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phone.add(grid.addColumn(r -> String.valueOf(r.year())).setHeader(getTranslation("ballot.year"))
                .setSortProperty("year").setAutoWidth(true).setFlexGrow(0));
        phone.main(grid.addColumn(LitRenderer.<BallotRow>of("<a href=\"ballots/${item.id}\">${item.title}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", BallotRow::id).withProperty("title", BallotRow::title)
                        .withProperty("secondary", r -> phone.line(String.valueOf(r.sessionDate()),
                                getTranslation(r.state().messageKey()))))
                .setHeader(getTranslation("ballot.title")).setSortProperty("title").setFlexGrow(2));
        phone.add(grid.addColumn(r -> String.valueOf(r.sessionDate())).setHeader(getTranslation("ballot.session"))
                .setSortProperty("sessionDate").setAutoWidth(true));
        phone.add(grid.addColumn(r -> getTranslation(r.state().messageKey())).setHeader(getTranslation("ballot.state"))
                .setSortProperty("state").setAutoWidth(true));
        phone.add(grid.addColumn(r -> getTranslation("ballot.list.choose", r.maxChoices(), r.candidates()))
                .setHeader(getTranslation("ballot.candidates")).setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("ballot.list.empty"));
        grid.setItems(q -> ballots.page(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        add(header, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballot.list.title") + " · " + getTranslation("app.name");
    }
}
