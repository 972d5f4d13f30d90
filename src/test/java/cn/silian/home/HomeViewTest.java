package cn.silian.home;

import cn.silian.TestUsers;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingsTestData;
import cn.silian.meetings.MinutesService;
import cn.silian.ui.BrowserlessTestBase;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends BrowserlessTestBase {

    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired MinutesService minutes;
    @Autowired EntityManager entityManager;

    @Test
    void aDeputySeesHisProfileAndOnlyHisMenu() {
        login("deputy");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H2.class, home).single().getText()).isEqualTo("陈志强，您好");
        assertThat(find(H3.class, home).all()).extracting(H3::getText).contains("我的履职信息",
                java.time.LocalDate.now(cn.silian.shared.Formats.ZONE).getYear() + " 年我的履职积分");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, home).withClassName("points-total").single().getText())
                .matches("-?\\d+ 分.*");
        assertThat(find(Anchor.class, home).all()).extracting(Anchor::getHref).contains("my-duty")
                .anySatisfy(href -> assertThat(href).startsWith("deputies/"));
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("首页", "收件箱", "代表名录", "日历", "我的站点与值班", "我的积分", "积分公布", "我的述职", "我的履职档案", "会议", "社情民意", "代表建议", "课题调研", "集中调研月", "民生实事", "项目票决", "项目督办", "课题小组", "文档", "统计分析");
    }

    @Test
    void aDeputyIsRemindedOfHisComingShifts() {
        login("deputy");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H3.class, home).all()).extracting(H3::getText).contains("近 30 天我的进站接待");
        assertThat(find(ListItem.class, home).all()).filteredOn(item -> item.getParent()
                        .filter(list -> list.hasClassName("shifts")).isPresent()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.getText()).contains("09:00–11:30"));
    }

    @Test
    void streetStaffSeeTheirStreetsFigures() {
        login("street01");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H3.class, home).all()).extracting(H3::getText).containsExactly("待处理的社情民意", "在任代表（城关街道）");
        assertThat(find(Anchor.class, home).all()).extracting(Anchor::getHref).contains("opinions?state=NEW");
    }

    @Test
    void administratorsSeeTheirAdministrationMenu() {
        login("admin");
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("首页", "收件箱", "代表名录", "日历", "积分公布", "家站点", "会议", "社情民意", "交办事项", "代表建议", "重点督办建议", "课题调研", "集中调研月", "民生实事", "项目票决", "项目督办", "课题小组", "文档", "述职评议", "统计分析", "街道管理", "承办单位", "积分管理", "账号管理", "操作日志");
    }

    @Test
    void officeSeesTheWholeDistrict() {
        login("office");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H3.class, home).all()).extracting(H3::getText).containsExactly("代表建议", "履职积分待办", "待处理的社情民意", "在任代表（全区）");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly("首页", "收件箱", "代表名录", "日历", "积分公布", "家站点", "会议", "社情民意", "交办事项", "代表建议", "重点督办建议", "课题调研", "集中调研月", "民生实事", "项目票决", "项目督办", "课题小组", "文档", "述职评议", "统计分析", "街道管理", "承办单位", "积分管理");
    }

    @Test
    void aDeputyWithoutMeetingsIsToldSo() {
        login("deputy");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H3.class, home).all()).extracting(H3::getText).contains("近 30 天我的会议", "我的会议落实事项");
        assertThat(find(Anchor.class, home).all()).extracting(Anchor::getHref).contains("meetings/check-in");
    }

    @Test
    @Transactional
    void aDeputySeesHisComingMeetingsWithHisAnswerAndTheActionsMinutesGaveHim() {
        MeetingsTestData data = new MeetingsTestData(accounts, meetings, invitations, entityManager);
        long coming = data.announced(MeetingsTestData.draft("首页上的联席会", MeetingsTestData.now().plusDays(2), "首页会场"), "deputy");
        long held = data.started("布置任务的会", Duration.ofHours(1), "deputy");
        TestUsers.as(accounts, "office", () -> {
            minutes.saveMinutes(held, meetings.get(held).version(), "纪要", null);
            minutes.addAction(held, "走访三家企业", data.deputyId("deputy"), LocalDate.now().plusDays(7));
            meetings.markHeld(held, meetings.get(held).version());
            return minutes.publish(held, meetings.get(held).version());
        });

        login("deputy");
        HomeView home = navigate(HomeView.class);
        assertThat(find(ListItem.class, home).all()).filteredOn(item -> item.getParent()
                        .filter(list -> list.hasClassName("meetings")).isPresent())
                .anySatisfy(item -> {
                    assertThat(item.getElement().getTextRecursively()).contains("首页上的联席会", "未回复");
                    assertThat(find(Anchor.class, item).single().getHref()).isEqualTo("meetings/" + coming);
                });
        assertThat(find(ListItem.class, home).all()).filteredOn(item -> item.getParent()
                        .filter(list -> list.hasClassName("meeting-actions")).isPresent())
                // The demo's last joint meeting gave him an action too.
                .filteredOn(item -> item.getElement().getTextRecursively().contains("布置任务的会"))
                .singleElement().satisfies(item -> {
                    assertThat(item.getElement().getTextRecursively()).contains("走访三家企业", "布置任务的会");
                    assertThat(find(Anchor.class, item).single().getHref()).isEqualTo("meetings/" + held);
                });
    }
}
