package cn.silian.security.ui;

import cn.silian.security.LoginThrottledException;
import cn.silian.security.SecondFactorLoginHandler;
import cn.silian.security.SecondFactorPending;
import cn.silian.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;

/** The sign-in page, in Chinese unless the user has chosen English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    /** The texts shown in the form (LoginForm keeps its own copy private). */
    LoginI18n texts;
    private final transient AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        show(i18n(null));

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        Paragraph notice = new Paragraph(getTranslation("login.notice"));
        notice.addClassName("login-notice");
        add(new LanguageSwitch(), title, tagline, form, notice);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            // Half-way through signing in, the password is done: on to the second factor.
            boolean pending = SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending;
            event.forwardTo(pending ? SecondFactorLoginHandler.ROUTE : "");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            show(i18n(last instanceof LoginThrottledException throttled ? throttled : null));
            form.setError(true);
        }
    }

    private void show(LoginI18n i18n) {
        texts = i18n;
        form.setI18n(i18n);
    }

    private LoginI18n i18n(LoginThrottledException throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttled != null) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", throttled.retryAfterSeconds()));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
