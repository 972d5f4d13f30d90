package cn.silian.browser;

import cn.silian.TestTotp;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The office signs in through the real form and the code page; nothing of the app opens in between. */
class SecondFactorIT extends BrowserTestBase {

    @Test
    void theOfficeSignsInWithPasswordAndCodeAndTheSessionIdChangesAtEachStep() {
        page.navigate(url("login"));
        page.locator("input[name=username]").waitFor();
        String anonymous = sessionId();
        page.locator("input[name=username]").fill("office");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();

        // The password alone opens the code page, and nothing else.
        assertThat(page.locator("vaadin-text-field.second-factor-code")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertThat(page.locator(".second-factor-demo-hint")).containsText("演示账号：当前验证码");
        String pending = sessionId();
        assertThat(pending).isNotNull().isNotEqualTo(anonymous);
        assertAccessible("second-factor page");
        page.navigate(url("deputies"));
        assertThat(page.locator("h2")).hasText("您无权进行此操作。");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-text-field.second-factor-code")).isVisible();

        page.locator("vaadin-text-field.second-factor-code input").fill("000000");
        page.locator("vaadin-button.second-factor-verify").click();
        assertThat(page.getByText("验证码不正确，或已使用过。")).isVisible();

        enterSecondFactor(nextCode("office"));
        page.locator("vaadin-app-layout").waitFor();
        assertThat(page.locator(".user-name")).hasText("代表工委 王敏");
        assertThat(sessionId()).isNotNull().isNotEqualTo(pending);
        page.navigate(url("deputies"));
        assertThat(page.locator("vaadin-grid").first()).isVisible();
    }

    @Test
    void theDemoHintShowsTheCodeAnAuthenticatorAppWouldShow() {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        String hint = page.locator(".second-factor-demo-hint").textContent();
        long step = TestTotp.currentStep();
        assertThat(hint).matches(".*\\d{6}$");
        String shown = hint.substring(hint.length() - 6);
        assertThat(shown).isIn(TestTotp.code(TestTotp.DEMO_SECRET, step), TestTotp.code(TestTotp.DEMO_SECRET, step - 1));

        page.locator("vaadin-button.second-factor-cancel").click();
        page.locator("input[name=username]").waitFor();
        page.navigate(url("login/second-factor"));
        page.locator("input[name=username]").waitFor();
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
    }
}
