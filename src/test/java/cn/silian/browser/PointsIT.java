package cn.silian.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingsTestData;
import cn.silian.security.AccountService;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The points (履职积分) in a real browser, on the demo district: the office enters points by hand
 * for the demo deputy (陈志强), who sees his total go up by them, appeals the entry; the office
 * accepts the appeal with another figure, and his total follows. axe checks the points pages, the
 * dashboards (with a drawn chart and its table) and the report to voters.
 */
class PointsIT extends BrowserTestBase {

    private static final String DEPUTY = "陈志强";
    /** A duty the office enters by hand: 1 point each, at most 10 a year, none in the demo. */
    private static final String DUTY = "其他经登记的履职活动";
    private static final String TITLE = "参加社区议事协商会（浏览器测试）";
    private static final String REASON = "社区居委会出具的会议签到表及纪要，代表到会发言两次。";


    @BeforeEach
    void patientAssertions() {
        // The server shares a small machine with the build: wait for visible states as long as for locators.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired AccountService accounts;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    /** His points as the ledger counts them, for the figure the page must show. */
    private int ledgerTotal() {
        Integer t = jdbc.queryForObject("""
                SELECT COALESCE(MAX(t.total_points), 0) FROM points_total t JOIN account a ON a.deputy_id = t.deputy_id
                WHERE a.username = 'deputy' AND t.total_year = ?""", Integer.class,
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).getYear());
        return t == null ? 0 : t;
    }

    @Test
    void hisAttendanceAndAServedShiftGiveTheDeputyPointsAtOnce() {
        login("deputy");
        int before = total();
        org.assertj.core.api.Assertions.assertThat(before).isEqualTo(ledgerTotal());

        // A joint meeting he is invited to began five minutes ago; the office checks him in.
        long meeting = transactions.execute(status -> new MeetingsTestData(accounts, meetings, invitations, entityManager)
                .started("积分浏览器测试：四级人大代表联席会", Duration.ofMinutes(5), "deputy"));
        switchTo("office");
        page.navigate(url("meetings/" + meeting));
        page.locator("vaadin-button[aria-label='为" + DEPUTY + "签到']").click();
        assertThat(page.getByText(DEPUTY + "已签到").first()).isVisible();
        switchTo("deputy");
        page.navigate(url("points"));
        int afterMeeting = ledgerTotal();
        org.assertj.core.api.Assertions.assertThat(afterMeeting).as("attendance earns at once").isGreaterThan(before);
        assertThat(totalFigure()).hasText(String.valueOf(afterMeeting));

        // One of his shifts began an hour ago (today); on My duty he confirms he served it.
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        LocalDateTime start = now.minusHours(1).toLocalDate().isBefore(now.toLocalDate()) ? now.minusMinutes(1) : now.minusHours(1);
        Long shift = jdbc.queryForObject("""
                SELECT MAX(s.id) FROM duty_shift s JOIN account a ON a.deputy_id = s.deputy_id
                WHERE a.username = 'deputy' AND s.starts_at > ? AND s.served_at IS NULL""", Long.class, now);
        org.assertj.core.api.Assertions.assertThat(shift).as("the demo deputy has a shift ahead").isNotNull();
        jdbc.update("UPDATE duty_shift SET starts_at = ?, ends_at = ? WHERE id = ?", start, now.plusHours(1), shift);
        page.navigate(url("my-duty"));
        page.locator("vaadin-button[aria-label='确认" + start.toLocalDate() + "的班次已值班']").click();
        assertThat(page.getByText("已确认值班").first()).isVisible();
        page.navigate(url("points"));
        int afterShift = ledgerTotal();
        org.assertj.core.api.Assertions.assertThat(afterShift).as("a served shift earns at once").isGreaterThan(afterMeeting);
        assertThat(totalFigure()).hasText(String.valueOf(afterShift));
        assertAccessible("my points after a meeting and a shift");
    }

    @Test
    void aManualEntryCountsInTheTotalAndAnAcceptedAppealChangesIt() {
        login("deputy");
        int before = total();

        // The office enters 3 points by hand for the deputy.
        switchTo("office");
        page.navigate(url("points/office"));
        Locator deputy = field("vaadin-combo-box", "代表");
        deputy.fill(DEPUTY);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(DEPUTY)).first().click();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("履职项目")))).first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(DUTY)).first().click();
        field("vaadin-integer-field", "分值").fill("3");
        field("vaadin-text-field", "事项").fill(TITLE);
        field("vaadin-text-area", "理由及依据").fill(REASON);
        assertAccessible("points office, manual entry filled in");
        button("添加记录").click();
        assertThat(page.getByText("添加积分记录").first()).isVisible();

        // The deputy's total went up by those 3; he appeals the entry.
        switchTo("deputy");
        page.navigate(url("points"));
        assertThat(totalFigure()).hasText(String.valueOf(before + 3));
        Locator appeal = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("对“" + TITLE + "”提出申诉"));
        appeal.click();
        dialog();
        field("vaadin-text-area", "申诉理由").fill("当天还代为整理了居民提出的三条意见，按办法应计 5 分。");
        assertAccessible("appeal dialog");
        confirm("提交申诉");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("申诉处理中")).first())
                .isVisible();

        // The office accepts it and counts the entry 5.
        switchTo("office");
        page.navigate(url("points/office"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("处理" + DEPUTY + "的申诉：" + TITLE)).click();
        dialog();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("采纳").setExact(true)).check();
        field("vaadin-integer-field", "该记录计分").fill("5");
        field("vaadin-text-area", "处理理由").fill("经核对纪要，代表当天另整理居民意见三条，按 5 分计。");
        assertAccessible("appeal decision dialog");
        confirm("保存处理结果");
        assertThat(page.getByText("已采纳申诉").first()).isVisible();

        // The deputy's total now counts the entry 5, not 3.
        switchTo("deputy");
        page.navigate(url("points"));
        assertThat(totalFigure()).hasText(String.valueOf(before + 5));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("申诉已采纳")).first())
                .isVisible();
        screenshot("points-appeal-accepted");
    }

    @Test
    void thePointsDashboardsAndVotersPagesAreAccessible() {
        login("deputy");
        page.navigate(url("points"));
        totalFigure().waitFor();
        assertAccessible("my points");
        page.navigate(url("points/published"));
        page.locator("h2", new Page.LocatorOptions().setHasText("积分公布")).waitFor();
        assertAccessible("published points");
        page.navigate(url("my-record"));
        page.waitForURL(Pattern.compile(".*/points/record.*"));
        assertThat(page.locator(".record-view")).containsText(DEPUTY);
        assertAccessible("my record");
        page.navigate(url("voters/mine"));
        page.locator("h2", new Page.LocatorOptions().setHasText("我的向选民述职")).waitFor();
        assertAccessible("my report to voters");

        switchTo("office");
        page.navigate(url("points/office"));
        for (String name : new String[] {"申诉", "手工录入", "公布", "约谈", "积分办法"}) {
            assertThat(section(name)).hasAttribute("opened", "");
        }
        assertAccessible("points office, its five sections open");
        page.navigate(url("statistics"));
        Locator panel = page.locator(".figure-panel").first();
        assertThat(panel.locator(".echart canvas, .echart svg").first()).isVisible();
        assertThat(panel.locator(".echart ~ div > table.figure-table > caption")).hasText(Pattern.compile("\\S"));
        assertAccessible("statistics");
        screenshot("statistics");
        page.navigate(url("voters"));
        page.locator("h2", new Page.LocatorOptions().setHasText("向选民述职评议")).waitFor();
        assertAccessible("voters plan");
    }

    /** The deputy's total this year, on his points page. */
    private int total() {
        page.navigate(url("points"));
        return Integer.parseInt(totalFigure().textContent().trim());
    }

    private Locator totalFigure() {
        return page.locator(".points-summary .figure-value").first();
    }

    /** A section of the points office, all of them open. */
    private Locator section(String name) {
        return page.locator("vaadin-details.points-section").filter(new Locator.FilterOptions()
                .setHas(page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText(name))));
    }
}
