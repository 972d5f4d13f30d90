package cn.silian.browser;

import cn.silian.TestTotp;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests: the whole application on a random port, driven by Playwright in Debian's
 * Chromium. One browser per class, a fresh context (cookies, storage) per test. A missing
 * Chromium fails the test: CI installs it, and a browser layer that skips itself hides defects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {

    static final String PASSWORD = "Silian@2026";
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    @LocalServerPort
    int port;
    /** The running server, for raw clients that finish a sign-in's second step on its side. */
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext application;

    /** A failing test leaves a screenshot of what the browser showed, under target/screenshots. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && this.page != null && !this.page.isClosed()) {
            screenshot("FAILED-" + extension.getRequiredTestMethod().getName());
        }
    };

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    void launchBrowser() {
        Path chromium = Paths.get(System.getProperty("silian.chromium", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("Chromium must be installed at %s (apt-get install -y chromium); .ci/run installs it", chromium)
                .isTrue();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Signs in through the real form, as a person would, and waits for the main layout; the demo
     * administrator and office then pass the code page with a code of the demo secret.
     */
    void login(String username) {
        login(username, PASSWORD);
    }

    /** Signs in with an account's own password, e.g. one a test created. */
    protected void login(String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        if (SECOND_FACTOR.contains(username)) {
            enterSecondFactor(nextCode(username));
        }
        page.locator("vaadin-app-layout").waitFor();
    }

    /** The demo accounts with the README's second factor. */
    static final Set<String> SECOND_FACTOR = Set.of("admin", "office");
    /** The last time step whose code each account has used in this JVM (one application, one database). */
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    /** Types a code on the code page that the password step leads to. */
    void enterSecondFactor(String code) {
        page.locator("vaadin-text-field.second-factor-code input").fill(code);
        page.locator("vaadin-button.second-factor-verify").click();
    }

    /**
     * A code of the demo secret Silian has not accepted yet: each is good once, so a second sign-in
     * within the same 30 s takes the next step's (one step ahead is tolerated), and a third waits
     * for the clock to reach the next step — the only thing a time-based code can wait for.
     */
    static synchronized String nextCode(String username) {
        long step = Math.max(TestTotp.currentStep(), LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > TestTotp.currentStep() + 1) {
            long nextStepAt = (TestTotp.currentStep() + 1) * 30_000L;
            try {
                Thread.sleep(Math.max(1, nextStepAt - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP.put(username, step);
        return TestTotp.code(TestTotp.DEMO_SECRET, step);
    }

    /** Signs out and in again as another account, in the same browser context. */
    protected void switchTo(String user) {
        context.clearCookies();
        login(user);
    }

    /** The dialog element itself has no box (its overlay shows the content): wait for it to be there, not "visible". */
    protected Locator dialog() {
        Locator dialog = page.locator("vaadin-dialog[opened]").first();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return dialog;
    }

    /** A button of the open dialog by its whole label. */
    protected Locator dialogButton(String text) {
        return page.locator("vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button",
                new Page.LocatorOptions().setHasText(exactly(text))).last();
    }

    /** Clicks a dialog's button and waits for the dialog to go. */
    protected void confirm(String text) {
        Locator dialog = dialog();
        dialogButton(text).click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Clicks a button of a confirm dialog (a ConfirmDialog, not a Dialog) by its whole label. */
    protected void confirmDialog(String text) {
        page.locator("vaadin-confirm-dialog vaadin-button, vaadin-confirm-dialog-overlay vaadin-button",
                new Page.LocatorOptions().setHasText(exactly(text))).last().click();
    }

    /** A visible button by its whole label: 立案 is not 不予立案, 答复 not 评价答复. */
    protected Locator button(String text) {
        return page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(exactly(text))).first();
    }

    /** Playwright hands the pattern to the browser's JavaScript, which knows no \Q…\E: escape by hand. */
    protected static Pattern exactly(String text) {
        return Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$");
    }

    /** The input of a Vaadin field found by its label. */
    protected Locator field(String tag, String label) {
        return page.locator(tag).filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label)))).last()
                .locator("input, textarea").first();
    }

    void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Waits until no finite animation runs: axe measures colours as painted, and a notification
     * still fading in is half transparent, which reads as a contrast failure.
     */
    void waitForAnimations() {
        // Two frames first: what the last response changed (a field enabled, say) starts its colour
        // transition only when styles are next computed, and until then no animation is listed.
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || !a.effect || a.effect.getComputedTiming().endTime === Infinity)");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** axe-core on the current page: no serious or critical violation of WCAG 2.1 A/AA. */
    void assertAccessible(String where) {
        waitForVaadin();
        waitForAnimations();
        // Toasts are left out: they fade in and out on a timer, and one that starts fading while axe
        // measures reads as low contrast. Their colours are fixed in silian.css at 4.5:1 or more.
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude(List.of("vaadin-notification-container"))
                .exclude(List.of("vaadin-notification-card"))
                .analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious).as(where + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
