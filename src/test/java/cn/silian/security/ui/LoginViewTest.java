package cn.silian.security.ui;

import cn.silian.home.HomeView;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends BrowserlessTestBase {

    @Test
    void theLoginPageIsInChineseByDefault() {
        navigateTo("login");
        LoginView view = (LoginView) getCurrentView();
        assertThat(find(H1.class, view).single().getText()).isEqualTo("四联");
        assertThat(view.texts.getForm().getUsername()).isEqualTo("用户名");
        assertThat(view.texts.getForm().getSubmit()).isEqualTo("登录");
        assertThat(view.form.isError()).isFalse();
    }

    @Test
    void aFailedLoginShowsAGenericMessage() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage()).isEqualTo("用户名或密码错误，请检查后重试。");
    }

    @Test
    void aThrottledSignInSaysHowManySecondsToWaitInTheUsersLanguage() {
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION,
                new cn.silian.security.LoginThrottledException(java.time.Duration.ofMillis(7_300)));
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage()).isEqualTo("该用户名或该地址的登录失败次数过多，请等待 8 秒后再试。");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "1")));
        view = (LoginView) getCurrentView();
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("Too many failed sign-ins for this user name or from this address. Wait 8 seconds, then try again.");
    }

    @Test
    void aSignedInUserIsSentHome() {
        login("office");
        navigateTo("login");
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }
}
