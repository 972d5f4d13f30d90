package cn.silian.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A candidate livelihood project in a real browser: street01's staff propose one from an
 * opinion of their street (the form starts with its text), the office shortlists it with a
 * reason, and the list shows it. axe checks the form, the project's page and the list.
 */
class ProjectsIT extends BrowserTestBase {

    private static final String TITLE = "小区人行道综合治理（浏览器测试）";

    @BeforeEach
    void patientAssertions() {
        // The server shares a small machine with the build: wait for visible states as long as for locators.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void streetStaffProposeFromAnOpinionAndTheOfficeShortlists() {
        login("street01");
        page.navigate(url("opinions"));
        page.locator("vaadin-grid-cell-content a").first().click();
        page.locator("a", new Page.LocatorOptions().setHasText("提为民生实事候选项目")).first().click();
        page.locator(".project-opinion").waitFor();
        org.assertj.core.api.Assertions.assertThat(field("vaadin-text-area", "项目内容").inputValue()).isNotBlank();
        field("vaadin-text-field", "项目名称").fill(TITLE);
        field("vaadin-big-decimal-field", "估算投资").fill("35");
        Locator unit = field("vaadin-combo-box", "责任单位");
        unit.fill("住房和城乡建设局");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("住房和城乡建设局")).first().click();
        assertAccessible("project form from an opinion");
        button("提出").click();
        // The project's page is drawn before the browser's address changes: wait for both.
        page.waitForURL(Pattern.compile(".*/projects/\\d+$"));
        header().waitFor();
        assertThat(header()).containsText("已提出");
        String project = projectPath();
        assertThat(page.locator(".facts")).containsText("社情民意第");
        assertAccessible("project page, proposed");

        context.clearCookies();
        login("office");
        page.navigate(url(project));
        header().waitFor();
        button("初定").click();
        Locator dialog = page.locator("vaadin-dialog[opened]").first();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        field("vaadin-text-area", "理由").fill("群众呼声高，投资可控");
        assertAccessible("shortlist dialog");
        page.locator("vaadin-dialog-overlay vaadin-button.dialog-confirm, vaadin-dialog vaadin-button.dialog-confirm").last().click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(header()).containsText("已初定");
        assertThat(page.locator(".facts")).containsText("群众呼声高，投资可控");
        assertAccessible("project page, shortlisted");

        page.navigate(url("projects"));
        field("vaadin-text-field", "搜索").fill("浏览器测试");
        field("vaadin-text-field", "搜索").press("Enter");
        assertThat(page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText(TITLE)).first()).isVisible();
        assertAccessible("project list");
    }

    private Locator header() {
        return page.locator(".view-header").filter(new Locator.FilterOptions().setHasText(TITLE)).first();
    }

    private String projectPath() {
        Matcher m = Pattern.compile("projects/(\\d+)").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(m.find()).as(page.url()).isTrue();
        return "projects/" + m.group(1);
    }
}
