package cn.silian.browser;

import com.microsoft.playwright.Locator;
import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditService;
import cn.silian.security.AccountService;
import cn.silian.shared.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The foundation's stories in a real browser: sign in, find a colleague by pinyin initials, open his page. */
class LoginAndDirectoryIT extends BrowserTestBase {

    private static final String LONG_GROUP = "小区环境与长效管理组";

    @Autowired AuditService audit;
    @Autowired AccountService accounts;

    @Test
    void officeFindsADeputyByPinyinInitialsAndOpensHisPage() {
        login("office");
        assertAccessible("home (office)");
        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("代表名录")).click();
        page.locator("vaadin-grid a").first().waitFor();
        screenshot("directory-all");
        page.locator("#deputy-search input").fill("czq");
        Locator link = page.locator("vaadin-grid a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("陈志强"));
        link.first().waitFor();
        // On a wide screen the columns stand beside the name: the phone's second line stays hidden.
        assertThat(page.locator("vaadin-grid .list-secondary").first()).isAttached();
        assertThat(page.locator("vaadin-grid .list-secondary").first()).isHidden();
        assertAccessible("directory");
        screenshot("directory");

        link.first().click();
        assertThat(page.locator("h2")).hasText("陈志强");
        assertThat(page.locator(".seats")).containsText("区人大代表");
        // The office sees the whole phone number.
        assertThat(page.locator(".facts")).containsText(Pattern.compile("1\\d{10}"));
        assertThat(page.locator(".facts")).not().containsText("****");
        assertAccessible("deputy page");
        screenshot("deputy-page");
    }

    @Test
    void aDeputySeesOnlyHisMenuAndColleaguesPhonesMasked() {
        login("deputy");
        assertThat(page.locator("h2")).hasText("陈志强，您好");
        List<String> menu = page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
        assertThat(menu).containsExactly("首页", "收件箱", "代表名录", "日历", "我的站点与值班", "我的积分", "积分公布", "我的述职", "我的履职档案", "会议", "社情民意", "代表建议", "课题调研", "集中调研月", "民生实事", "项目票决", "项目督办", "课题小组", "文档", "统计分析");
        screenshot("home-deputy");

        page.navigate(url("deputies"));
        page.locator("#deputy-search input").fill("lhy");
        page.locator("vaadin-grid a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("刘海燕")).first().click();
        assertThat(page.locator("h2")).hasText("刘海燕");
        assertThat(page.locator(".facts")).containsText("****");

        // Routes he may not open do not open, even by typing their address: he is told so.
        page.navigate(url("accounts"));
        assertThat(page.locator("h2")).hasText("您无权进行此操作。");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void loginRotatesTheSessionIdAndLogoutEndsTheSession() {
        page.navigate(url("login"));
        page.locator("input[name=username]").waitFor();
        String before = sessionId();
        login("street01");
        String after = sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);

        page.locator("vaadin-button.logout").click();
        page.locator("input[name=username]").waitFor();
        page.navigate(url("deputies"));
        page.locator("input[name=username]").waitFor();
    }

    @Test
    void wrongPasswordsGetOneGenericMessageThenAThrottle() {
        page.navigate(url("login"));
        assertAccessible("login");
        // Three failures are free and the fourth attempt is still let through.
        for (int i = 0; i < 4; i++) {
            submitWrongPassword();
            assertThat(page.getByText("用户名或密码错误，请检查后重试。")).isVisible();
            // One attempt, one recorded failure: the form must not post twice.
            assertThat(failedLogins("no-such-user")).isEqualTo(i + 1);
        }
        // From now on each failure doubles the wait (1 s, 2 s, 4 s, 8 s): one of the next attempts
        // comes sooner than that, however slow the machine.
        int attempts = 0;
        while (attempts < 4 && !throttledAfterWrongPassword()) {
            attempts++;
        }
        assertThat(page.getByText(Pattern.compile("登录失败次数过多，请等待 \\d+ 秒后再试"))).isVisible();
    }

    private void submitWrongPassword() {
        page.locator("input[name=username]").fill("no-such-user");
        page.locator("input[name=password]").fill("wrong-password");
        page.locator("input[name=password]").press("Enter");
    }

    /** Submits a wrong password and tells whether the answer was the throttle's (else the generic one). */
    private boolean throttledAfterWrongPassword() {
        submitWrongPassword();
        Locator throttled = page.getByText(Pattern.compile("登录失败次数过多"));
        throttled.or(page.getByText("用户名或密码错误，请检查后重试。")).first().waitFor();
        return throttled.isVisible();
    }

    @Test
    void theLoginWorksByKeyboardAloneAndTheUiSwitchesToEnglish() {
        page.navigate(url("login"));
        page.locator("input[name=username]").focus();
        page.keyboard().type("npc");
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("h2")).hasText("刘海燕，您好");

        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("h2")).hasText("Hello, 刘海燕");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible("home in English");
    }

    @Test
    void thePortalIsUsableOnAPhone() {
        usePhone();
        login("deputy");
        assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
        page.locator("vaadin-drawer-toggle").click();
        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("代表名录")).click();
        page.locator("#deputy-search input").fill("czq");
        page.locator("vaadin-grid a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("陈志强")).first().waitFor();
        assertAccessible("directory on a phone");
        screenshot("directory-phone");
        int width = (int) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(width).as("no sideways scrolling of the page").isLessThanOrEqualTo(390);

        // His shifts and stations: the station moves under the date instead of being cut beside it.
        page.navigate(url("my-duty"));
        page.locator("vaadin-grid .list-secondary").first().waitFor();
        assertAccessible("my duty on a phone");
        screenshot("my-duty-phone");
    }

    /**
     * A phone cut group names to three characters ("村社集…") under a stack of filters: lists now
     * show their main names whole, the other columns under them, and fold all filters but the
     * search. The demo's longest group name stands for the report's.
     */
    @Test
    void onAPhoneListsShowTheirNamesWholeAndFoldTheirFilters() {
        usePhone();
        login("office");
        page.navigate(url("groups"));
        page.locator(".filters vaadin-text-field input").first().fill(LONG_GROUP);
        Locator group = page.locator("vaadin-grid a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(LONG_GROUP)).first();
        group.waitFor();
        assertShownWhole(group, "group list");
        assertThat(group).hasText(LONG_GROUP);
        assertThat(page.locator(".filters-toggle")).isVisible();
        assertThat(page.locator(".filters .filter-more")).not().hasCount(0);
        assertThat(page.locator(".filters .filter-more").first()).isHidden();
        assertAccessible("group list on a phone");
        screenshot("groups-phone");

        for (String list : List.of("topics", "meetings", "stations", "deputies")) {
            page.navigate(url(list));
            Locator first = page.locator("vaadin-grid a").first();
            first.waitFor();
            assertShownWhole(first, list);
            assertThat(first.boundingBox().y + first.boundingBox().height).as(list + ": the list is on the first screen")
                    .isLessThan(844);
            assertAccessible(list + " on a phone");
            screenshot(list + "-phone");
        }

        page.locator(".filters-toggle").click();
        assertThat(page.locator(".filters .filter-more").first()).isVisible();
        assertThat(page.locator(".filters-toggle")).hasAttribute("aria-expanded", "true");
        assertAccessible("directory filters opened on a phone");
    }

    private void usePhone() {
        context.close();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    /**
     * The name is not cut by its cell (no ellipsis, nothing hidden), lies within the screen, and
     * its column has most of the list's width. The last part does not hang on the font: this
     * Chromium draws Chinese narrower than a phone does, so a short name may fit a narrow column
     * here and not there. Waits, since the list moves its secondary columns once it knows the width.
     */
    private void assertShownWhole(Locator name, String where) {
        try {
            page.waitForFunction("el => { const cell = el.closest('vaadin-grid-cell-content');"
                    + " const grid = el.closest('vaadin-grid'); const box = el.getBoundingClientRect();"
                    + " return cell.scrollWidth <= cell.clientWidth && box.left >= 0 && box.right <= window.innerWidth"
                    + " && cell.getBoundingClientRect().width >= 0.6 * grid.getBoundingClientRect().width; }",
                    name.elementHandle(), new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError(where + ": \"" + name.innerText() + "\" is cramped or cut off on a phone: "
                    + name.evaluate("el => { const c = el.closest('vaadin-grid-cell-content');"
                    + " return 'cell ' + c.clientWidth + 'px of the list\\'s ' + el.closest('vaadin-grid').clientWidth"
                    + " + 'px shows ' + c.scrollWidth + 'px'; }"), e);
        }
    }

    private long failedLogins(String username) {
        return TestUsers.as(accounts, "admin", () -> audit.page(
                new AuditFilter(username, "Session", AuditEvent.Action.LOGIN_FAILED, null),
                PageRequest.of(0, 100)).getNumberOfElements());
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
    }

}
