package cn.silian.meetings.ui;

import cn.silian.meetings.ActionRow;
import cn.silian.meetings.Attendance;
import cn.silian.meetings.InvitationRow;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingsTestData;
import cn.silian.meetings.MinutesService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class MeetingDayViewsTest extends BrowserlessTestBase {

    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired MinutesService minutes;
    @Autowired EntityManager entityManager;
    @Autowired org.springframework.context.ApplicationContext applicationContext;

    MeetingsTestData data;

    @BeforeEach
    void setUp() {
        data = new MeetingsTestData(accounts, meetings, invitations, entityManager);
    }

    @Test
    void staffSearchTheSignInListCheckPeopleInAndSeeTheFiguresAndTheCode() {
        long id = data.started("界面签到会", Duration.ofMinutes(2), "deputy", "npc");
        login("office");
        AttendanceSection section = new AttendanceSection(invitations, meetings.get(id), () -> { });
        UI.getCurrent().add(section);

        String code = meetings.get(id).checkInCode();
        assertThat(section.code.getText()).isEqualTo(code).hasSize(6);
        assertThat(section.qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains(code));
        assertThat(AttendanceSection.qrPng("x")).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(find(Anchor.class, section).all()).extracting(Anchor::getHref)
                .anySatisfy(href -> assertThat(href).endsWith("meetings/check-in?code=" + code));
        assertThat(test(section.people).size()).isEqualTo(2);

        test(section.search).setValue("陈志");
        assertThat(test(section.people).size()).isEqualTo(1);
        InvitationRow chen = test(section.people).getRow(0);
        assertThat(chen.name()).isEqualTo("陈志强");
        Button checkIn = (Button) ((HorizontalLayout) test(section.people).getCellComponent(0, 6)).getComponentAt(0);
        assertThat(checkIn.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains("陈志强"));
        test(checkIn).click();
        assertThat(test(section.people).getRow(0).attendance()).isEqualTo(Attendance.PRESENT);
        assertThat(section.search.getValue()).isEqualTo("陈志");

        test(section.search).setValue("");
        int npc = test(section.people).getRow(0).name().equals("陈志强") ? 1 : 0;
        Button absent = (Button) ((HorizontalLayout) test(section.people).getCellComponent(npc, 6)).getComponentAt(1);
        test(absent).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextArea.class, dialog).single()).setValue("外出开会");
        test(find(Button.class, dialog).withText("保存").single()).click();
        assertThat(test(section.people).getRow(npc).attendance()).isEqualTo(Attendance.ABSENT);

        int rows = test(section.figures).size();
        AttendanceSection.FigureLine total = test(section.figures).getRow(rows - 1);
        assertThat(total.total()).isTrue();
        assertThat(total.row().invited()).isEqualTo(2);
        assertThat(total.row().present()).isEqualTo(1);
        assertThat(total.row().absent()).isEqualTo(1);
        assertThat(section.attendanceExcel.getText()).isNotBlank();
        assertThat(section.signInPdf.getHref()).isNotBlank();
    }

    @Test
    void theOrganiserWritesMinutesGivesAnActionAndPublishesThenInviteesReadThem() {
        long id = data.started("界面纪要会", Duration.ofMinutes(40), "deputy");
        login("office");
        AtomicInteger reloads = new AtomicInteger();
        MinutesSection section = new MinutesSection(minutes, invitations, meetings.get(id), reloads::incrementAndGet);
        UI.getCurrent().add(section);
        test(section.minutesText).setValue("听取了各组汇报。");
        test(section.decisionsText).setValue("下月开展集中调研。");
        test(section.save).click();
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(meetings.get(id).minutes()).isEqualTo("听取了各组汇报。");

        UI.getCurrent().remove(section);
        section = new MinutesSection(minutes, invitations, meetings.get(id), reloads::incrementAndGet);
        UI.getCurrent().add(section);
        test(section.addAction).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).single()).setValue("走访辖区企业");
        @SuppressWarnings("unchecked")
        ComboBox<InvitationRow> assignee = find(ComboBox.class, dialog).single();
        assignee.setValue(assignee.getListDataView().getItems().findFirst().orElseThrow());
        test(find(Button.class, dialog).withText("添加事项").single()).click();
        assertThat(test(section.actions).size()).isEqualTo(1);
        assertThat(test(section.actions).getRow(0).assigneeName()).isEqualTo("陈志强");

        meetings.markHeld(id, meetings.get(id).version());
        UI.getCurrent().remove(section);
        section = new MinutesSection(minutes, invitations, meetings.get(id), reloads::incrementAndGet);
        UI.getCurrent().add(section);
        test(section.publish).click();
        assertThat(find(ConfirmDialog.class).all()).anySatisfy(c -> assertThat(c.isOpened()).isTrue());
        section.publishNow();
        assertThat(meetings.get(id).summary().status()).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("纪要已发布。");

        login("deputy");
        MinutesSection read = new MinutesSection(minutes, invitations, meetings.get(id), () -> { });
        UI.getCurrent().add(read);
        assertThat(read.minutesText.isAttached()).isFalse();
        assertThat(find(Div.class, read).all()).extracting(Div::getText).contains("听取了各组汇报。", "下月开展集中调研。");
        assertThat(test(read.actions).size()).isEqualTo(1);
        ActionRow mine = test(read.actions).getRow(0);
        assertThat(mine.title()).isEqualTo("走访辖区企业");
    }

    @Test
    void inviteesReadNothingBeforeTheMinutesArePublished() {
        long id = data.started("未发布纪要的会", Duration.ofMinutes(10), "deputy");
        login("deputy");
        MinutesSection section = new MinutesSection(minutes, invitations, meetings.get(id), () -> { });
        UI.getCurrent().add(section);
        assertThat(find(Paragraph.class, section).all()).extracting(Paragraph::getText).containsExactly("会议纪要尚未发布。");
        assertThat(section.save.isAttached()).isFalse();
    }

    @Test
    void aDeputyWhoTriesTooManyWrongCodesIsToldWhenHeMayTryAgain() {
        long id = data.started("限次签到会", Duration.ofMinutes(1), "deputy");
        String code = data.asOffice(id).checkInCode();
        String wrong = String.format("%06d", (Integer.parseInt(code) + 7) % 1_000_000);
        login("deputy");
        try {
            CheckInView view = navigate("meetings/check-in", CheckInView.class);
            test(view.code).setValue(wrong);
            for (int i = 1; i < 5; i++) {
                test(view.checkIn).click();
                assertThat(view.code.getErrorMessage()).doesNotContain("再试");
            }
            test(view.checkIn).click();
            assertThat(view.code.getErrorMessage()).matches("签到码错误次数过多，请于 \\d{2}:\\d{2} 后再试；也可请会议组织者为您签到。");
            test(view.code).setValue(code);
            test(view.checkIn).click();
            assertThat(view.code.getErrorMessage()).startsWith("签到码错误次数过多");
            assertThat(find(Anchor.class, view.result).all()).as("not checked in").isEmpty();
        } finally {
            MeetingsTestData.forgetWrongCheckInCodes(applicationContext, "deputy");
        }
    }

    @Test
    void aDeputyChecksInWithTheCodeTheQrCodeFillsIn() {
        long id = data.started("扫码签到会", Duration.ofMinutes(1), "deputy");
        String code = data.asOffice(id).checkInCode();
        String wrong = code.equals("123456") ? "654321" : "123456";

        login("deputy");
        UI.getCurrent().navigate("meetings/check-in", QueryParameters.of("code", wrong));
        CheckInView view = (CheckInView) getCurrentView();
        assertThat(view.code.getValue()).isEqualTo(wrong);
        test(view.checkIn).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isNotBlank();

        UI.getCurrent().navigate("meetings/check-in", QueryParameters.of("code", code));
        view = (CheckInView) getCurrentView();
        assertThat(view.code.getValue()).isEqualTo(code);
        test(view.checkIn).click();
        assertThat(view.code.isInvalid()).isFalse();
        assertThat(find(Anchor.class, view.result).single().getHref()).isEqualTo("meetings/" + id);
        assertThat(find(Paragraph.class, view.result).single().getText()).contains("扫码签到会");

        test(view.code).setValue("12");
        test(view.checkIn).click();
        assertThat(view.code.getErrorMessage()).isEqualTo("请输入六位数字签到码。");
    }
}
