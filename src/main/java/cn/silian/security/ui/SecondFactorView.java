package cn.silian.security.ui;

import cn.silian.security.SecondFactorLockedException;
import cn.silian.security.SecondFactorLoginHandler;
import cn.silian.security.SecondFactorPending;
import cn.silian.security.SecondFactorService;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.LanguageSwitch;
import cn.silian.shared.ui.Problems;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * The second step of signing in, after a correct password: a code from the authenticator app or
 * a recovery code; or, for an account whose role requires a second factor it does not have yet,
 * the enrolment. Only a session waiting for its second factor may open it.
 */
@Route(value = SecondFactorLoginHandler.ROUTE, autoLayout = false)
@RolesAllowed(SecondFactorPending.ROLE)
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SecondFactorService service;
    private final transient AuthenticationContext authenticationContext;
    final Div content = new Div();
    final TextField code = new TextField();
    final Button verify = new Button();
    final Paragraph demoHint = new Paragraph();
    final Paragraph locked = new Paragraph();
    EnrolmentPanel enrolment;

    SecondFactorView(SecondFactorService service, AuthenticationContext authenticationContext) {
        this.service = service;
        this.authenticationContext = authenticationContext;
        addClassName("second-factor-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        content.setMaxWidth("28em");
        Button cancel = new Button(getTranslation("second-factor.cancel"), e -> authenticationContext.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("second-factor-cancel");
        add(new LanguageSwitch(), title, content, cancel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        SecondFactorService.Status status = service.status();
        if (status.enrolled()) {
            showCodeForm();
        } else {
            showEnrolment();
        }
    }

    private void showCodeForm() {
        code.setLabel(getTranslation("second-factor.code"));
        code.addClassName("second-factor-code");
        code.setHelperText(getTranslation("second-factor.code.helper"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        verify.setText(getTranslation("second-factor.verify"));
        verify.addClassName("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> verify());
        content.add(new H2(getTranslation("second-factor.title")), new Paragraph(getTranslation("second-factor.intro")),
                code, verify);
        service.demoCode().ifPresent(current -> {
            demoHint.setText(getTranslation("second-factor.demo-hint", current));
            demoHint.addClassName("second-factor-demo-hint");
            content.add(demoHint);
        });
    }

    private void verify() {
        try {
            SessionSignIn.complete(service.verify(code.getValue()));
            SessionSignIn.goHome(UI.getCurrent());
        } catch (InvalidInputException problem) {
            Problems.show(this, problem, Map.of("code", code));
            code.clear();
        } catch (SecondFactorLockedException e) {
            lockOut();
        }
    }

    private void showEnrolment() {
        content.add(new H2(getTranslation("second-factor.enrol.title")),
                new Paragraph(getTranslation("second-factor.enrol.required")));
        enrolment = new EnrolmentPanel(service, panel -> {
            SessionSignIn.complete(service.completeEnrolment());
            Button next = new Button(getTranslation("second-factor.continue"), e -> SessionSignIn.goHome(UI.getCurrent()));
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.addClassName("second-factor-continue");
            panel.add(next);
        }, this::lockOut);
        content.add(enrolment);
    }

    /** Too many wrong codes: the session forgets the password step, and he starts again. */
    private void lockOut() {
        SessionSignIn.abandon();
        content.removeAll();
        locked.setText(getTranslation("second-factor.locked"));
        locked.addClassName("second-factor-locked");
        content.add(locked, new Anchor("login", getTranslation("second-factor.sign-in-again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " · " + getTranslation("app.name");
    }
}
