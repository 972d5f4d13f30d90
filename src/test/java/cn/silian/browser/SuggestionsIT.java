package cn.silian.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole loop in a real browser, on the demo district: a concern logged at the demo deputy's
 * home station (made an opinion by the street's staff) becomes his suggestion, co-signed by
 * npc, a national deputy; the office accepts it and assigns it to the first unit; unit01 signs
 * for it, logs a contact and answers; the deputy is not satisfied; the unit answers again; the
 * deputy is satisfied; the office publishes it. axe checks the pages on the way.
 */
class SuggestionsIT extends BrowserTestBase {

    /** Part of the concern {@code DemoOpinions.RECEPTION_CONCERN}: the one open reception opinion the demo keeps for this. */
    private static final String CONCERN = "小区南门人行道长期被共享单车和电动车占用";
    private static final String TITLE = "关于整治小区南门人行道非机动车乱停放的建议（浏览器测试）";
    private static final String BODY = "居民反映小区南门人行道长期被共享单车和电动车占用，老人推轮椅、家长推童车只能走机动车道。"
            + "建议施划非机动车停放区，督促运营企业及时调度清理，并在南门设置隔离桩。";
    private static final String UNIT = "住房和城乡建设局";

    @BeforeEach
    void patientAssertions() {
        // The server shares a small machine with the build: wait for visible states as long as for locators.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void aReceptionConcernBecomesASuggestionHandledTwiceRatedAndPublished() {
        // The deputy finds the concern among his stations' opinions and drafts a suggestion from it.
        login("deputy");
        page.navigate(url("opinions"));
        field("vaadin-text-field", "搜索").fill(CONCERN);
        field("vaadin-text-field", "搜索").press("Enter");
        page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText(CONCERN)).first().click();
        page.locator("a", new Page.LocatorOptions().setHasText("形成建议草稿")).first().click();
        field("vaadin-text-field", "标题").fill(TITLE);
        field("vaadin-text-area", "内容").fill(BODY);
        Locator category = field("vaadin-combo-box", "类别");
        category.fill("交通");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("交通")).first().click();
        Locator cosigners = field("vaadin-multi-select-combo-box", "邀请附议代表");
        cosigners.fill("刘海燕");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("刘海燕"))
                .filter(new Locator.FilterOptions().setHasText("全国人大代表")).first().click();
        cosigners.press("Escape");
        assertAccessible("suggestion editor");
        screenshot("suggestion-editor");
        button("保存").click();
        header().waitFor();
        assertThat(header()).containsText("草稿");
        String suggestion = suggestionPath();
        assertAccessible("suggestion page, draft");

        // npc, a national deputy, finds the invitation on his home page and confirms.
        switchTo("npc");
        page.locator("a", new Page.LocatorOptions().setHasText(TITLE)).first().click();
        header().waitFor();
        button("确认附议").click();
        assertThat(page.locator(".fact-cosigners").first()).containsText("刘海燕");

        switchTo("deputy");
        open(suggestion);
        step("提交", "提交");
        assertThat(header()).containsText("已提交");

        // The office pre-reviews: accepts it and assigns it to the first unit.
        switchTo("office");
        open(suggestion);
        step("立案", "立案");
        assertThat(header()).containsText("已立案");
        button("交办").click();
        Locator lead = field("vaadin-combo-box", "主办单位");
        lead.fill("住房");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(UNIT)).first().click();
        assertAccessible("assignment dialog");
        confirm("交办");
        assertThat(header()).containsText("已交办");

        // unit01 finds it on its home page and in its list, signs for it, logs a contact and answers.
        switchTo("unit01");
        assertThat(page.getByText("本单位待办建议").first()).isVisible();
        assertAccessible("unit home");
        screenshot("unit-home");
        page.navigate(url("suggestions"));
        field("vaadin-text-field", "搜索").fill("南门人行道");
        field("vaadin-text-field", "搜索").press("Enter");
        Locator row = page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText(TITLE)).first();
        row.waitFor();
        assertAccessible("suggestion list, unit");
        row.click();
        header().waitFor();
        step("签收", "签收");
        assertThat(header()).containsText("办理中");
        logContact("与陈志强代表到小区南门现场察看，商定先施划停放区、再设隔离桩。");
        answer("B类", "已会同交通运输部门在小区南门施划非机动车停放区，督促运营企业每日两次调度清理；隔离桩设置正在报批。");
        assertThat(header()).containsText("已答复");
        assertAccessible("suggestion page, answered");

        // The deputy is not satisfied: the unit must handle it again.
        switchTo("deputy");
        open(suggestion);
        button("评价答复").click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("不满意").setExact(true)).check();
        field("vaadin-text-area", "理由").fill("隔离桩没有明确完成时间，早晚高峰仍有车辆占道。");
        assertAccessible("rating dialog");
        confirm("评价答复");
        assertThat(header()).containsText("二次办理");

        switchTo("unit01");
        open(suggestion);
        logContact("电话联系陈志强代表，说明隔离桩的施工安排。");
        answer("A类", "隔离桩已于本周安装完毕，南门人行道恢复通行；城管中队每日巡查，发现占道及时清理。");
        assertThat(header()).containsText("已答复");

        switchTo("deputy");
        open(suggestion);
        button("评价答复").click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("满意").setExact(true)).check();
        confirm("评价答复");
        assertThat(header()).containsText("已办结");

        // The office publishes it with its answer.
        switchTo("office");
        open(suggestion);
        step("公开", "公开");
        assertThat(header()).containsText("已公开");
        assertThat(page.locator("body")).containsText("隔离桩已于本周安装完毕");
        assertAccessible("suggestion page, published");
        screenshot("suggestion-published");
    }

    private void logContact(String note) {
        button("登记沟通").click();
        field("vaadin-text-area", "沟通情况").fill(note);
        confirm("登记沟通");
        assertThat(page.locator("body")).containsText(note);
    }

    private void answer(String category, String text) {
        button("答复").click();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("答复类别")))).first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(category)).first().click();
        field("vaadin-text-area", "答复内容").fill(text);
        assertAccessible("answer dialog");
        confirm("答复");
    }

    /** A step whose dialog has nothing to fill in: the page's button, then the dialog's. */
    private void step(String button, String confirm) {
        button(button).click();
        confirm(confirm);
    }

    private void open(String path) {
        page.navigate(url(path));
        header().waitFor();
    }

    /** The suggestion page's title and state. */
    private Locator header() {
        return page.locator(".view-header").filter(new Locator.FilterOptions().setHasText(TITLE)).first();
    }

    private String suggestionPath() {
        Matcher m = Pattern.compile("suggestions/(\\d+)").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(m.find()).as(page.url()).isTrue();
        return "suggestions/" + m.group(1);
    }
}
