package cn.silian.browser;

import cn.silian.projects.ProjectAdopted;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The supervision of an adopted project in a real browser: the office makes the demo deputy
 * (陈志强) the lead of a project of unit01's department, unit01 reports its progress (and is told
 * that more than 100% is refused), and the deputy rates it on his 2026 sheet. axe checks the list,
 * the project page and the rating page.
 */
class SupervisionIT extends BrowserTestBase {

    private static final String DEPUTY = "陈志强";
    private static final String TITLE = "浏览器测试：社区文化家园建设";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    /** The project as a published ballot adopts it: unit01's department, street01's street, in 2026. */
    private long adopted() {
        SilianUser unit = (SilianUser) accounts.loadUserByUsername("unit01");
        SilianUser street = (SilianUser) accounts.loadUserByUsername("street01");
        transactions.executeWithoutResult(status -> events.publishEvent(new ProjectAdopted(-777_000_001L, 0, 2026, TITLE,
                "在城关街道建设社区文化家园。", unit.unitId(), List.of(street.streetId()))));
        return jdbc.queryForObject("SELECT id FROM supervised_project WHERE project_id = ?", Long.class, -777_000_001L);
    }

    @Test
    void theOfficeSetsALeadTheUnitReportsProgressAndTheDeputyRatesTheProject() {
        long id = adopted();
        login("office");
        page.navigate(url("supervision"));
        assertThat(page.getByText("民生实事项目督办").first()).isVisible();
        assertThat(page.locator("vaadin-grid a", new Page.LocatorOptions().setHasText(TITLE))).isVisible();
        assertAccessible("the supervised projects");

        page.navigate(url("supervision/" + id));
        Locator lead = field("vaadin-combo-box", "组长");
        lead.fill(DEPUTY);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(DEPUTY)).first().click();
        button("保存督办小组").click();
        assertThat(page.getByText("组长：" + DEPUTY).first()).isVisible();
        assertAccessible("a supervised project, for the office");

        switchTo("unit01");
        page.navigate(url("supervision/" + id));
        button("填报进度").click();
        Locator dialog = dialog();
        field("vaadin-text-field", "完成的节点").fill("主体工程开工");
        field("vaadin-integer-field", "完成百分比").fill("120");
        dialogButton("保存").click();
        assertThat(page.getByText("完成百分比须在 0 到 100 之间。").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT percent_done FROM supervised_project WHERE id = ?", Integer.class, id)).isZero();
        field("vaadin-integer-field", "完成百分比").fill("60");
        dialogButton("保存").click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.locator("vaadin-grid").getByText("主体工程开工").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT percent_done FROM supervised_project WHERE id = ?", Integer.class, id)).isEqualTo(60);
        assertAccessible("a supervised project, for its department");

        switchTo("deputy");
        page.navigate(url("supervision/rating/2026"));
        Locator group = page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText(TITLE));
        group.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText(exactly("满意"))).click();
        assertAccessible("the rating sheet");
        button("提交测评").click();
        assertThat(page.getByText("2026 年的测评已提交。").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("""
                SELECT r.rating FROM supervision_rating r JOIN account a ON a.deputy_id = r.deputy_id
                WHERE a.username = 'deputy' AND r.supervised_id = ?""", String.class, id)).isEqualTo("SATISFIED");
    }
}
