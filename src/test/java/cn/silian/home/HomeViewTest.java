package cn.silian.home;

import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends BrowserlessTestBase {

    @Test
    void aDeputySeesHisProfileAndOnlyHisMenu() {
        login("deputy");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H2.class, home).single().getText()).isEqualTo("陈志强，您好");
        assertThat(find(H3.class, home).all()).extracting(H3::getText).contains("我的履职信息");
        assertThat(find(Anchor.class, home).all()).extracting(Anchor::getHref).contains("my-duty")
                .anySatisfy(href -> assertThat(href).startsWith("deputies/"));
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("首页", "收件箱", "代表名录", "日历", "我的站点与值班", "会议", "课题调研", "课题小组");
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
        assertThat(find(H3.class, home).all()).extracting(H3::getText).containsExactly("在任代表（城关街道）");
    }

    @Test
    void administratorsSeeTheirAdministrationMenu() {
        login("admin");
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("首页", "收件箱", "代表名录", "日历", "家站点", "会议", "课题调研", "课题小组", "街道管理", "账号管理", "操作日志");
    }

    @Test
    void officeSeesTheWholeDistrict() {
        login("office");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H3.class, home).all()).extracting(H3::getText).containsExactly("在任代表（全区）");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly("首页", "收件箱", "代表名录", "日历", "家站点", "会议", "课题调研", "课题小组", "街道管理");
    }
}
