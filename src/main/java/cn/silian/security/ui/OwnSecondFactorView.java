package cn.silian.security.ui;

import cn.silian.security.Roles;
import cn.silian.security.SecondFactorLockedException;
import cn.silian.security.SecondFactorService;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * A user's own second factor: set it up (anyone may), renew its recovery codes, or turn it off
 * where his role does not require it. Reached from the user area of the navbar.
 */
@Route(OwnSecondFactorView.ROUTE)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class OwnSecondFactorView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "account/second-factor";

    private final transient SecondFactorService service;
    final Paragraph state = new Paragraph();
    final TextField code = new TextField();
    final Button setUp = new Button();
    final Button renew = new Button();
    final Button turnOff = new Button();
    EnrolmentPanel enrolment;

    OwnSecondFactorView(SecondFactorService service) {
        this.service = service;
        addClassName("own-second-factor-view");
        setMaxWidth("40em");
        show();
    }

    private void show() {
        removeAll();
        SecondFactorService.Status status = service.status();
        state.addClassName("second-factor-state");
        add(new H2(getTranslation("second-factor.own.title")), state);
        if (!status.enrolled()) {
            state.setText(getTranslation(status.required() ? "second-factor.own.off-required" : "second-factor.own.off"));
            setUp.setText(getTranslation("second-factor.own.set-up"));
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            setUp.addClickListener(e -> {
                remove(setUp);
                enrolment = new EnrolmentPanel(service, panel -> {
                    Button done = new Button(getTranslation("second-factor.own.done"), d -> show());
                    panel.add(done);
                }, () -> Toasts.error(getTranslation("second-factor.locked")));
                add(enrolment);
            });
            add(setUp);
            return;
        }
        state.setText(getTranslation("second-factor.own.on", status.recoveryCodesLeft()));
        code.setLabel(getTranslation("second-factor.code"));
        code.setHelperText(getTranslation("second-factor.own.code.helper"));
        code.setMaxLength(12);
        renew.setText(getTranslation("second-factor.own.renew"));
        renew.addClickListener(e -> run(() -> {
            java.util.List<String> codes = service.renewRecoveryCodes(code.getValue());
            removeAll();
            add(new H2(getTranslation("second-factor.own.title")));
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            list.addClassName("recovery-codes");
            list.getStyle().set("font-family", "monospace");
            codes.forEach(c -> list.add(new com.vaadin.flow.component.html.ListItem(c)));
            add(new Paragraph(getTranslation("second-factor.recovery.intro")), list,
                    new Button(getTranslation("second-factor.own.done"), d -> show()));
        }));
        turnOff.setText(getTranslation("second-factor.own.turn-off"));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.setVisible(!status.required());
        turnOff.addClickListener(e -> run(() -> {
            service.removeOwn(code.getValue());
            Toasts.success(getTranslation("second-factor.own.turned-off"));
            show();
        }));
        add(code, new HorizontalLayout(renew, turnOff));
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException problem) {
            Problems.show(this, problem, Map.of("code", code));
            code.clear();
        } catch (SecondFactorLockedException e) {
            Toasts.error(getTranslation("second-factor.locked"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.own.title") + " · " + getTranslation("app.name");
    }
}
