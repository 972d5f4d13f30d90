package cn.silian.ui;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless UI tests: the real views and services, no browser, signed in as a demo account. */
@SilianSpringTest
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    @Autowired
    protected AccountService accounts;

    /** Signs in as a demo account; the next navigation sees him. */
    protected void login(String username) {
        TestUsers.login(accounts, username);
    }

    protected void navigateTo(String location) {
        UI.getCurrent().navigate(location);
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }
}
