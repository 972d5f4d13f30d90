import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.List;

/**
 * Records what a real Chromium sends to Silian on a short journey (every request's method, URL
 * and body, and the start of each UIDL answer), so that the Gatling simulation's messages can
 * be checked against the browser's. A development aid, not a test: run it against a running
 * Silian with the app's test classpath: loadtest/recorder/record does that.
 *   java -cp "$CP" loadtest/recorder/Recorder.java http://localhost:8181 deputy
 */
public class Recorder {
    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8181";
        String user = args.length > 1 ? args[1] : "deputy";
        try (Playwright pw = Playwright.create()) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                    .setViewportSize(1280, 800)).newPage();
            page.onRequest(r -> {
                if (r.url().contains("VAADIN/build") || r.url().contains("/icons/") || r.url().endsWith(".css")) {
                    return;
                }
                System.out.println(">>> " + r.method() + " " + r.url());
                if (r.postData() != null) {
                    System.out.println("    " + r.postData());
                }
            });
            page.onResponse(r -> {
                if (r.url().contains("v-r=")) {
                    String body;
                    try {
                        body = r.text();
                    } catch (RuntimeException e) {
                        body = "?";
                    }
                    System.out.println("<<< " + r.status() + " " + r.url() + " " + body.length() + " chars: "
                            + body.substring(0, Math.min(body.length(), 1500)));
                }
            });
            page.navigate(base + "/login");
            page.locator("input[name=username]").fill(user);
            page.locator("input[name=password]").fill("Silian@2026");
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.locator("vaadin-app-layout").waitFor();
            page.waitForTimeout(1500);
            for (String path : args.length > 2 ? args[2].split(",") : new String[] {"deputies"}) {
                System.out.println("=== navigate " + path);
                page.locator("vaadin-side-nav-item[path='" + path + "']").first().click();
                page.waitForTimeout(2500);
                if (path.equals("deputies") || path.equals("benchmark/floor")) {
                    System.out.println("=== search");
                    page.locator("vaadin-text-field input").first().fill("zhang");
                    page.waitForTimeout(2500);
                }
            }
            browser.close();
        }
    }
}
