package cn.silian.opinions.ui;

import cn.silian.TestUsers;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.SuggestionExports;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.SuggestionSummary;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.security.AccountDraft;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.stations.ReceptionCategory;
import cn.silian.streets.StreetService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@Transactional
class SuggestionListViewTest extends BrowserlessTestBase {

    @Autowired SuggestionExports exports;

    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;
    @Autowired StreetService streets;
    @Autowired CurrentUser currentUser;

    private long submittedByTheDeputy(String title) {
        return TestUsers.as(accounts, "deputy", () -> {
            long id = suggestions.draft(new SuggestionDraft(title, "建议在老旧小区加装电梯，方便老年居民出行。", ReceptionCategory.values()[0]));
            suggestions.submit(id, suggestions.get(id).version(), null);
            return id;
        });
    }

    @Test
    void theOfficesHomeLinkOpensTheListFilteredToWhatAwaitsPreReview() {
        long id = submittedByTheDeputy("关于老旧小区加装电梯的建议");
        login("office");
        UI.getCurrent().navigate("suggestions", QueryParameters.fromString("state=SUBMITTED&overdue"));
        SuggestionListView list = (SuggestionListView) getCurrentView();
        assertThat(list.state.getValue()).isEqualTo(SuggestionState.SUBMITTED);
        assertThat(list.overdue.getValue()).isTrue();
        assertThat(list.filter()).isEqualTo(new SuggestionFilter(SuggestionState.SUBMITTED, null, null, null, null, null,
                true, false, null));

        list.overdue.setValue(false);
        assertThat(test(list.grid).size()).isPositive();
        assertThat(list.grid.getGenericDataView().getItems().map(s -> s.id())).contains(id);
        assertThat(list.total.getText()).startsWith("共 ");
    }

    @Test
    void aDeputyMayStartASuggestionAndSeesHisOwn() {
        long id = submittedByTheDeputy("关于社区食堂的建议");
        login("deputy");
        SuggestionListView list = navigate("suggestions", SuggestionListView.class);
        assertThat(list.create.isVisible()).isTrue();
        assertThat(list.grid.getGenericDataView().getItems().map(s -> s.id())).contains(id);
    }

    @Test
    void aUnitSeesNeitherTheUnitNorTheStreetFilterNorTheNewButtonAndNoSuggestionNotAssignedToIt() {
        long id = submittedByTheDeputy("关于夜间噪音的建议");
        TestUsers.as(accounts, "admin", () -> {
            long unit = units.create(new UnitDraft("列表测试局", UnitKind.GOVERNMENT_DEPARTMENT, null, null, true)).id();
            return accounts.create(new AccountDraft("listunit", "列表测试承办员", Role.UNIT, null, null, unit, true), "Matrix@2026unit");
        });
        login("listunit");
        SuggestionListView list = navigate("suggestions", SuggestionListView.class);
        assertThat(list.unit.isVisible()).isFalse();
        assertThat(list.street.isVisible()).isFalse();
        assertThat(list.create.isVisible()).isFalse();
        assertThat(list.grid.getGenericDataView().getItems().map(s -> s.id())).doesNotContain(id);
    }

    @Test
    void overdueAndDueSoonAreSaidInWordsNotByColourAlone() {
        login("office");
        SuggestionService stand = mock(SuggestionService.class);
        List<SuggestionSummary> rows = List.of(
                SuggestionFixtures.summary(1, SuggestionState.HANDLING, true, false),
                SuggestionFixtures.summary(2, SuggestionState.HANDLING, false, true),
                SuggestionFixtures.summary(3, SuggestionState.HANDLING, false, false));
        when(stand.page(any(), any())).thenAnswer(call -> {
            Pageable page = call.getArgument(1);
            int from = (int) Math.min(page.getOffset(), rows.size());
            return new SliceImpl<>(rows.subList(from, Math.min(rows.size(), from + page.getPageSize())), page, false);
        });
        when(stand.count(any())).thenReturn(3L);
        SuggestionListView list = new SuggestionListView(stand, units, streets, currentUser, exports);
        UI.getCurrent().add(list);
        int due = columnOf(list.grid, "办理期限");
        assertThat(test(list.grid).getCellComponent(0, due).getElement().getTextRecursively()).contains("2026-06-02", "已超期");
        assertThat(test(list.grid).getCellComponent(1, due).getElement().getTextRecursively()).contains("即将到期");
        assertThat(test(list.grid).getCellComponent(2, due).getElement().getTextRecursively()).isEqualTo("2026-06-02");
        // On a phone the flag travels in the main cell's second line.
        assertThat(test(list.grid).getLitRendererPropertyValue(0, columnOf(list.grid, "标题"), "secondary", String.class))
                .contains("已超期");
    }
}
