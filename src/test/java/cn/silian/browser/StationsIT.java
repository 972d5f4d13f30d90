package cn.silian.browser;

import cn.silian.TestUsers;
import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyService;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.security.AccountService;
import cn.silian.streets.StreetService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The street committee's story in a real browser, and the deputy who then sees his shift. */
class StationsIT extends BrowserTestBase {

    @Autowired DeputyService deputies;
    @Autowired StreetService streets;
    @Autowired AccountService accounts;

    @Test
    void streetStaffPlaceANewcomerPlanAMonthOfDutyAndLogAVisit() {
        TestUsers.as(accounts, "office", () -> {
            DeputyDraft d = new DeputyDraft();
            d.setName("浏览器新人");
            d.setGender(Gender.FEMALE);
            d.setStreetId(streets.all().getFirst().id());
            d.setCommunity("幸福社区");
            d.setSeats(List.of(new SeatInfo(Level.STREET, 3, "城关街道议政代表会")));
            return deputies.create(d);
        });
        login("street01");
        page.navigate(url("stations"));
        page.locator("vaadin-grid a").first().waitFor();
        assertAccessible("stations");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("就近编入助手")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("生成建议")).click();
        assertThat(page.locator("vaadin-grid")).containsText("浏览器新人");
        assertAccessible("placement assistant");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("全部应用")).click();
        assertThat(page.getByText("已编入").first()).isVisible();
        screenshot("placement");

        page.navigate(url("stations"));
        page.locator("vaadin-grid a").first().click();
        page.getByText("新建值班安排").first().click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("生成值班表")).click();
        assertThat(page.getByText("值班表已生成").first()).isVisible();
        assertAccessible("duty tab");
        screenshot("duty-plan");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("登记接待")).click();
        page.locator("vaadin-text-area").first().locator("textarea").fill("希望小区增设充电桩");
        assertAccessible("reception dialog");
        page.locator("vaadin-dialog vaadin-button", new Page.LocatorOptions().setHasText("保存")).click();
        assertThat(page.locator("vaadin-grid").last()).containsText("希望小区增设充电桩");
    }

    @Test
    void aDeputySeesHisShiftOnHisHomePageAndHisStations() {
        login("deputy");
        Locator shifts = page.locator("ul.shifts li");
        assertThat(shifts.first()).containsText("09:00–11:30");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("我的站点与值班")).click();
        assertThat(page.locator("vaadin-grid").first()).containsText("人大代表");
        assertAccessible("my duty");
        screenshot("my-duty");
    }
}
