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
    void aSignedInUserIsSentHome() {
        login("office");
        navigateTo("login");
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }
}
