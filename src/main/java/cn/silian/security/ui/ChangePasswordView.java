package cn.silian.security.ui;

import cn.silian.security.AccountService;
import cn.silian.security.Roles;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * Every account changes its own password here, from the link beside its name; after an
 * administrator's reset, {@link PasswordChangeGuard} keeps him here until he has.
 */
@Route(ChangePasswordView.ROUTE)
// Every role, and not a sign-in still waiting for its second factor (it holds no role).
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "account/password";

    final Paragraph required = new Paragraph();
    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button change = new Button();
    private final transient AccountService accounts;

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("change-password-view");
        required.setText(getTranslation("password.change.required"));
        required.addClassName("password-change-required");
        current.setLabel(getTranslation("password.change.current"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        fresh.setLabel(getTranslation("password.change.new"));
        fresh.setHelperText(getTranslation("password.policy"));
        fresh.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("password.change.repeat"));
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            // Long passphrases are welcome: the service allows 128 characters.
            field.setMaxLength(128);
        }
        change.setText(getTranslation("password.change.submit"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> change());
        change.addClickShortcut(Key.ENTER);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("30em");
        add(new H2(getTranslation("password.change.title")), required, form, change);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        required.setVisible(accounts.passwordChangeRequired());
    }

    void change() {
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            field.setInvalid(false);
        }
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.repeat-mismatch"));
            repeat.setInvalid(true);
            Toasts.error(getTranslation("password.repeat-mismatch"));
            return;
        }
        boolean wasRequired = required.isVisible();
        try {
            accounts.changeOwnPassword(current.getValue(), fresh.getValue());
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields()));
            return;
        }
        current.clear();
        fresh.clear();
        repeat.clear();
        required.setVisible(false);
        Toasts.success(getTranslation("password.change.done"));
        if (wasRequired) {
            UI.getCurrent().navigate("");
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("currentPassword", current, "newPassword", fresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title") + " · " + getTranslation("app.name");
    }
}
