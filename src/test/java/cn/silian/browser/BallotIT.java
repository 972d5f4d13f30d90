package cn.silian.browser;

import cn.silian.TestUsers;
import cn.silian.projects.BallotResult;
import cn.silian.projects.BallotRow;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotTestData;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The vote in a real browser: the office creates a ballot from the shortlist and opens it, the
 * demo deputy and a second district deputy vote, the office enters a paper tally sheet, closes the
 * vote and publishes the result, which the deputy reads. axe checks the ballot list, the ballot's
 * page, the voting page and the result.
 */
class BallotIT extends BrowserTestBase {

    static final int YEAR = 2097;
    static final String TITLE = "浏览器测试票决";
    static final String SECOND = "ballotit";
    static final String SECOND_PASSWORD = "Silian@2026x";

    @Autowired ApplicationContext applicationContext;
    @Autowired AccountService accounts;
    @Autowired BallotService ballots;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    /** A district deputy of the current term other than the demo deputy, given an account of his own. */
    private void secondDeputyAccount() {
        long demoDeputy = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        long other = BallotTestData.eligible(applicationContext).stream().filter(d -> d != demoDeputy).findFirst().orElseThrow();
        TestUsers.as(accounts, "admin", () -> accounts.create(new AccountDraft(SECOND, "票决测试代表", Role.DEPUTY, null, other,
                true), SECOND_PASSWORD));
    }

    @Test
    void theOfficeRunsAVoteThatTwoDeputiesAndAPaperSheetDecide() {
        List<Long> projects = BallotTestData.shortlisted(applicationContext, YEAR, 3);
        secondDeputyAccount();

        login("office");
        page.navigate(url("ballots"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertAccessible("ballot list");
        button("新建票决").click();
        field("vaadin-integer-field", "项目年度").fill(String.valueOf(YEAR));
        field("vaadin-text-field", "标题").fill(TITLE);
        field("vaadin-integer-field", "每位代表最多选择").fill("2");
        button("新建票决").click();
        assertThat(page.getByText("票决已创建").first()).isVisible();
        for (int left = 3; left > 0; left--) {
            Locator add = page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(exactly("列为候选")));
            assertThat(add).hasCount(left);
            add.first().click();
        }
        assertThat(page.locator("vaadin-button:visible", new Page.LocatorOptions().setHasText(exactly("移出")))).hasCount(3);
        assertAccessible("ballot page in preparation");
        button("开始投票").click();
        confirmDialog("开始投票");
        assertThat(page.getByText("投票已开始。").first()).isVisible();
        long id = TestUsers.as(accounts, "office", () -> ballots.page(PageRequest.of(0, 100)).stream()
                .filter(b -> b.year() == YEAR).findFirst().map(BallotRow::id).orElseThrow());

        // the demo deputy ticks two, the second deputy one
        switchTo("deputy");
        vote(id, List.of("Project " + YEAR + "-1", "Project " + YEAR + "-2"), true);
        context.clearCookies();
        login(SECOND, SECOND_PASSWORD);
        vote(id, List.of("Project " + YEAR + "-1"), false);

        // one paper ballot, for the second project
        switchTo("office");
        page.navigate(url("ballots/" + id));
        button("录入计票单").click();
        dialog();
        field("vaadin-text-field", "计票单（如代表团）").fill("第一代表团");
        String paperVoter = TestUsers.as(accounts, "office", () -> ballots.notVoted(id).getFirst().name());
        Locator voters = field("vaadin-multi-select-combo-box", "交纸质选票的代表");
        voters.fill(paperVoter);
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(paperVoter)).first().click();
        voters.press("Escape");
        field("vaadin-integer-field", "Project " + YEAR + "-2").fill("1");
        assertAccessible("tally sheet dialog");
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button",
                new Page.LocatorOptions().setHasText(exactly("保存"))).last().click();
        assertThat(page.getByText("计票单已录入。").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("投票 3 人")).first()).isVisible();

        button("结束投票").click();
        confirmDialog("结束投票");
        assertThat(page.getByText("投票已结束。").first()).isVisible();
        button("公布结果").click();
        confirmDialog("公布结果");
        assertThat(page.getByText("结果已公布。").first()).isVisible();
        assertAccessible("published result for the office");

        BallotResult result = TestUsers.as(accounts, "office", () -> ballots.result(id));
        org.assertj.core.api.Assertions.assertThat(result.cast()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(result.lines()).extracting(BallotResult.Line::projectId)
                .containsExactly(projects.get(0), projects.get(1), projects.get(2));
        org.assertj.core.api.Assertions.assertThat(result.lines()).extracting(BallotResult.Line::votes)
                .containsExactly(2L, 2L, 0L);

        switchTo("deputy");
        page.navigate(url("ballots/" + id));
        assertThat(page.getByText("通过项目 2 个").first()).isVisible();
        assertAccessible("published result for a deputy");
    }

    private void vote(long id, List<String> choices, boolean checkAccessibility) {
        page.navigate(url("ballots/" + id));
        page.locator("a", new Page.LocatorOptions().setHasText("去投票")).first().click();
        for (String c : choices) {
            page.getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(c)).check();
        }
        assertThat(page.getByText("已选 " + choices.size() + " 个，最多 2 个").first()).isVisible();
        if (checkAccessibility) {
            assertAccessible("voting page");
        }
        button("投出我的票").click();
        confirmDialog("投出我的票");
        assertThat(page.getByText(Pattern.compile("^您已投票")).first()).isVisible();
    }
}
