package cn.silian.browser;

import cn.silian.TestUsers;
import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingsTestData;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The joint meeting's story in a real browser: the office schedules it, is warned of a clash,
 * invites the national and provincial deputies and announces it; npc finds the invitation in his
 * inbox and calendar and accepts; on the day the office checks him in and publishes the minutes
 * with an action for him.
 */
class MeetingsIT extends BrowserTestBase {

    private static final String TITLE = "浏览器测试：四级人大代表联席会";
    private static final String ROOM = "区人大常委会第二会议室";
    private static final String ACTION = "就社区食堂运营补贴提出书面建议";

    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;

    @Test
    void theOfficeSchedulesAJointMeetingNpcAcceptsIsCheckedInAndGetsAnActionInTheMinutes() {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(40).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        LocalDateTime end = start.plusHours(2);
        earlierMeetingOfNpcInTheSameRoom(start);

        login("office");
        page.navigate(url("meetings/new"));
        field("vaadin-text-field", "会议名称").fill(TITLE);
        dateTime("开始时间", start);
        dateTime("结束时间", end);
        field("vaadin-text-field", "地点").fill(ROOM);
        field("vaadin-text-field", "地点").press("Tab");
        buttonWith("添加议程").click();
        field("vaadin-text-field", "议程 1").fill("通报四个课题的调研进展");
        assertThat(page.getByText("时间冲突").first()).isVisible();
        assertAccessible("new meeting with a room clash");
        screenshot("meeting-form-conflict");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("保存")).first().click();
        page.locator("h2", new Page.LocatorOptions().setHasText(TITLE)).waitFor();
        assertAccessible("meeting page, draft");

        buttonWith("邀请参会人员").click();
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("全国人大代表")).first().click();
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("省人大代表")).first().click();
        buttonWith("预览").click();
        assertThat(page.getByText("另有会议或进站值班").first()).isVisible();
        assertAccessible("invitation preview with a clash");
        buttonWith("发出邀请").click();
        assertThat(page.getByText("已邀请").first()).isVisible();

        buttonWith("发出通知").click();
        page.locator("vaadin-confirm-dialog vaadin-button, vaadin-confirm-dialog-overlay vaadin-button",
                new Page.LocatorOptions().setHasText("发出通知")).last().click();
        assertThat(page.getByText("会议通知已发出").first()).isVisible();
        long id = jdbc.queryForObject("select id from meeting where title = ?", Long.class, TITLE);

        context.clearCookies();
        login("npc");
        page.navigate(url("inbox"));
        assertThat(page.locator("vaadin-grid").first()).containsText(TITLE);
        assertAccessible("npc's inbox");
        page.navigate(url("calendar"));
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("日程")).click();
        assertThat(page.getByText(TITLE).first()).isVisible();
        assertAccessible("npc's calendar, agenda");
        screenshot("calendar-agenda");
        page.navigate(url("meetings/" + id));
        page.locator("h2", new Page.LocatorOptions().setHasText(TITLE)).waitFor();
        buttonWith("参加").click();
        assertThat(page.getByText("已保存您的回复").first()).isVisible();
        assertAccessible("meeting page, invitee");

        // The day comes: the meeting started five minutes ago.
        transactions.executeWithoutResult(status ->
                new MeetingsTestData(accounts, meetings, invitations, entityManager).startedAgo(id, Duration.ofMinutes(5)));
        context.clearCookies();
        login("office");
        page.navigate(url("meetings/" + id));
        page.locator("h2", new Page.LocatorOptions().setHasText(TITLE)).waitFor();
        page.locator("vaadin-button[aria-label='为刘海燕签到']").click();
        assertThat(page.getByText("刘海燕已签到").first()).isVisible();
        assertAccessible("meeting page, attendance");
        screenshot("meeting-attendance");
        buttonWith("标记为已召开").click();
        assertThat(page.getByText("已标记为已召开").first()).isVisible();

        Locator minutesSection = page.locator("vaadin-details").filter(new Locator.FilterOptions().setHasText("会议纪要")).first();
        minutesSection.locator("vaadin-text-area").first().locator("textarea").fill("通报了四个课题的调研进展，代表发言 12 人次。");
        minutesSection.locator("vaadin-button", new Locator.LocatorOptions().setHasText("保存")).first().click();
        assertThat(page.getByText("纪要已保存").first()).isVisible();
        buttonWith("添加事项").click();
        field("vaadin-text-field", "事项").fill(ACTION);
        Locator assignee = field("vaadin-combo-box", "负责人");
        assignee.fill("刘海燕");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("刘海燕")).first().click();
        assertAccessible("action dialog");
        page.locator("vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button",
                new Page.LocatorOptions().setHasText("添加事项")).last().click();
        assertThat(page.getByText("事项已添加").first()).isVisible();
        buttonWith("发布纪要").click();
        page.locator("vaadin-confirm-dialog vaadin-button, vaadin-confirm-dialog-overlay vaadin-button",
                new Page.LocatorOptions().setHasText("发布纪要")).last().click();
        assertThat(page.getByText("纪要已发布").first()).isVisible();
        assertAccessible("meeting page, minutes published");
        screenshot("meeting-minutes");

        context.clearCookies();
        login("npc");
        assertThat(page.locator("vaadin-app-layout")).containsText(ACTION);
    }

    /** npc has already said yes to a talk in the same room for the first hour: both kinds of clash. */
    private void earlierMeetingOfNpcInTheSameRoom(LocalDateTime start) {
        long npc = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
        TestUsers.as(accounts, "office", () -> {
            MeetingDraft d = new MeetingDraft();
            d.setTitle("先约的代表座谈会");
            d.setKind(MeetingKind.VISIT);
            d.setStartsAt(start);
            d.setEndsAt(start.plusHours(1));
            d.setPlace(ROOM);
            d.setAgenda(List.of(new AgendaLine("座谈", null, 60)));
            long id = meetings.create(d);
            invitations.invite(id, List.of(npc));
            return meetings.announce(id, meetings.get(id).version());
        });
    }

    /** The first button whose label contains the text, shown or not; {@link #button} wants a shown one's whole label. */
    private Locator buttonWith(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text)).first();
    }

    private void dateTime(String label, LocalDateTime value) {
        Locator picker = page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText(label)))).first();
        Locator date = picker.locator("vaadin-date-picker input").first();
        date.fill(value.toLocalDate().toString());
        date.press("Enter");
        Locator time = picker.locator("vaadin-time-picker input").first();
        time.fill(String.format("%02d:%02d", value.getHour(), value.getMinute()));
        time.press("Enter");
    }
}
