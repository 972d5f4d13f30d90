package cn.silian.performance.ui;

import cn.silian.TestUsers;
import cn.silian.performance.AppealRow;
import cn.silian.performance.EntryRow;
import cn.silian.performance.LedgerService;
import cn.silian.performance.ManualEntryDraft;
import cn.silian.performance.PointsQuery;
import cn.silian.performance.SchemeService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class PointsViewsTest extends BrowserlessTestBase {

    @Autowired LedgerService ledger;
    @Autowired PointsQuery points;
    @Autowired SchemeService schemes;

    private final int year = LocalDate.now(Formats.ZONE).getYear();

    private long deputyOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    private int pointsOf(String username) {
        return TestUsers.as(accounts, "office", () -> points.of(deputyOf(username), year).total());
    }

    private long manualEntryForTheDeputy() {
        return TestUsers.as(accounts, "office", () -> {
            long duty = schemes.of(year, Locale.ENGLISH).duties().stream().filter(d -> "VOLUNTEER".equals(d.code()))
                    .findFirst().orElseThrow().id();
            return ledger.addManual(new ManualEntryDraft(deputyOf("deputy"), duty, LocalDate.now(Formats.ZONE), 3,
                    "参加社区义诊志愿服务", "社区出具证明"));
        });
    }

    @Test
    void theDeputySeesHisTotalAndAppealsAnEntryWhichTheOfficeAccepts() {
        long entry = manualEntryForTheDeputy();
        int total = pointsOf("deputy");
        login("deputy");
        PointsView view = navigate(PointsView.class);
        assertThat(find(Span.class, view.summary).withClassName("figure-value").all().getFirst().getText())
                .isEqualTo(String.valueOf(total));
        EntryRow row = ledger.entries(deputyOf("deputy"), year, PageRequest.of(0, 500), Locale.CHINA).getContent().stream()
                .filter(e -> e.id() == entry).findFirst().orElseThrow();
        assertThat(test(view.entries).size()).isGreaterThanOrEqualTo(1);

        view.appeal(row);
        Dialog dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("提交申诉").single()).click();
        assertThat(find(Dialog.class).all()).as("an empty reason keeps the dialog open").hasSize(1);
        test(find(TextArea.class, dialog).single()).setValue("服务了两个半天，应计两次");
        test(find(Button.class, dialog).withText("提交申诉").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();

        login("office");
        PointsOfficeView office = navigate(PointsOfficeView.class);
        AppealRow appeal = ledger.openAppeals(PageRequest.of(0, 100), Locale.CHINA).getContent().stream()
                .filter(a -> a.entryId() == entry).findFirst().orElseThrow();
        assertThat(test(office.appeals).size()).isGreaterThanOrEqualTo(1);
        office.decide(appeal);
        Dialog decide = find(Dialog.class).single();
        test(find(RadioButtonGroup.class, decide).single()).selectItem("采纳");
        test(find(IntegerField.class, decide).single()).setValue(6);
        test(find(TextArea.class, decide).single()).setValue("核实为两次服务");
        test(find(Button.class, decide).withText("保存处理结果").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(pointsOf("deputy")).isEqualTo(total + 3);
    }

    @Test
    void theOfficeEntersPointsByHandAndBadInputChangesNothing() {
        int before = pointsOf("npc");
        login("office");
        PointsOfficeView view = navigate(PointsOfficeView.class);
        test(view.addManual).click();
        assertThat(view.deputy.isInvalid()).isTrue();
        assertThat(pointsOf("npc")).isEqualTo(before);

        view.deputy.setValue(new cn.silian.shared.ui.Choice(deputyOf("npc"), "刘海燕"));
        view.duty.setValue(view.duty.getListDataView().getItems().filter(d -> "COMMENDATION".equals(d.code()))
                .findFirst().orElseThrow());
        test(view.title).setValue("获评优秀人大代表");
        test(view.reason).setValue("市人大常委会表彰文件");
        test(view.addManual).click();
        int commendation = view.duty.getValue().points();
        assertThat(pointsOf("npc")).isEqualTo(before + commendation);
    }

    @Test
    void theOfficePublishesAQuarterAndTheDeputySeesTheRanking() {
        login("office");
        PointsOfficeView view = navigate(PointsOfficeView.class);
        view.publishYear.setValue(year);
        view.quarter.setValue(1);
        int listed = test(view.published).size();
        test(view.publish).click();
        assertThat(test(view.published).size()).isEqualTo(listed + 1);
        test(view.publish).click();
        assertThat(test(view.published).size()).as("a period is published once").isEqualTo(listed + 1);

        login("deputy");
        PublishedPointsView published = navigate(PublishedPointsView.class);
        published.year.setValue(year);
        published.period.setValue(published.period.getListDataView().getItems().filter(p -> p.quarter() == 1)
                .findFirst().orElseThrow());
        assertThat(published.ranking.isVisible()).isTrue();
        assertThat(test(published.ranking).size()).isGreaterThan(100);
        assertThat(test(published.ranking).getCellText(0, 0)).isEqualTo("1");
    }

    @Test
    void theOfficeSeesWhoIsBelowTheThresholdAndRecordsATalk() {
        login("office");
        PointsOfficeView view = navigate(PointsOfficeView.class);
        assertThat(test(view.talks).size()).isGreaterThan(0);
        var first = test(view.talks).getRow(0);
        view.recordTalk(first);
        Dialog dialog = find(Dialog.class).single();
        test(find(TextArea.class, dialog).single()).setValue("了解情况，约定补足履职");
        test(find(Button.class, dialog).withText("保存").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(test(view.talks).getRow(0).talkedOn()).isEqualTo(LocalDate.now(Formats.ZONE));
    }

    @Test
    void aPastYearsSchemeIsClosedAndABadThresholdChangesNothing() {
        login("office");
        PointsOfficeView view = navigate(PointsOfficeView.class);
        view.schemeYear.setValue(year - 1);
        assertThat(view.saveThreshold.isEnabled()).isFalse();
        view.schemeYear.setValue(year);
        assertThat(view.saveThreshold.isEnabled()).isTrue();
        int threshold = schemes.of(year, Locale.CHINA).talkThreshold();
        view.threshold.setValue(2000);
        test(view.saveThreshold).click();
        assertThat(view.threshold.isInvalid()).isTrue();
        assertThat(schemes.of(year, Locale.CHINA).talkThreshold()).isEqualTo(threshold);
        test(view.threshold).setValue(threshold + 5);
        test(view.saveThreshold).click();
        assertThat(schemes.of(year, Locale.CHINA).talkThreshold()).isEqualTo(threshold + 5);
    }
}
