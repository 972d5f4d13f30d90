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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/**
 * A user's own second factor: set it up (anyone may), renew its recovery codes, or turn it off
 * where his role does not require it. Reached from the user area of the navbar.
 */
@Route(OwnSecondFactorView.ROUTE)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class OwnSecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        state.addClassName("second-factor-state");
        setUp.setText(getTranslation("second-factor.own.set-up"));
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(e -> {
            remove(setUp);
            enrolment = new EnrolmentPanel(service, panel -> panel.add(new Button(getTranslation("second-factor.own.done"),
                    d -> show())), () -> Toasts.error(getTranslation("second-factor.locked")));
            add(enrolment);
        });
        code.setLabel(getTranslation("second-factor.code"));
        code.setHelperText(getTranslation("second-factor.own.code.helper"));
        code.setMaxLength(12);
        renew.setText(getTranslation("second-factor.own.renew"));
        renew.addClickListener(e -> run(() -> showRecoveryCodes(service.renewRecoveryCodes(code.getValue()))));
        turnOff.setText(getTranslation("second-factor.own.turn-off"));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(e -> run(() -> {
            service.removeOwn(code.getValue());
            Toasts.success(getTranslation("second-factor.own.turned-off"));
            show();
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        code.clear();
        SecondFactorService.Status status = service.status();
        add(new H2(getTranslation("second-factor.own.title")), state);
        if (!status.enrolled()) {
            state.setText(getTranslation(status.required() ? "second-factor.own.off-required" : "second-factor.own.off"));
            add(setUp);
            return;
        }
        state.setText(getTranslation("second-factor.own.on", status.recoveryCodesLeft()));
        turnOff.setVisible(!status.required());
        add(code, new HorizontalLayout(renew, turnOff));
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        list.getStyle().set("font-family", "monospace");
        codes.forEach(c -> list.add(new ListItem(c)));
        add(new H2(getTranslation("second-factor.own.title")), new Paragraph(getTranslation("second-factor.recovery.intro")),
                list, new Button(getTranslation("second-factor.own.done"), d -> show()));
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
