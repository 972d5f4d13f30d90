package cn.silian.opinions.ui;

import cn.silian.TestUsers;
import cn.silian.opinions.CosignStatus;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.OpinionDraft;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.SimilarHit;
import cn.silian.opinions.SimilarityService;
import cn.silian.opinions.SuggestionService;
import cn.silian.people.DeputyService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.stations.ReceptionCategory;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class SuggestionEditViewTest extends BrowserlessTestBase {

    @Autowired SuggestionService suggestions;
    @Autowired DeputyService deputies;
    @Autowired OpinionService opinions;
    @Autowired cn.silian.security.AccountService accounts;
    @Autowired SimilarityService similarity;

    private long deputyId(String user) {
        return ((SilianUser) accounts.loadUserByUsername(user)).deputyId();
    }

    @Test
    void aDeputyDraftsASuggestionAndInvitesACoSignerOfAnotherLevel() {
        long npc = deputyId("npc");
        login("deputy");
        SuggestionEditView form = navigate("suggestions/new", SuggestionEditView.class);
        test(form.title).setValue("关于增设社区微循环公交的建议");
        test(form.body).setValue("城关街道多个小区距离公交站较远，建议增设社区微循环公交线路。");
        form.category.setValue(ReceptionCategory.values()[0]);
        form.cosigners.setValue(Set.of(new Choice(npc, "")));
        test(form.save).click();

        SuggestionView page = (SuggestionView) getCurrentView();
        SuggestionDetails saved = suggestions.get(page.id);
        assertThat(saved.title()).isEqualTo("关于增设社区微循环公交的建议");
        assertThat(saved.signers()).extracting(SuggestionDetails.Signer::deputyId, SuggestionDetails.Signer::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(npc, CosignStatus.INVITED));

        // Taken out of the picker on the next edit, she is no longer asked.
        navigateTo("suggestions/" + saved.id() + "/edit");
        SuggestionEditView edit = (SuggestionEditView) getCurrentView();
        edit.cosigners.clear();
        test(edit.save).click();
        assertThat(suggestions.get(saved.id()).signers()).isEmpty();
    }

    @Test
    void anEmptyTextIsMarkedOnTheFieldAndNothingIsDrafted() {
        login("deputy");
        long before = suggestions.count(SuggestionFilter.all());
        SuggestionEditView form = navigate("suggestions/new", SuggestionEditView.class);
        test(form.title).setValue("只有标题的建议");
        form.category.setValue(ReceptionCategory.values()[0]);
        test(form.save).click();
        assertThat(form.body.isInvalid()).isTrue();
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(suggestions.count(SuggestionFilter.all())).isEqualTo(before);
    }

    @Test
    void aCoSignerSeesTheDraftButHasNoFormToEditIt() {
        long npc = deputyId("npc");
        long id = TestUsers.as(accounts, "deputy", () -> {
            long s = suggestions.draft(new SuggestionDraft("附议人不能修改的建议", "建议完善社区养老服务设施。", ReceptionCategory.values()[0]));
            suggestions.inviteCosigners(s, suggestions.get(s).version(), List.of(npc));
            return s;
        });
        login("npc");
        navigateTo("suggestions/" + id + "/edit");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigateTo("suggestions/" + id);
        assertThat(getCurrentView()).isInstanceOf(SuggestionView.class);
    }

    @Test
    void opinionsItGrowsFromComeFromTheAddressInEitherForm() {
        assertThat(SuggestionEditView.ids(QueryParameters.fromString("opinion=5&opinion=7&opinions=8,x,5"), "opinion", "opinions"))
                .containsExactly(5L, 7L, 8L);
        login("deputy");
        Long street = ((cn.silian.security.SilianUser) accounts.loadUserByUsername("street01")).streetId();
        long first = opinions.record(OpinionSource.DIRECT, null, new OpinionDraft("小区门口公交站太远。",
                ReceptionCategory.TRAFFIC, street, "东园社区", null, null, null));
        long second = opinions.record(OpinionSource.DIRECT, null, new OpinionDraft("希望增开社区巴士。",
                ReceptionCategory.TRAFFIC, street, "东园社区", null, null, null));
        UI.getCurrent().navigate("suggestions/new", QueryParameters.fromString("opinions=" + first + "," + second));
        SuggestionEditView form = (SuggestionEditView) getCurrentView();
        assertThat(form.opinionIds).containsExactly(first, second);
        assertThat(form.body.getValue()).isEqualTo("小区门口公交站太远。\n\n希望增开社区巴士。");
        assertThat(find(ListItem.class, form.grownFrom).all()).extracting(ListItem::getText)
                .containsExactly("社情民意第 " + first + " 号", "社情民意第 " + second + " 号");

        // Another deputy may not read them, so for him there is no such draft to start.
        login("npc");
        UI.getCurrent().navigate("suggestions/new", QueryParameters.fromString("opinion=" + first));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theSimilarPanelRanksWhatItFindsWithTheReasonAndShowsTheTitleOnlyOfWhatTheDeputyMayNotOpen() {
        login("deputy");
        SuggestionEditView form = new SuggestionEditView(suggestions, deputies, opinions, similarity);
        form.similarSearch = (title, body) -> List.of(
                        new SimilarHit(SimilarHit.Kind.SUGGESTION, 12, "关于开通社区巴士的建议", "增开社区巴士线路", 2025,
                                "suggestion.state.CLOSED", "王建国", 8.2f, List.of("公交", "社区"), true),
                        new SimilarHit(SimilarHit.Kind.OPINION, 13, "居民反映公交站远", null, 2026, null, null, 4.1f,
                                List.of("公交"), false));
        UI.getCurrent().add(form);
        assertThat(form.similar.hits).isEmpty();
        form.title.setValue("关于增设社区公交的建议");
        assertThat(form.similar.hits).hasSize(2);
        assertThat(form.similar.status.getText()).isEqualTo("找到 2 条相似内容");
        List<ListItem> items = find(ListItem.class, form.similar.list).all();
        assertThat(find(Anchor.class, items.get(0)).single().getHref()).isEqualTo("suggestions/12");
        assertThat(items.get(0).getElement().getTextRecursively()).contains("2025", "王建国", "共同词语：公交、社区");
        assertThat(find(Anchor.class, items.get(1)).all()).isEmpty();
        assertThat(items.get(1).getElement().getTextRecursively()).contains("居民反映公交站远", "您只能看到其标题。");
    }
}
