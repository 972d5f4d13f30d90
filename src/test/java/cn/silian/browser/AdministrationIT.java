package cn.silian.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The office's and the administrator's pages in a real browser, each checked with axe-core. */
class AdministrationIT extends BrowserTestBase {

    @Test
    void officeGetsClearMessagesForBadInputInTheDeputyForm() {
        login("office");
        page.navigate(url("deputies/new"));
        page.locator("vaadin-form-layout").waitFor();
        assertAccessible("new deputy form");
        page.locator("vaadin-text-field").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("联系电话"))
                .locator("input").fill("12345");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("保存")).click();
        assertThat(page.getByText("请更正标出的字段。")).isVisible();
        assertThat(page.locator("vaadin-text-field[invalid]")).not().hasCount(0);
        screenshot("deputy-form-errors");
        assertAccessible("deputy form with errors");
    }

    @Test
    void theAdministratorsPagesAreAccessible() {
        login("admin");
        page.navigate(url("accounts"));
        page.locator("vaadin-grid").waitFor();
        assertThat(page.locator("vaadin-grid")).containsText("street01");
        assertAccessible("accounts");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新建账号")).click();
        page.locator("vaadin-dialog[opened]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.getByText("显示名称").first().waitFor();
        assertAccessible("new account dialog");
        page.keyboard().press("Escape");

        page.navigate(url("audit"));
        page.locator("vaadin-grid").waitFor();
        // The administrator's own sign-in, by his name and role rather than his login name.
        assertThat(page.locator("vaadin-grid")).containsText("系统管理员（系统管理员）登录");
        assertAccessible("audit trail");
        screenshot("audit");
    }
}
