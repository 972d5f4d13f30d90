package cn.silian.supervision.ui;

import cn.silian.TestUsers;
import cn.silian.opinions.OpinionsClock;
import cn.silian.shared.ui.Choice;
import cn.silian.supervision.ProblemState;
import cn.silian.supervision.ProjectDetails;
import cn.silian.supervision.ProjectRating;
import cn.silian.supervision.RatingRoundService;
import cn.silian.supervision.RoundStatus;
import cn.silian.supervision.SupervisionService;
import cn.silian.supervision.SupervisionTestData;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class SupervisionViewsTest extends BrowserlessTestBase {

    @Autowired SupervisionService service;
    @Autowired RatingRoundService rounds;
    @Autowired ApplicationEventPublisher events;

    private long project() {
        return SupervisionTestData.adopt(events, accounts, service, 2093, "view test",
                SupervisionTestData.unitOf(accounts, "unit01"), List.of(SupervisionTestData.streetOf(accounts, "street01")));
    }

    private ProjectDetails details(long id) {
        return TestUsers.as(accounts, "office", () -> service.get(id));
    }

    private SupervisedProjectView open(String user, long id) {
        login(user);
        navigateTo("supervision/" + id);
        return (SupervisedProjectView) getCurrentView();
    }

    @Test
    void theOfficeListsTheYearsProjectsFiltersThemAndBuildsTheStatusPdf() throws Exception {
        login("office");
        SupervisionListView view = navigate(SupervisionListView.class);
        assertThat(view.year.getValue()).isEqualTo(OpinionsClock.today().getYear());
        test(view.year).setValue(2026);
        assertThat(test(view.grid).size()).isEqualTo(10);
        assertThat(view.rating.getHref()).isEqualTo("supervision/rating/2026");
        test(view.text).setValue("电梯");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.pdf.build).click();
        byte[] pdf = view.pdf.building().get(60, TimeUnit.SECONDS);
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }

    @Test
    void unit01SeesOnlyItsDepartmentsProjectsAndNoRatingLink() {
        long id = project();
        login("unit01");
        SupervisionListView view = navigate(SupervisionListView.class);
        test(view.year).setValue(2093);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.rating.isVisible()).isFalse();
        SupervisedProjectView page = open("unit01", id);
        assertThat(page.addReport.isVisible()).isTrue();
        assertThat(page.groupTools.isVisible()).isFalse();
        assertThat(page.problemTools.isVisible()).isFalse();
    }

    @Test
    void theOfficeSetsTheGroupAndPlansAMilestone() {
        long id = project();
        long deputy = SupervisionTestData.deputyOf(accounts, "deputy");
        SupervisedProjectView view = open("office", id);
        assertThat(view.group.getText()).contains("尚未确定组长");
        view.lead.setValue(new Choice(deputy, "陈志强"));
        view.members.setValue(Set.of());
        test(view.saveGroup).click();
        assertThat(details(id).lead().id()).isEqualTo(deputy);
        assertThat(view.group.getText()).contains("组长：陈志强");

        test(view.milestoneTitle).setValue("完成设计");
        view.milestoneDue.setValue(LocalDate.of(2093, 3, 31));
        test(view.addMilestone).click();
        assertThat(test(view.milestones).size()).isEqualTo(1);
    }

    @Test
    void theUnitReportsProgressInTheDialogAndAPercentAboveAHundredIsRefused() {
        long id = project();
        SupervisedProjectView view = open("unit01", id);
        test(view.addReport).click();
        find(com.vaadin.flow.component.dialog.Dialog.class).all();
        test(view.reportMilestone).setValue("开工");
        test(view.reportPercent).setValue(35);
        test(view.saveReport).click();
        assertThat(details(id).percentDone()).isEqualTo(35);
        assertThat(test(view.reports).size()).isEqualTo(1);

        test(view.addReport).click();
        find(com.vaadin.flow.component.dialog.Dialog.class).all();
        test(view.reportMilestone).setValue("太多");
        test(view.reportPercent).setValue(120);
        test(view.saveReport).click();
        assertThat(view.reportPercent.isInvalid()).isTrue();
        assertThat(view.reportPercent.getErrorMessage()).contains("0 到 100");
        assertThat(details(id).percentDone()).isEqualTo(35);
        assertThat(details(id).reports()).hasSize(1);
    }

    @Test
    void theLeadRaisesAProblemTheUnitAnswersAndTheLeadRatesTheAnswer() {
        long id = project();
        long deputy = SupervisionTestData.deputyOf(accounts, "deputy");
        TestUsers.as(accounts, "office", () -> service.setGroup(id, service.get(id).version(), deputy, Set.of()));
        SupervisedProjectView view = open("deputy", id);
        assertThat(view.problemDue.getValue()).isAfter(OpinionsClock.today());
        test(view.problemText).setValue("夜间施工噪音");
        test(view.raise).click();
        assertThat(test(view.problems).size()).isEqualTo(1);

        SupervisedProjectView unit = open("unit01", id);
        Button answer = find(Button.class, test(unit.problems).getCellComponent(0, unit.problems.getColumns().size() - 1))
                .withText("答复").single();
        test(answer).click();
        com.vaadin.flow.component.textfield.TextArea text = find(com.vaadin.flow.component.textfield.TextArea.class, unit.dialog).single();
        test(text).setValue("已调整施工时间");
        test(find(Button.class, unit.dialog).withText("保存").single()).click();
        assertThat(details(id).problems().getFirst().state()).isEqualTo(ProblemState.ANSWERED);

        SupervisedProjectView lead = open("deputy", id);
        Button satisfied = find(Button.class, test(lead.problems).getCellComponent(0, lead.problems.getColumns().size() - 1))
                .withText("满意").single();
        test(satisfied).click();
        assertThat(details(id).problems().getFirst().state()).isEqualTo(ProblemState.CLOSED);
    }

    @Test
    void theDemoDeputyRatesAllProjectsOf2026OnOneSheet() {
        login("deputy");
        navigateTo("supervision/rating/2026");
        RatingRoundView view = (RatingRoundView) getCurrentView();
        assertThat(view.choices).hasSize(10);
        assertThat(view.figures.isVisible()).isFalse();
        view.choices.values().forEach(g -> test(g).selectItem("满意"));
        test(view.submit).click();
        assertThat(rounds.mySheet(2026).orElseThrow().lines()).allSatisfy(l -> assertThat(l.mine()).isEqualTo(ProjectRating.SATISFIED));
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.choices.values()).allSatisfy(g -> assertThat(g.isReadOnly()).isTrue());
    }

    @Test
    void aNationalDeputyIsToldHeDoesNotRateAndTheOfficeClosesTheRound() {
        login("npc");
        navigateTo("supervision/rating/2026");
        RatingRoundView view = (RatingRoundView) getCurrentView();
        assertThat(view.choices).isEmpty();
        assertThat(find(Paragraph.class, view.sheet).all()).extracting(Paragraph::getText)
                .contains("只有本届在职的区人大代表参加项目测评。");

        login("office");
        navigateTo("supervision/rating/2026");
        RatingRoundView office = (RatingRoundView) getCurrentView();
        assertThat(office.figures.isVisible()).isTrue();
        assertThat(test(office.figures).size()).isEqualTo(10);
        assertThat(office.close.isVisible()).isTrue();
        test(office.close).click();
        assertThat(rounds.round(2026).orElseThrow().status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(office.publish.isVisible()).isTrue();
    }
}
