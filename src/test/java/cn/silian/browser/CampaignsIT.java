package cn.silian.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A research month in a real browser: the office prepares one for 城关街道 through the form and
 * opens it; the street's staff then see its progress page with their street. axe checks the list,
 * the filled-in form and the progress page.
 */
class CampaignsIT extends BrowserTestBase {

    private static final String THEME = "浏览器测试调研月";

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void theOfficeOpensACampaignAndTheStreetSeesItsProgress() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        login("office");
        page.navigate(url("campaigns"));
        assertThat(page.getByText("2026年集中调研月").first()).isVisible();
        assertAccessible("campaign list");

        button("新建调研月").click();
        page.waitForURL(Pattern.compile(".*/campaigns/new$"));
        field("vaadin-text-field", "主题").fill(THEME);
        field("vaadin-integer-field", "征集项目年度").fill("2041");
        field("vaadin-date-picker", "开始日期").fill(today.toString());
        field("vaadin-date-picker", "开始日期").press("Enter");
        field("vaadin-date-picker", "结束日期").fill(today.plusDays(20).toString());
        field("vaadin-date-picker", "结束日期").press("Enter");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("城关街道").setExact(true)).check();
        // Ticked, the street gets the default target of 2 visits.
        assertAccessible("campaign form filled in");
        button("保存").click();

        try {
            page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("not saved: " + page.locator("vaadin-notification-card").allInnerTexts()
                    + " " + page.locator("[invalid]").evaluateAll("els => els.map(e => e.localName + ':' + e.errorMessage)"), e);
        }
        String address = page.url();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(THEME))).isVisible();
        button("开始调研月").click();
        assertThat(page.getByText("状态：进行中").first()).isVisible();

        context.clearCookies();
        login("street01");
        page.navigate(address);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(THEME))).isVisible();
        Locator streetCell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("城关街道"));
        assertThat(streetCell.first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("0 / 2")).first()).isVisible();
        assertAccessible("campaign progress of the street");
    }
}
