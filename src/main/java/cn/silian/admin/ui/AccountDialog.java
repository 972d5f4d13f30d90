package cn.silian.admin.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.UnitChoice;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.AccountSummary;
import cn.silian.security.Role;
import cn.silian.security.SecondFactorService;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;

import java.util.HashMap;
import java.util.Map;

/** Creates or edits one account; the service checks every rule again. */
class AccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final ComboBox<Choice> deputy = new ComboBox<>();
    final ComboBox<UnitChoice> unit = new ComboBox<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();
    /** Shown for an account with a second factor: for a lost phone. */
    final Button resetSecondFactor = new Button();

    private final transient AccountService accounts;
    private final AccountSummary account;
    private final Runnable onSaved;

    AccountDialog(AccountService accounts, StreetService streets, DeputyService deputies, HandlingUnitService units,
                  SecondFactorService secondFactor, AccountSummary account, Runnable onSaved) {
        this.accounts = accounts;
        this.account = account;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(account == null ? "accounts.new" : "accounts.edit", account == null ? "" : account.username()));

        username.setLabel(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.helper"));
        username.setMaxLength(50);
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setMaxLength(60);
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        street.setLabel(getTranslation("account.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        deputy.setLabel(getTranslation("account.deputy"));
        deputy.setItemLabelGenerator(Choice::label);
        deputy.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .map(d -> new Choice(d.id(), d.nameAndStreet())));
        unit.setLabel(getTranslation("account.unit"));
        java.util.List<UnitChoice> unitChoices = new java.util.ArrayList<>(units.choices());
        if (account != null && account.unitId() != null && unitChoices.stream().noneMatch(u -> u.id() == account.unitId())) {
            // A unit made inactive since stays shown for the account still bound to it.
            var bound = units.get(account.unitId());
            unitChoices.add(new UnitChoice(bound.id(), bound.name(), bound.kind()));
        }
        unit.setItems(unitChoices);
        unit.setItemLabelGenerator(UnitChoice::name);
        enabled.setLabel(getTranslation("account.enabled"));
        password.setLabel(getTranslation(account == null ? "account.password" : "account.new-password"));
        password.setHelperText(getTranslation("password.policy")
                + (account == null ? "" : " " + getTranslation("account.reset-hint")));
        role.addValueChangeListener(e -> showBinding(e.getValue()));

        if (account == null) {
            enabled.setValue(true);
            role.setValue(Role.DEPUTY);
        } else {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            role.setValue(account.role());
            enabled.setValue(account.enabled());
            if (account.streetId() != null) {
                streets.find(account.streetId()).ifPresent(street::setValue);
            }
            if (account.deputyId() != null) {
                deputy.setValue(new Choice(account.deputyId(), deputies.nameOf(account.deputyId()).orElse("")));
            }
            if (account.unitId() != null) {
                unitChoices.stream().filter(u -> u.id() == account.unitId()).findFirst().ifPresent(unit::setValue);
            }
        }
        showBinding(role.getValue());

        FormLayout form = new FormLayout(username, displayName, role, street, deputy, unit, enabled, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (account != null) {
            Button delete = new Button(getTranslation("common.delete"), e -> delete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
            if (secondFactor.enrolledAccount(account.id())) {
                resetSecondFactor.setText(getTranslation("accounts.second-factor.reset"));
                resetSecondFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                resetSecondFactor.addClickListener(e -> {
                    secondFactor.reset(account.id());
                    Toasts.success(getTranslation("accounts.second-factor.reset.done", account.username()));
                    resetSecondFactor.setEnabled(false);
                });
                getFooter().addComponentAsFirst(resetSecondFactor);
            }
        }
    }

    private void showBinding(Role value) {
        street.setVisible(value == Role.STREET_STAFF);
        deputy.setVisible(value == Role.DEPUTY);
        unit.setVisible(value == Role.UNIT);
    }

    void save() {
        AccountDraft draft = new AccountDraft(username.getValue(), displayName.getValue(), role.getValue(),
                street.getValue() == null ? null : street.getValue().id(),
                deputy.getValue() == null ? null : deputy.getValue().id(),
                unit.getValue() == null ? null : unit.getValue().id(), enabled.getValue());
        try {
            if (account == null) {
                accounts.create(draft, password.getValue());
            } else {
                accounts.update(account.id(), account.version(), draft);
                if (!password.isEmpty()) {
                    accounts.resetPassword(account.id(), password.getValue());
                }
            }
            Toasts.success(getTranslation("accounts.saved", draft.username()));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields()));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private void delete() {
        try {
            accounts.delete(account.id());
            Toasts.success(getTranslation("accounts.deleted", account.username()));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields()));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("role", role);
        fields.put("streetId", street);
        fields.put("deputyId", deputy);
        fields.put("unitId", unit);
        fields.put("password", password);
        return fields;
    }
}
