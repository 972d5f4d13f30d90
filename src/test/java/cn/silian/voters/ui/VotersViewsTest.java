package cn.silian.voters.ui;

import cn.silian.TestUsers;
import cn.silian.security.SilianUser;
import cn.silian.ui.BrowserlessTestBase;
import cn.silian.voters.Rating;
import cn.silian.voters.ReportForm;
import cn.silian.voters.ReportRow;
import cn.silian.voters.VotersPlanService;
import cn.silian.voters.VotersReportService;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class VotersViewsTest extends BrowserlessTestBase {

    @Autowired VotersPlanService plans;
    @Autowired VotersReportService reports;

    private List<ReportRow> oral() {
        return TestUsers.as(accounts, "office", () -> plans.reports(plans.plan(2026).orElseThrow().id(), ReportForm.ORAL,
                Pageable.unpaged()).getContent());
    }

    @Test
    void theOfficeSeesTheConfirmedPlanAndProposesTheNextYearsWhichItCannotConfirmBelowTheShare() {
        login("office");
        VotersPlanView view = navigate(VotersPlanView.class);
        test(view.year).setValue(2026);
        assertThat(view.summary.getText()).startsWith("2026 年计划（第 18 届）").contains("已确认");
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(test(view.oral).size()).isEqualTo(oral().size());
        assertThat(test(view.written).size()).isGreaterThan(300);

        test(view.year).setValue(2027);
        assertThat(view.summary.getText()).startsWith("2027 年尚无述职计划");
        test(view.create).click();
        assertThat(view.summary.getText()).startsWith("2027 年计划").contains("草稿");
        int oral = test(view.oral).size();
        // one oral reporter moved to the written list: one short of the share
        Button toWritten = find(Button.class, test(view.oral).getCellComponent(0, view.oral.getColumns().size() - 1))
                .withText("改为书面").single();
        test(toWritten).click();
        assertThat(test(view.oral).size()).isEqualTo(oral - 1);
        test(view.confirm).click();
        assertThat(view.confirm.isVisible()).isTrue();
        assertThat(view.summary.getText()).contains("草稿");
    }

    @Test
    void theDeputysStreetStaffEnterSheetsOneAtATime() {
        ReportRow unrated = oral().stream().filter(r -> r.tally().total() == 0).findFirst().orElseThrow();
        login("office");
        navigateTo("voters/rating/" + unrated.id());
        RatingView view = (RatingView) getCurrentView();
        assertThat(view.title.getText()).contains(unrated.deputyName());
        test(view.sheets.get(Rating.SATISFIED)).click();
        test(view.sheets.get(Rating.BASICALLY)).click();
        assertThat(view.result.getText()).contains("共 2 张").contains("至少 50 张");
        test(view.publish).click();
        assertThat(view.unpublish.isVisible()).isFalse();
        assertThat(TestUsers.as(accounts, "office", () -> reports.get(unrated.id(), java.util.Locale.CHINA).published())).isFalse();
    }

    @Test
    void theDeputyEditsHisDraftAndSeesHisPublishedResult() {
        login("deputy");
        MyReportView view = navigate(MyReportView.class);
        assertThat(view.body.getValue()).startsWith("本年度（2026 年），我");
        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.result.getText()).contains("满意 48").contains("共 58 张").contains("98.3%");
        test(view.body).setValue("我在 2026 年认真履职。");
        test(view.save).click();
        long deputyId = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        assertThat(reports.mine(java.util.Locale.CHINA).orElseThrow().body()).isEqualTo("我在 2026 年认真履职。");
        assertThat(reports.mine(java.util.Locale.CHINA).orElseThrow().deputyId()).isEqualTo(deputyId);
        test(view.submit).click();
        assertThat(view.body.isReadOnly()).isTrue();
        assertThat(view.submit.isVisible()).isFalse();
    }

    @Test
    void anotherStreetsStaffAreTurnedAwayFromTheRatingEntry() {
        long deputyId = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        ReportRow his = oral().stream().filter(r -> r.deputyId() == deputyId).findFirst().orElseThrow();
        login("street02");
        navigateTo("voters/rating/" + his.id());
        assertThat(getCurrentView()).isInstanceOf(cn.silian.shared.ui.AccessDeniedView.class);
        login("street01");
        navigateTo("voters/rating/" + his.id());
        RatingView view = (RatingView) getCurrentView();
        assertThat(view.result.getText()).startsWith("已公布").contains("共 58 张");
        assertThat(view.publish.isEnabled()).isFalse();
        assertThat(view.unpublish.isVisible()).isFalse();
    }
}
