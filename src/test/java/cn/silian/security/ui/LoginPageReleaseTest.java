package cn.silian.security.ui;

import cn.silian.home.HomeView;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class LoginPageReleaseTest extends BrowserlessTestBase {

    @Test
    void theSignInPageIsClosedWhenTheSignedInPageOpens() {
        navigateTo("login");
        UI loginPage = UI.getCurrent();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        LoginPageRelease.closeLoginPagesBeside(newPageInSameSession());

        assertThat(loginPage.isClosing()).isTrue();
    }

    @Test
    void otherSignedInPagesStayOpen() {
        login("deputy");
        navigateTo("");
        UI homePage = UI.getCurrent();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);

        LoginPageRelease.closeLoginPagesBeside(newPageInSameSession());

        assertThat(homePage.isClosing()).isFalse();
    }

    private static UI newPageInSameSession() {
        UI fresh = mock(UI.class);
        when(fresh.getSession()).thenReturn(VaadinSession.getCurrent());
        return fresh;
    }
}
