package cn.silian.browser;

import cn.silian.TestUsers;
import cn.silian.opinions.IntakeSettings;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.security.AccountService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public intake (您说我听，码上见) in a real phone-sized browser, without an account: a
 * visitor sends a concern, gets a receipt code and later looks it up; a guessed code shows
 * nothing; a flood from one address is refused plainly and stores nothing; axe passes.
 */
class PublicIntakeIT extends BrowserTestBase {

    @Autowired StationService stations;
    @Autowired OpinionService opinions;
    @Autowired AccountService accounts;
    @Autowired IntakeSettings settings;

    /** A phone's screen, touch and user agent, in Chinese, with nobody signed in. */
    private void usePhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        // What the browser complains about ends up in the build log, should a page stay blank.
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                System.out.println("browser console: " + m.text());
            }
        });
        page.onPageError(e -> System.out.println("browser page error: " + e));
    }

    private long publicOpinions() {
        return TestUsers.as(accounts, "office", () ->
                opinions.count(new OpinionFilter(null, null, null, OpinionSource.PUBLIC, null, null, null)));
    }

    private void send(long station, String concern) {
        page.navigate(url("intake/" + station));
        page.locator("vaadin-text-area textarea").fill(concern);
        page.locator("vaadin-combo-box").first().locator("input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("交通")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("提交")).click();
    }

    @Test
    void aVisitorSendsAConcernFromHisPhoneAndLaterSeesItsStatus() {
        long station = TestUsers.as(accounts, "street01", () ->
                stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
        long before = publicOpinions();
        // The first page of a fresh server in development mode takes a while: let the login page pay for it.
        page.navigate(url("login"));
        page.locator("input[name=username]").waitFor();
        usePhone();

        page.navigate(url("intake/" + station));
        assertThat(page.getByText("您说我听，码上见")).isVisible();
        // No login page, no main menu: a page of its own.
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertAccessible("public intake form");
        screenshot("intake-form-phone");

        send(station, "浏览器：小区门口的人行道被占用，老人出行不便");
        Locator receipt = page.locator(".receipt-code");
        assertThat(receipt).isVisible();
        String code = receipt.textContent().strip();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertAccessible("receipt");
        screenshot("intake-receipt-phone");

        page.navigate(url("intake/status"));
        page.locator("vaadin-text-field input").fill(code);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("查询")).click();
        assertThat(page.locator(".intake-status-result")).containsText("已收到");
        assertAccessible("status page");

        page.locator("vaadin-text-field input").fill("ABCDEFGHJK");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("查询")).click();
        assertThat(page.locator(".intake-status-result")).containsText("没有找到");
        assertThat(page.locator(".intake-status-result")).not().containsText("已收到");

        // The rest of the allowance from this address, then one too many.
        for (int i = 1; i < settings.perAddress(); i++) {
            send(station, "浏览器：第 " + i + " 条");
            assertThat(page.locator(".receipt-code")).isVisible();
        }
        assertThat(publicOpinions()).isEqualTo(before + settings.perAddress());
        send(station, "浏览器：刷屏的一条");
        assertThat(page.locator(".intake-refused")).containsText("未保存任何内容");
        assertThat(page.locator(".receipt-code")).hasCount(0);
        assertAccessible("refused submission");
        assertThat(publicOpinions()).isEqualTo(before + settings.perAddress());
    }
}
