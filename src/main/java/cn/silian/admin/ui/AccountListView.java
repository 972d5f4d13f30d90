package cn.silian.admin.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.people.DeputyService;
import cn.silian.security.AccountService;
import cn.silian.security.SecondFactorService;
import cn.silian.security.AccountSummary;
import cn.silian.security.Roles;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Accounts and their roles: administrators only. */
@Route("accounts")
@Menu(order = 80, title = "nav.accounts", icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class AccountListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();
    final Button create = new Button();
    private final transient AccountService accounts;
    private final transient StreetService streets;
    private final transient DeputyService deputies;
    private final transient HandlingUnitService units;
    private final transient SecondFactorService secondFactor;
    private final Map<Long, String> deputyNames = new HashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();

    AccountListView(AccountService accounts, StreetService streets, DeputyService deputies, HandlingUnitService units,
                    SecondFactorService secondFactor) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.streets = streets;
        this.deputies = deputies;
        this.units = units;
        addClassName("account-list-view");
        setSizeFull();

        create.setText(getTranslation("accounts.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(null));
        H2 title = new H2(getTranslation("accounts.title"));
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);

        search.setLabel(getTranslation("accounts.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());

        Map<Long, StreetSummary> streetNames = streets.byId();
        grid.setAriaLabel(getTranslation("accounts.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.display-name"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().messageKey())).setHeader(getTranslation("account.role"))
                .setSortProperty("role").setAutoWidth(true);
        grid.addColumn(a -> a.streetId() != null && streetNames.containsKey(a.streetId())
                        ? streetNames.get(a.streetId()).name()
                        : a.deputyId() != null ? deputyNames.getOrDefault(a.deputyId(), "")
                        : a.unitId() != null ? unitNames.getOrDefault(a.unitId(), "") : "")
                .setHeader(getTranslation("account.bound-to")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.state")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> open(a));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("accounts.edit", a.username()));
            edit.setTooltipText(getTranslation("common.edit"));
            return edit;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);

        add(header, search, grid);
        expand(grid);
        refresh();
    }

    private void open(AccountSummary account) {
        new AccountDialog(accounts, streets, deputies, units, secondFactor, account, this::refresh).open();
    }

    void refresh() {
        String filter = search.getValue();
        grid.setItems(query -> {
            List<AccountSummary> page = accounts.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent();
            // One query for the names of the deputies on this page, not one per row.
            deputyNames.putAll(deputies.namesOf(page.stream().map(AccountSummary::deputyId).filter(Objects::nonNull)
                    .collect(Collectors.toSet())));
            unitNames.putAll(units.namesOf(page.stream().map(AccountSummary::unitId).filter(Objects::nonNull)
                    .collect(Collectors.toSet())));
            return page.stream();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
