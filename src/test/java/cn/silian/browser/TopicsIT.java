package cn.silian.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The research topics' main story in a real browser: the office creates a topic and forms its
 * groups with the assistant; a deputy asks to join a group; its leader accepts him and gives him
 * a task; the deputy finds the group and the task on his home page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopicsIT extends BrowserTestBase {

    private static final String TOPIC = "浏览器测试课题：社区食堂";
    /** The demo group that npc leads, which takes join requests and which deputy is not in. */
    private static final String NPC_GROUP = "社区就业服务组";
    private static final String TASK = "走访三家社区食堂";

    @Test
    @Order(1)
    void theOfficeCreatesATopicAndFormsItsGroupsWithTheAssistant() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        login("office");
        page.navigate(url("topics"));
        page.locator("vaadin-grid a").first().waitFor();
        assertAccessible("topic list");

        buttonWith("新建课题").click();
        Locator dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").filter(new Locator.FilterOptions().setHasText("课题名称"));
        field("vaadin-text-field", "课题名称").fill(TOPIC);
        field("vaadin-date-picker", "开始日期").fill(today.toString());
        field("vaadin-date-picker", "开始日期").press("Enter");
        field("vaadin-date-picker", "结束日期").fill(today.withMonth(12).withDayOfMonth(31).toString());
        field("vaadin-date-picker", "结束日期").press("Enter");
        field("vaadin-text-field", "牵头部门").fill("社会建设委员会");
        chooseInMultiSelect("专业领域", "养老服务");
        chooseInMultiSelect("专业领域", "医疗卫生");
        page.keyboard().press("Escape");
        // The picker's list (a listbox without a name while it closes) is hidden a moment after
        // Escape; axe must see the dialog, not the list on its way out.
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-multi-select-combo-box-scroller')].every(s => !s.checkVisibility())");
        assertAccessible("new topic dialog");
        page.locator("vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button",
                new Page.LocatorOptions().setHasText("保存")).click();
        assertThat(page.getByText("已保存课题").first()).isVisible();
        dialog.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        // Saving a new topic opens its page.
        page.locator("h2", new Page.LocatorOptions().setHasText(TOPIC)).waitFor();
        assertAccessible("topic page");

        buttonWith("分类编组助手").click();
        buttonWith("生成编组方案").click();
        page.getByText("第二步：调整编组方案").waitFor();
        assertAccessible("grouping assistant with a proposal");
        screenshot("grouping-assistant");
        buttonWith("保存编组").click();
        assertThat(page.getByText("已建立 2 个小组").first()).isVisible();
        page.locator("h2", new Page.LocatorOptions().setHasText(TOPIC)).waitFor();
        assertThat(page.locator("vaadin-grid").last()).containsText("养老服务");
        screenshot("topic-with-groups");
    }

    @Test
    @Order(2)
    void aDeputyAsksToJoinTheLeaderAcceptsAndGivesHimATaskThatHeSeesAtHome() {
        login("deputy");
        page.navigate(url("groups"));
        page.locator("vaadin-grid a").first().waitFor();
        assertAccessible("group list");
        page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText(NPC_GROUP)).first().click();
        page.locator("h2", new Page.LocatorOptions().setHasText(NPC_GROUP)).waitFor();
        assertAccessible("a group, seen by a deputy outside it");
        buttonWith("申请加入").click();
        field("vaadin-text-area", "留言").fill("我长期关注社区就业，愿意参加调研。");
        assertAccessible("join dialog");
        buttonWith("提交申请").click();
        assertThat(page.getByText("申请已提交").first()).isVisible();

        context.clearCookies();
        login("npc");
        page.navigate(url("groups"));
        page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText(NPC_GROUP)).first().click();
        page.locator("h2", new Page.LocatorOptions().setHasText(NPC_GROUP)).waitFor();
        Locator requests = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("陈志强"));
        requests.first().waitFor();
        assertAccessible("a group, seen by its leader");
        screenshot("group-leader");
        page.locator("vaadin-button[aria-label='同意 陈志强 的申请']").click();
        assertThat(page.getByText("已同意 陈志强 加入").first()).isVisible();

        buttonWith("新增任务").click();
        field("vaadin-text-field", "标题").fill(TASK);
        Locator assignee = field("vaadin-combo-box", "负责人");
        assignee.fill("陈志强");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("陈志强")).first().click();
        // The demo topic ends on 31 December, and a task may not be due after its topic ends.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate due = today.plusDays(7).getYear() > today.getYear() ? today.withMonth(12).withDayOfMonth(31) : today.plusDays(7);
        Locator dueOn = field("vaadin-date-picker", "截止日期");
        dueOn.fill(due.toString());
        dueOn.press("Enter");
        assertAccessible("task dialog");
        page.locator("vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button",
                new Page.LocatorOptions().setHasText("保存")).last().click();
        assertThat(page.getByText("已保存任务").first()).isVisible();

        context.clearCookies();
        login("deputy");
        assertThat(page.locator("main, vaadin-app-layout").first()).containsText(NPC_GROUP);
        assertThat(page.locator("main, vaadin-app-layout").first()).containsText(TASK);
        assertAccessible("deputy home with groups and tasks");
        screenshot("home-deputy-topics");
    }

    /** The first button whose label contains the text, shown or not; {@link #button} wants a shown one's whole label. */
    private Locator buttonWith(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text)).first();
    }

    private void chooseInMultiSelect(String label, String item) {
        Locator input = field("vaadin-multi-select-combo-box", label);
        input.fill(item);
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(item)).first().click();
        input.fill("");
    }
}
