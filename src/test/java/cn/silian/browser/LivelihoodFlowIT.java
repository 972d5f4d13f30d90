package cn.silian.browser;

import cn.silian.TestUsers;
import cn.silian.opinions.UnitChoice;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotTestData;
import cn.silian.projects.ProjectDraft;
import cn.silian.projects.ProjectService;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue #15's whole way in one real browser, as its users walk it: the office opens a research
 * month collecting projects for 2048 in 城关街道; street01 records an opinion there (tagged to the
 * month at once) and proposes a project from it; the office shortlists it and opens a vote of one
 * of two; the demo deputy and a second district deputy vote for it electronically and the office
 * enters a paper sheet for the other; the office closes and publishes — the street's project is
 * adopted and goes under supervision; the office makes 陈志强 its lead and opens the year's rating;
 * unit01 (the housing bureau, the project's department) reports 40 %; both deputies rate it; the
 * office closes and publishes the rating. axe checks every page on the way. 2048 belongs to this
 * test alone: no demo data nor other test uses it.
 */
class LivelihoodFlowIT extends BrowserTestBase {

    static final int YEAR = 2048;
    static final String THEME = "2048年民生实事征集调研月（流程测试）";
    static final String OPINION = "城关街道老旧小区人行道破损，雨天积水，居民出行不便（流程测试）";
    static final String TITLE = "老旧小区人行道改造（流程测试）";
    static final String OTHER = "社区养老服务驿站建设（流程测试）";
    static final String BALLOT = "2048年民生实事项目票决（流程测试）";
    static final String LEAD = "陈志强";
    static final String SECOND = "flowit";
    static final String SECOND_PASSWORD = "Silian@2026x";

    @Autowired ApplicationContext applicationContext;
    @Autowired AccountService accounts;
    @Autowired ProjectService projects;
    @Autowired BallotService ballots;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void fromAnOpinionToAnAdoptedSupervisedAndRatedProject() {
        secondDeputyAccount();

        // The office prepares the research month and opens it.
        login("office");
        page.navigate(url("campaigns"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertAccessible("campaign list");
        button("新建调研月").click();
        page.waitForURL(Pattern.compile(".*/campaigns/new$"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        field("vaadin-text-field", "主题").fill(THEME);
        field("vaadin-integer-field", "征集项目年度").fill(String.valueOf(YEAR));
        field("vaadin-date-picker", "开始日期").fill(today.toString());
        field("vaadin-date-picker", "开始日期").press("Enter");
        field("vaadin-date-picker", "结束日期").fill(today.plusDays(30).toString());
        field("vaadin-date-picker", "结束日期").press("Enter");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("城关街道").setExact(true)).check();
        assertAccessible("campaign form filled in");
        button("保存").click();
        page.waitForURL(Pattern.compile(".*/campaigns/\\d+$"));
        long campaign = idIn("campaigns");
        assertThat(heading(THEME)).isVisible();
        button("开始调研月").click();
        assertThat(page.getByText("状态：进行中").first()).isVisible();
        assertAccessible("campaign progress for the office");

        // street01 records an opinion of his street: the open month takes it in at once.
        switchTo("street01");
        page.navigate(url("opinions/new"));
        field("vaadin-text-area", "反映内容").fill(OPINION);
        choose("vaadin-combo-box", "类别", "住房");
        button("保存").click();
        page.waitForURL(Pattern.compile(".*/opinions/\\d+$"));
        long opinion = idIn("opinions");
        Locator propose = page.locator("a.opinion-project");
        assertThat(propose).hasAttribute("href", "projects/new?opinion=" + opinion);
        assertAccessible("opinion page with the propose link");

        page.navigate(url("campaigns/" + campaign));
        assertThat(heading(THEME)).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(OPINION)).first()).isVisible();
        assertAccessible("campaign progress for the street, the opinion tagged");

        // ... and proposes a project from it, for the month.
        page.navigate(url("opinions/" + opinion));
        page.locator("a.opinion-project").click();
        page.locator(".project-opinion").waitFor();
        org.assertj.core.api.Assertions.assertThat(field("vaadin-text-area", "项目内容").inputValue()).isEqualTo(OPINION);
        field("vaadin-text-field", "项目名称").fill(TITLE);
        field("vaadin-big-decimal-field", "估算投资").fill("35");
        choose("vaadin-combo-box", "责任单位", "住房和城乡建设局");
        choose("vaadin-combo-box", "集中调研月", THEME);
        assertAccessible("project form from the opinion");
        button("提出").click();
        page.waitForURL(Pattern.compile(".*/projects/\\d+$"));
        long project = idIn("projects");
        assertThat(header(TITLE)).containsText("已提出");
        assertThat(page.locator(".facts")).containsText("社情民意第 " + opinion + " 号");
        assertAccessible("project page, proposed");

        // The ballot chooses 1 of N and needs N >= 1; a second candidate makes it a choice. The
        // office proposing and shortlisting goes through the services: the UI path is the one above.
        proposeAndShortlistTheOther(campaign);

        // The office shortlists the street's project, creates the vote and opens it.
        switchTo("office");
        page.navigate(url("projects/" + project));
        header(TITLE).waitFor();
        button("初定").click();
        Locator shortlistDialog = dialog();
        field("vaadin-text-area", "理由").fill("群众呼声高，投资可控");
        assertAccessible("shortlist dialog");
        page.locator("vaadin-dialog-overlay vaadin-button.dialog-confirm, vaadin-dialog vaadin-button.dialog-confirm").last().click();
        shortlistDialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(header(TITLE)).containsText("已初定");
        assertAccessible("project page, shortlisted");

        page.navigate(url("ballots"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertAccessible("ballot list");
        button("新建票决").click();
        page.waitForURL(Pattern.compile(".*/ballots/new$"));
        field("vaadin-integer-field", "项目年度").fill(String.valueOf(YEAR));
        field("vaadin-text-field", "标题").fill(BALLOT);
        field("vaadin-integer-field", "每位代表最多选择").fill("1");
        button("新建票决").click();
        page.waitForURL(Pattern.compile(".*/ballots/\\d+$"));
        long ballot = idIn("ballots");
        for (int left = 2; left > 0; left--) {
            Locator add = page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(exactly("列为候选")));
            assertThat(add).hasCount(left);
            add.first().click();
        }
        assertThat(page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(exactly("移出")))).hasCount(2);
        assertAccessible("ballot page in preparation");
        button("开始投票").click();
        confirmDialog("开始投票");
        assertThat(page.getByText("投票已开始。").first()).isVisible();

        // Two deputies vote for the street's project in Silian.
        switchTo("deputy");
        vote(ballot, true);
        context.clearCookies();
        login(SECOND, SECOND_PASSWORD);
        vote(ballot, false);

        // One paper ballot, for the other project; then the office closes and publishes.
        switchTo("office");
        page.navigate(url("ballots/" + ballot));
        button("录入计票单").click();
        Locator tally = dialog();
        field("vaadin-text-field", "计票单（如代表团）").fill("第一代表团");
        String paperVoter = TestUsers.as(accounts, "office", () -> ballots.notVoted(ballot).getFirst().name());
        Locator voters = field("vaadin-multi-select-combo-box", "交纸质选票的代表");
        voters.fill(paperVoter);
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(paperVoter)).first().click();
        voters.press("Escape");
        assertThat(page.locator("vaadin-multi-select-combo-box[opened]")).hasCount(0);
        field("vaadin-integer-field", OTHER).fill("1");
        assertAccessible("tally sheet dialog");
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button",
                new Page.LocatorOptions().setHasText(exactly("保存"))).last().click();
        tally.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.getByText("计票单已录入。").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("投票 3 人（电子 2，纸质 1）")).first()).isVisible();
        button("结束投票").click();
        confirmDialog("结束投票");
        assertThat(page.getByText("投票已结束。").first()).isVisible();
        button("公布结果").click();
        confirmDialog("公布结果");
        assertThat(page.getByText("结果已公布。").first()).isVisible();
        assertThat(page.getByText("通过项目 1 个").first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(exactly("通过")))).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("未通过：得票未过半"))).hasCount(1);
        assertAccessible("published ballot result");

        // Publishing adopted it: supervision took it in. The office sets the group's lead.
        page.navigate(url("supervision"));
        field("vaadin-integer-field", "年度").fill(String.valueOf(YEAR));
        field("vaadin-integer-field", "年度").press("Enter");
        Locator supervisedLink = page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText(TITLE));
        assertThat(supervisedLink).isVisible();
        assertThat(page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText(OTHER))).hasCount(0);
        assertThat(page.locator("a[href='supervision/rating/" + YEAR + "']")).isVisible();
        assertAccessible("supervision list of 2048");
        supervisedLink.click();
        page.waitForURL(Pattern.compile(".*/supervision/\\d+$"));
        long supervised = idIn("supervision");
        choose("vaadin-combo-box", "组长", LEAD);
        button("保存督办小组").click();
        assertThat(page.getByText("组长：" + LEAD).first()).isVisible();
        assertAccessible("supervised project, for the office");

        // The year's rating round: it needs the year's supervised projects, which now exist.
        page.navigate(url("supervision/rating/" + YEAR));
        assertThat(page.getByText(YEAR + " 年的测评尚未开始。").first()).isVisible();
        button("开始测评").click();
        assertThat(page.getByText(YEAR + " 年测评已开始。").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("^状态：进行中。")).first()).isVisible();
        assertAccessible("rating round, open, for the office");

        // unit01 reports the department's progress.
        switchTo("unit01");
        page.navigate(url("supervision/" + supervised));
        button("填报进度").click();
        Locator report = dialog();
        field("vaadin-text-field", "完成的节点").fill("施工招标完成，主体工程开工");
        field("vaadin-integer-field", "完成百分比").fill("40");
        dialogButton("保存").click();
        report.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.locator("vaadin-grid").getByText("施工招标完成，主体工程开工").first()).isVisible();
        assertThat(page.locator(".supervision-percent").first()).containsText("40%");
        assertAccessible("supervised project, for its department");

        // Both deputies rate it.
        switchTo("deputy");
        rate("满意", true);
        context.clearCookies();
        login(SECOND, SECOND_PASSWORD);
        rate("不满意", false);

        // The office closes and publishes the rating; the figures are on the page.
        switchTo("office");
        page.navigate(url("supervision/rating/" + YEAR));
        assertThat(page.getByText(Pattern.compile("已有 2 名测评")).first()).isVisible();
        button("结束测评").click();
        assertThat(page.getByText(YEAR + " 年测评已结束。").first()).isVisible();
        button("公布结果").click();
        assertThat(page.getByText(YEAR + " 年测评结果已公布。").first()).isVisible();
        String figures = "满意 1，基本满意 0，不满意 1，共 2 票：满意率 50.0%";
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(figures)).first()).isVisible();
        assertAccessible("rating round, published");
        page.navigate(url("supervision/" + supervised));
        assertThat(page.getByText(figures).first()).isVisible();
    }

    /** A district deputy of the current term with no account yet (the demo deputy and BallotIT's have theirs). */
    private void secondDeputyAccount() {
        long demoDeputy = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        long other = BallotTestData.eligible(applicationContext).stream()
                .filter(d -> d != demoDeputy)
                .filter(d -> jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE deputy_id = ?", Integer.class, d) == 0)
                .findFirst().orElseThrow();
        TestUsers.as(accounts, "admin", () -> accounts.create(new AccountDraft(SECOND, "流程测试代表", Role.DEPUTY, null, other,
                true), SECOND_PASSWORD));
    }

    private void proposeAndShortlistTheOther(long campaign) {
        long street = ((SilianUser) accounts.loadUserByUsername("street01")).streetId();
        TestUsers.as(accounts, "office", () -> {
            long unit = projects.departments().stream().filter(u -> u.name().endsWith("卫生健康局"))
                    .map(UnitChoice::id).findFirst().orElseThrow();
            long id = projects.propose(new ProjectDraft(OTHER, "在城关街道建设社区养老服务驿站。", Set.of(street),
                    new BigDecimal("50"), unit, campaign, null, Set.of()));
            return projects.shortlist(id, projects.get(id).version(), "老龄人口多，需求迫切");
        });
    }

    /** The signed-in deputy votes for the street's project, the one choice the ballot allows. */
    private void vote(long ballot, boolean checkAccessibility) {
        page.navigate(url("ballots/" + ballot));
        page.locator("a.ballot-vote-link").click();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(TITLE)).check();
        assertThat(page.getByText("已选 1 个，最多 1 个").first()).isVisible();
        if (checkAccessibility) {
            assertAccessible("voting page");
        }
        button("投出我的票").click();
        confirmDialog("投出我的票");
        assertThat(page.getByText(Pattern.compile("^您已投票")).first()).isVisible();
    }

    /** The signed-in deputy rates the project on his sheet of the year, which shows its progress. */
    private void rate(String rating, boolean checkAccessibility) {
        page.navigate(url("supervision/rating/" + YEAR));
        Locator group = page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText(TITLE));
        assertThat(group).containsText("已完成 40%");
        group.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText(exactly(rating))).click();
        if (checkAccessibility) {
            assertAccessible("rating sheet");
        }
        button("提交测评").click();
        assertThat(page.getByText(YEAR + " 年的测评已提交。").first()).isVisible();
    }

    /** Picks an item of a combo box by typing part of it. */
    private void choose(String tag, String label, String item) {
        Locator input = field(tag, label);
        input.fill(item);
        page.locator(tag + "-item", new Page.LocatorOptions().setHasText(item)).first().click();
        // An open list is a listbox without a name to axe: the next check waits for it to close.
        assertThat(page.locator(tag + "[opened]")).hasCount(0);
        // The list's element outlives the closing: it must be out of sight too before axe looks.
        assertThat(page.locator("vaadin-combo-box-scroller:visible")).hasCount(0);
    }

    /** The id at the end of the current address, after {@code prefix/}. */
    private long idIn(String prefix) {
        Matcher m = Pattern.compile(prefix + "/(\\d+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(m.find()).as(page.url()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text));
    }

    private Locator header(String title) {
        return page.locator(".view-header").filter(new Locator.FilterOptions().setHasText(title)).first();
    }
}
