package cn.silian.projects.ui;

import cn.silian.TestUsers;
import cn.silian.projects.BallotCandidate;
import cn.silian.projects.BallotDraft;
import cn.silian.projects.BallotRow;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotState;
import cn.silian.projects.BallotTestData;
import cn.silian.projects.BallotThreshold;
import cn.silian.projects.BallotTieRule;
import cn.silian.projects.BallotVoter;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class BallotViewsTest extends BrowserlessTestBase {

    static final int YEAR = 2095;

    @Autowired BallotService ballots;
    @Autowired ApplicationContext context;

    private void confirm() {
        test(find(ConfirmDialog.class).all().getLast()).confirm();
    }

    /** An open ballot of three fresh candidates, at most two chosen. */
    private long openBallot(int year, boolean secret) {
        List<Long> projects = BallotTestData.shortlisted(context, year, 3);
        return TestUsers.as(accounts, "office", () -> {
            long id = ballots.create(new BallotDraft(year, "View ballot " + year, LocalDate.of(year, 1, 10), 2, secret,
                    BallotThreshold.MORE_THAN_HALF_OF_CAST, BallotTieRule.EXCLUDE_TIED));
            long version = ballots.get(id).version();
            for (long p : projects) {
                version = ballots.addCandidate(id, version, p);
            }
            ballots.open(id, version);
            return id;
        });
    }

    @Test
    void theOfficeCreatesABallotPlacesTheShortlistOnItAndOpensIt() {
        BallotTestData.shortlisted(context, YEAR, 3);
        login("office");
        BallotListView list = navigate(BallotListView.class);
        assertThat(list.create.isVisible()).isTrue();
        assertThat(test(list.grid).size()).isPositive();
        BallotEditView edit = navigate(BallotEditView.class);
        test(edit.form.year).setValue(YEAR);
        test(edit.form.title).setValue("测试票决");
        test(edit.form.sessionDate).setValue(LocalDate.of(YEAR, 1, 10));
        test(edit.form.maxChoices).setValue(4);
        test(edit.save).click();
        BallotView view = (BallotView) getCurrentView();
        assertThat(view.title.getText()).isEqualTo("测试票决");
        assertThat(view.status.getText()).startsWith("准备中");
        assertThat(test(view.shortlist).size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            test(find(Button.class, test(view.shortlist).getCellComponent(0, 2)).single()).click();
        }
        assertThat(test(view.candidates).size()).isEqualTo(3);
        // four choices of three candidates: refused, still a draft
        test(view.open).click();
        confirm();
        assertThat(view.status.getText()).startsWith("准备中");
        test(view.form.title).setValue("");
        test(view.saveSettings).click();
        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.title.getText()).isEqualTo("测试票决");
        test(view.form.title).setValue("测试票决");
        test(view.form.maxChoices).setValue(2);
        test(view.saveSettings).click();
        assertThat(view.form.title.isInvalid()).isFalse();
        test(view.open).click();
        confirm();
        assertThat(view.status.getText()).startsWith("投票中").contains("3 选 2");
        assertThat(view.open.isVisible()).isFalse();
        assertThat(view.close.isVisible()).isTrue();
        assertThat(view.figures.getText()).contains("投票 0 人");
    }

    @Test
    void aDeputyTicksAtMostTheLimitConfirmsAndSeesOnlyThatHeVoted() {
        long id = openBallot(YEAR + 1, true);
        login("deputy");
        navigateTo("ballots/" + id);
        BallotView page = (BallotView) getCurrentView();
        assertThat(page.voteLink.isVisible()).isTrue();
        assertThat(page.figures.isVisible()).isFalse();
        navigateTo("ballots/" + id + "/vote");
        BallotVoteView view = (BallotVoteView) getCurrentView();
        List<BallotCandidate> all = view.choices.getListDataView().getItems().toList();
        assertThat(all).hasSize(3);
        view.choices.setValue(Set.copyOf(all));
        assertThat(view.counter.getText()).isEqualTo("已选 3 个，最多 2 个");
        assertThat(view.choices.isInvalid()).isTrue();
        test(view.submit).click();
        confirm();
        assertThat(view.done.isVisible()).isFalse();
        view.choices.setValue(Set.of(all.get(0), all.get(1)));
        assertThat(view.counter.getText()).isEqualTo("已选 2 个，最多 2 个");
        test(view.submit).click();
        confirm();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.done.getText()).startsWith("您已投票").contains("无记名");
        assertThat(TestUsers.as(accounts, "office", () -> ballots.result(id).cast())).isEqualTo(1);
    }

    @Test
    void theNationalDeputyIsToldHeDoesNotVote() {
        long id = openBallot(YEAR + 2, true);
        login("npc");
        navigateTo("ballots/" + id + "/vote");
        BallotVoteView view = (BallotVoteView) getCurrentView();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(view.done.getText()).isEqualTo("只有本届区人大代表参加此次票决。");
    }

    @Test
    void theOfficeEntersATallySheetClosesAndPublishes() {
        long id = openBallot(YEAR + 3, false);
        List<BallotVoter> two = TestUsers.as(accounts, "office", () -> ballots.notVoted(id)).subList(0, 2);
        login("office");
        navigateTo("ballots/" + id);
        BallotView view = (BallotView) getCurrentView();
        test(view.enterTally).click();
        BallotTallyDialog dialog = find(BallotTallyDialog.class).single();
        test(dialog.label).setValue("第一代表团");
        dialog.voters.setValue(Set.copyOf(two));
        dialog.votes.values().forEach(f -> f.setValue(2));
        test(dialog.save).click();
        // six votes on two papers of at most two choices: refused, the dialog stays open
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(view.tallies).size()).isZero();
        dialog.votes.values().iterator().next().setValue(0);
        test(dialog.save).click();
        assertThat(test(view.tallies).size()).isEqualTo(1);
        assertThat(view.figures.getText()).contains("投票 2 人").contains("纸质 2");
        test(view.close).click();
        confirm();
        assertThat(view.publish.isVisible()).isTrue();
        test(view.publish).click();
        confirm();
        assertThat(view.status.getText()).startsWith("已公布结果");
        assertThat(test(view.result).size()).isEqualTo(3);
        assertThat(view.pdf.isVisible()).isTrue();

        login("street01");
        navigateTo("ballots/" + id);
        BallotView seen = (BallotView) getCurrentView();
        assertThat(seen.figures.getText()).contains("通过项目 2 个");
        assertThat(seen.publish.isVisible()).isFalse();
        assertThat(seen.tallies.isVisible()).isFalse();
    }

    @Test
    void aDeputySeesNoDraftsAndNoCreateButton() {
        TestUsers.as(accounts, "office", () -> ballots.create(new BallotDraft(YEAR + 4, "Draft", LocalDate.of(YEAR + 4, 1, 1),
                1, true, BallotThreshold.NONE, BallotTieRule.EXCLUDE_TIED)));
        login("deputy");
        BallotListView list = navigate(BallotListView.class);
        assertThat(list.create.isVisible()).isFalse();
        List<BallotRow> rows = TestUsers.as(accounts, "deputy", () -> ballots.page(PageRequest.of(0, 100)).getContent());
        assertThat(test(list.grid).size()).isEqualTo(rows.size());
        assertThat(rows).extracting(BallotRow::state).doesNotContain(BallotState.DRAFT).contains(BallotState.PUBLISHED);
    }
}
