package cn.silian.projects.ui;

import cn.silian.TestUsers;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.ui.OpinionView;
import cn.silian.projects.ProjectDetails;
import cn.silian.projects.ProjectDraft;
import cn.silian.projects.ProjectFilter;
import cn.silian.projects.ProjectService;
import cn.silian.projects.ProjectState;
import cn.silian.security.SilianUser;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class ProjectViewsTest extends BrowserlessTestBase {

    @Autowired ProjectService projects;
    @Autowired OpinionService opinions;

    private long street01() {
        return ((SilianUser) accounts.loadUserByUsername("street01")).streetId();
    }

    private long opinionOfStreet01() {
        return TestUsers.as(accounts, "street01", () -> opinions.page(OpinionFilter.none(), PageRequest.of(0, 1))
                .getContent().getFirst().id());
    }

    private long proposedByStreet01(Long unit) {
        return TestUsers.as(accounts, "street01", () -> projects.propose(new ProjectDraft("社区食堂", "助餐服务。",
                Set.of(street01()), null, unit, null, 2027, Set.of())));
    }

    private long unit01() {
        return ((SilianUser) accounts.loadUserByUsername("unit01")).unitId();
    }

    @Test
    void theOfficeFiltersTheListAndAUnitProposesNothing() {
        login("office");
        ProjectListView view = navigate(ProjectListView.class);
        assertThat(view.create.isVisible()).isTrue();
        test(view.year).selectItem("2026");
        test(view.state).selectItem("已票决通过");
        assertThat(test(view.grid).size()).isEqualTo(10);
        assertThat(view.total.getText()).isEqualTo("共 10 个项目");
        test(view.search).setValue("电梯");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, columnOf(view.grid, "年度"))).isEqualTo("2026");

        login("unit01");
        // a new view for the new user: the router keeps the instance of the route it is on
        navigateTo("");
        ProjectListView unit = navigate(ProjectListView.class);
        assertThat(unit.create.isVisible()).isFalse();
        assertThat(unit.campaign.isVisible()).isFalse();
        assertThat(test(unit.grid).size()).isPositive();
    }

    @Test
    void aProposalFromAnOpinionStartsWithItsTextAndStreetAndLinksIt() {
        long opinion = opinionOfStreet01();
        login("street01");
        UI.getCurrent().navigate("projects/new", QueryParameters.of("opinion", String.valueOf(opinion)));
        ProjectFormView form = (ProjectFormView) getCurrentView();
        String said = TestUsers.as(accounts, "street01", () -> opinions.get(opinion).content());
        assertThat(form.opinion.isVisible()).isTrue();
        assertThat(form.opinionText.getText()).isEqualTo(said);
        assertThat(find(Anchor.class, form.opinion).single().getHref()).isEqualTo("opinions/" + opinion);
        assertThat(form.fields.description.getValue()).isEqualTo(said);
        assertThat(form.fields.streets.getValue()).extracting(s -> s.id()).containsExactly(street01());
        assertThat(form.fields.streets.isReadOnly()).isTrue();

        long before = projects.count(ProjectFilter.none());
        test(form.save).click();
        // no title: refused on the field, nothing proposed
        assertThat(form.fields.title.isInvalid()).isTrue();
        assertThat(projects.count(ProjectFilter.none())).isEqualTo(before);

        test(form.fields.title).setValue("小区门口人行道治理");
        test(form.save).click();
        ProjectView page = (ProjectView) getCurrentView();
        assertThat(page.details.title()).isEqualTo("小区门口人行道治理");
        assertThat(page.details.opinionIds()).containsExactly(opinion);
        assertThat(find(Anchor.class, page).all()).extracting(Anchor::getHref).contains("opinions/" + opinion);
        assertThat(page.edit.isVisible()).isTrue();
        assertThat(page.shortlist.isVisible()).isFalse();
    }

    @Test
    void theOfficeShortlistsWithAReasonAndABlankReasonIsRefused() {
        long id = proposedByStreet01(unit01());
        login("office");
        navigateTo("projects/" + id);
        ProjectView page = (ProjectView) getCurrentView();
        assertThat(page.shortlist.isVisible()).isTrue();
        assertThat(page.merge.isVisible()).isTrue();
        test(page.shortlist).click();
        Button confirm = find(Button.class, page.dialog).withText("初定").single();
        test(confirm).click();
        assertThat(page.dialog.isOpened()).isTrue();
        assertThat(projects.get(id).state()).isEqualTo(ProjectState.PROPOSED);
        test(find(TextArea.class, page.dialog).single()).setValue("群众呼声高");
        test(confirm).click();
        assertThat(page.dialog.isOpened()).isFalse();
        ProjectDetails d = projects.get(id);
        assertThat(d.state()).isEqualTo(ProjectState.SHORTLISTED);
        assertThat(d.decisionReason()).isEqualTo("群众呼声高");
        assertThat(page.getElement().getTextRecursively()).contains("群众呼声高").contains("已初定");
        assertThat(page.shortlist.isVisible()).isFalse();
    }

    @Test
    void theProposerEditsInADialogAndADeputySeesThePublishedCandidateWithoutButtons() {
        long id = proposedByStreet01(unit01());
        login("street01");
        navigateTo("projects/" + id);
        ProjectView page = (ProjectView) getCurrentView();
        test(page.edit).click();
        ProjectFields fields = find(ProjectFields.class, page.dialog).single();
        assertThat(fields.title.getValue()).isEqualTo("社区食堂");
        test(fields.title).setValue("社区老年食堂");
        test(find(Button.class, page.dialog).withText("编辑").single()).click();
        assertThat(page.details.title()).isEqualTo("社区老年食堂");

        TestUsers.as(accounts, "office", () -> projects.shortlist(id, projects.get(id).version(), "同意"));
        login("deputy");
        navigateTo("projects/" + id);
        ProjectView seen = (ProjectView) getCurrentView();
        assertThat(seen.details.state()).isEqualTo(ProjectState.SHORTLISTED);
        assertThat(seen.edit.isVisible()).isFalse();
        assertThat(seen.shortlist.isVisible()).isFalse();
        assertThat(seen.decline.isVisible()).isFalse();
        assertThat(seen.merge.isVisible()).isFalse();
    }

    @Test
    void theOpinionPageOffersItsStreetsStaffToProposeAProject() {
        long opinion = opinionOfStreet01();
        login("street01");
        navigateTo("opinions/" + opinion);
        OpinionView view = (OpinionView) getCurrentView();
        Anchor propose = find(Anchor.class, view).all().stream().filter(a -> a.getHref().startsWith("projects/new"))
                .findFirst().orElseThrow();
        assertThat(propose.getHref()).isEqualTo("projects/new?opinion=" + opinion);
        assertThat(propose.isVisible()).isTrue();
        assertThat(propose.getText()).isEqualTo("提为民生实事候选项目");
    }
}
