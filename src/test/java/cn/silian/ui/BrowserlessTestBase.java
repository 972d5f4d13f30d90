package cn.silian.ui;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

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

    /** The position of the grid's column with this header, for {@code getCellText}. */
    protected static int columnOf(Grid<?> grid, String header) {
        List<? extends Grid.Column<?>> columns = grid.getColumns();
        return columns.indexOf(columns.stream().filter(c -> header.equals(c.getHeaderText())).findFirst().orElseThrow());
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }
}
