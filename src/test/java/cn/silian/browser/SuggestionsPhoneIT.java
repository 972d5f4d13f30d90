package cn.silian.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestion pages on a 390 px phone: each fits the width (no sideways scrolling) and passes
 * axe; the deputy drafts a suggestion there and lands on its page.
 */
class SuggestionsPhoneIT extends BrowserTestBase {

    private void usePhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private void assertFitsThePhone(String where) {
        waitForVaadin();
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(width).as(where + ": no sideways scrolling").isLessThanOrEqualTo(390);
        assertAccessible(where + " on a phone");
        screenshot(where.replace('/', '-') + "-phone");
    }

    @Test
    void aDeputyDraftsASuggestionOnAPhone() {
        usePhone();
        login("deputy");
        page.navigate(url("suggestions"));
        page.locator(".suggestion-list-view vaadin-grid").waitFor();
        assertFitsThePhone("suggestions");

        page.navigate(url("suggestions/new"));
        page.locator(".suggestion-edit-view vaadin-text-field input").first().fill("关于增设社区微循环公交的建议");
        page.locator(".suggestion-edit-view vaadin-text-area textarea").first()
                .fill("城关街道多个小区距离公交站较远，建议增设社区微循环公交线路。");
        // Picked from its list as a finger would, so the value is committed before the form is saved.
        page.locator(".suggestion-edit-view vaadin-combo-box input").first().click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("就业")).click();
        assertThat(page.locator(".suggestion-edit-view vaadin-combo-box input").first()).hasValue("就业");
        page.locator("vaadin-combo-box-overlay[opened]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        // The list itself (a listbox the overlay shows) is hidden a moment after the overlay
        // loses "opened"; axe must not meet it half-closed.
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-combo-box-scroller')].every(s => !s.checkVisibility())");
        assertFitsThePhone("suggestions/new");
        Locator save = page.locator(".suggestion-edit-view vaadin-button", new Page.LocatorOptions().setHasText("保存"));
        save.scrollIntoViewIfNeeded();
        save.click();
        page.locator(".suggestion-view .suggestion-timeline, .suggestion-view .facts").first().waitFor();
        assertThat(page.locator(".suggestion-view h2")).hasText("关于增设社区微循环公交的建议");
        assertFitsThePhone("suggestion");
    }

    @Test
    void theOfficesSuggestionPagesFitAPhone() {
        usePhone();
        login("office");
        for (String route : List.of("suggestions", "suggestions/key", "units", "")) {
            page.navigate(url(route));
            page.locator("vaadin-app-layout").waitFor();
            waitForVaadin();
            assertFitsThePhone(route.isEmpty() ? "home" : route);
        }
    }
}
