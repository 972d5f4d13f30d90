package cn.silian.home;

import cn.silian.TestUsers;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.security.AccountDraft;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.stations.ReceptionCategory;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The suggestion cards of the home page, per role. */
@Transactional
class SuggestionHomeTest extends BrowserlessTestBase {

    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;

    @Test
    void aUnitSeesItsAssignmentsAndOnlyWhatIsForwardedOrAssignedInItsMenu() {
        TestUsers.as(accounts, "admin", () -> {
            long unit = units.create(new UnitDraft("首页测试局", UnitKind.GOVERNMENT_DEPARTMENT, null, null, true)).id();
            return accounts.create(new AccountDraft("homeunit", "首页测试承办员", Role.UNIT, null, null, unit, true), "Matrix@2026unit");
        });
        login("homeunit");
        HomeView home = navigate(HomeView.class);
        assertThat(find(H3.class, home).all()).extracting(H3::getText).containsExactly("本单位待办建议");
        assertThat(home.getElement().getTextRecursively()).contains("没有待办的建议。");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly("首页", "收件箱", "社情民意", "交办事项", "代表建议", "民生实事", "项目督办");
    }

    @Test
    void anInvitedCoSignerFindsTheInvitationWaitingOnHisHomePage() {
        long npc = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
        long id = TestUsers.as(accounts, "deputy", () -> {
            long s = suggestions.draft(new SuggestionDraft("首页上等待附议的建议", "建议增加社区绿地。", ReceptionCategory.values()[0]));
            suggestions.inviteCosigners(s, suggestions.get(s).version(), List.of(npc));
            return s;
        });
        login("npc");
        HomeView home = navigate(HomeView.class);
        assertThat(find(ListItem.class, home).all()).filteredOn(item -> item.getParent()
                        .filter(list -> list.hasClassName("waiting-suggestions")).isPresent())
                .anySatisfy(item -> {
                    assertThat(item.getElement().getTextRecursively()).contains("首页上等待附议的建议");
                    assertThat(find(Anchor.class, item).single().getHref()).isEqualTo("suggestions/" + id);
                });
    }

    @Test
    void theOfficeSeesWhatAwaitsPreReviewWithALinkToTheFilteredList() {
        login("office");
        HomeView home = navigate(HomeView.class);
        assertThat(find(Anchor.class, home).all()).extracting(Anchor::getHref)
                .contains("suggestions?state=SUBMITTED", "suggestions?overdue", "suggestions?sort=due", "suggestions/key");
    }
}
