package cn.silian.meetings;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.Level;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.DeputyNotice;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@RecordApplicationEvents
@Tag("db")
class AttendanceAndMinutesTest extends MeetingsTestBase {

    @Autowired MinutesService minutes;
    @Autowired ApplicationEvents events;
    @Autowired CheckInThrottle throttle;

    private InvitationRow row(long meetingId, long deputyId) {
        return TestUsers.as(accounts, "office", () -> invitations.invitations(meetingId)).stream()
                .filter(r -> r.deputyId() == deputyId).findFirst().orElseThrow();
    }

    @Test
    void staffCheckInOnTimeOrLateByTheClockAndRecordAbsencesCountedPerLevel() {
        long id = data.started("签到测试会", Duration.ofMinutes(2), "deputy", "npc");
        TestUsers.login(accounts, "office");
        invitations.checkIn(id, deputy);
        assertThat(row(id, deputy).attendance()).isEqualTo(Attendance.PRESENT);
        assertThat(row(id, deputy).checkedInAt()).isNotNull();

        data.startedAgo(id, Duration.ofMinutes(30));
        TestUsers.login(accounts, "office");
        invitations.checkIn(id, npc);
        assertThat(row(id, npc).attendance()).isEqualTo(Attendance.LATE);

        invitations.markAbsent(id, npc, "临时出差");
        assertThat(row(id, npc).attendance()).isEqualTo(Attendance.ABSENT);
        assertThat(row(id, npc).absenceReason()).isEqualTo("临时出差");

        Level deputyLevel = row(id, deputy).level();
        Level npcLevel = row(id, npc).level();
        assertThat(npcLevel).isEqualTo(Level.NATIONAL);
        AttendanceFigures figures = invitations.attendance(id);
        assertThat(figures.total()).isEqualTo(new AttendanceFigures.Row(2, 1, 0, 1, 0));
        assertThat(figures.byLevel().get(npcLevel)).isEqualTo(new AttendanceFigures.Row(1, 0, 0, 1, 0));
        assertThat(figures.byLevel().get(deputyLevel)).isEqualTo(new AttendanceFigures.Row(1, 1, 0, 0, 0));

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> invitations.checkIn(id, npc)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.attendance(id)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void deputiesCheckThemselvesInWithTheRightCodeOnly() {
        long id = data.started("签到码测试会", Duration.ofMinutes(1), "deputy");
        String code = data.asOffice(id).checkInCode();
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> invitations.checkInWithCode(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("code"));
        assertThat(row(id, deputy).attendance()).isNull();

        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> invitations.checkInWithCode(code)).isInstanceOf(InvalidInputException.class);

        TestUsers.login(accounts, "deputy");
        assertThat(invitations.checkInWithCode(" " + code + " ")).isEqualTo(id);
        assertThat(row(id, deputy).attendance()).isIn(Attendance.PRESENT, Attendance.LATE);
    }

    @Test
    void anAttendanceSheetTakenOutIsAudited() {
        long id = data.started("导出签到表的会", Duration.ofMinutes(5), "deputy", "npc");
        TestUsers.login(accounts, "office");
        assertThat(invitations.invitationsForExport(id, "sign-in.pdf")).isEqualTo(invitations.invitations(id));
        assertThat(events.stream(cn.silian.shared.AuditEvent.class))
                .filteredOn(a -> a.action() == cn.silian.shared.AuditEvent.Action.DOWNLOAD)
                .singleElement().satisfies(a -> {
                    assertThat(a.objectId()).isEqualTo(String.valueOf(id));
                    assertThat(a.summary().translate(java.util.Locale.ENGLISH))
                            .isEqualTo("Sheet sign-in.pdf of 导出签到表的会 exported (2 people)");
                });
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> invitations.invitationsForExport(id, "sign-in.pdf"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void wrongCheckInCodesAreThrottledPerAccountWithTheTimeToTryAgainAndAudited() {
        long id = data.started("签到限次测试会", Duration.ofMinutes(1), "deputy", "npc");
        String code = data.asOffice(id).checkInCode();
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        TestUsers.login(accounts, "deputy");
        try {
            for (int i = 1; i < CheckInThrottle.MAX_WRONG; i++) {
                assertThatThrownBy(() -> invitations.checkInWithCode(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("meeting.check-in.code-unknown"));
            }
            assertThatThrownBy(() -> invitations.checkInWithCode(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> {
                        assertThat(e.problems().getFirst().messageKey()).isEqualTo("meeting.check-in.throttled");
                        assertThat((String) e.problems().getFirst().args()[0]).matches("\\d{2}:\\d{2}");
                    });
            assertThat(events.stream(cn.silian.shared.AuditEvent.class))
                    .filteredOn(a -> a.action() == cn.silian.shared.AuditEvent.Action.DENIED)
                    .singleElement().satisfies(a -> {
                        assertThat(a.actor()).isEqualTo("deputy");
                        assertThat(a.summary().key()).isEqualTo("audit.check-in.throttled");
                    });
            assertThatThrownBy(() -> invitations.checkInWithCode(code)).as("even the right code waits")
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("meeting.check-in.throttled"));
            assertThat(row(id, deputy).attendance()).isNull();

            TestUsers.login(accounts, "npc");
            assertThat(invitations.checkInWithCode(code)).as("another deputy is not held up").isEqualTo(id);
        } finally {
            throttle.succeeded("deputy");
            throttle.succeeded("npc");
        }
    }

    @Test
    void minutesAreWrittenOnlyOnceTheMeetingHasStartedAndActionsGoToInviteesOnly() {
        long future = data.announced(MeetingsTestData.draft("还没开的会", MeetingsTestData.now().plusDays(3), "会场甲"), "deputy");
        TestUsers.login(accounts, "office");
        long futureVersion = meetings.get(future).version();
        assertThatThrownBy(() -> minutes.saveMinutes(future, futureVersion, "纪要", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> minutes.addAction(future, "调研", deputy, null)).isInstanceOf(InvalidInputException.class);

        long id = data.started("已开的会", Duration.ofMinutes(20), "deputy");
        TestUsers.login(accounts, "office");
        minutes.saveMinutes(id, meetings.get(id).version(), "会议纪要正文", "议定事项");
        assertThat(meetings.get(id).minutes()).isEqualTo("会议纪要正文");
        assertThatThrownBy(() -> minutes.addAction(id, "调研", npc, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains("assignee"));
        assertThatThrownBy(() -> minutes.addAction(id, "调研", deputy, LocalDate.now().minusDays(3)))
                .isInstanceOf(InvalidInputException.class);
        long action = minutes.addAction(id, "走访企业", deputy, LocalDate.now().plusDays(10));
        assertThat(minutes.actions(id)).extracting(ActionRow::id).containsExactly(action);
    }

    @Test
    void publishingTellsInviteesAndAssigneesAndOnlyThenActionsReachHomePages() {
        long id = data.started("发布纪要的会", Duration.ofHours(1), "deputy", "npc");
        TestUsers.login(accounts, "office");
        long version = minutes.saveMinutes(id, meetings.get(id).version(), "纪要", null);
        long mine = minutes.addAction(id, "走访企业", deputy, LocalDate.now().plusDays(10));
        minutes.addAction(id, "整理建议", npc, null);

        assertThatThrownBy(() -> minutes.publish(id, meetings.get(id).version())).isInstanceOf(InvalidInputException.class);
        meetings.markHeld(id, meetings.get(id).version());
        TestUsers.login(accounts, "deputy");
        assertThat(minutes.myActions()).extracting(ActionRow::id).doesNotContain(mine);
        assertThat(meetings.get(id).minutes()).isNull();
        assertThat(minutes.actions(id)).isEmpty();

        TestUsers.login(accounts, "office");
        events.clear();
        minutes.publish(id, meetings.get(id).version());
        assertThat(events.stream(DeputyNotice.class).filter(n -> n.messageKey().equals("meeting.notice.minutes")))
                .singleElement().satisfies(n -> assertThat(n.deputyIds()).containsExactlyInAnyOrder(deputy, npc));
        assertThat(events.stream(DeputyNotice.class).filter(n -> n.messageKey().equals("meeting.notice.action")))
                .singleElement().satisfies(n -> assertThat(n.deputyIds()).containsExactlyInAnyOrder(deputy, npc));
        assertThat(version).isPositive();

        // The demo's past joint meetings give both people actions of their own: look at this meeting's.
        TestUsers.login(accounts, "deputy");
        assertThat(minutes.myActions()).filteredOn(a -> a.meetingId() == id).extracting(ActionRow::id).containsExactly(mine);
        assertThat(meetings.get(id).minutes()).isEqualTo("纪要");
        TestUsers.login(accounts, "npc");
        assertThat(minutes.myActions()).filteredOn(a -> a.meetingId() == id).extracting(ActionRow::title).containsExactly("整理建议");
    }

    @Test
    void aClosedMeetingsMinutesAreForItsInviteesOnly() {
        MeetingDraft d = MeetingsTestData.draft("闭门会议", MeetingsTestData.now().plusDays(1), "小会议室");
        d.setClosed(true);
        long id = data.announced(d, "npc");
        data.startedAgo(id, Duration.ofHours(1));
        TestUsers.login(accounts, "office");
        minutes.saveMinutes(id, meetings.get(id).version(), "闭门纪要", "闭门决定");
        meetings.markHeld(id, meetings.get(id).version());

        TestUsers.login(accounts, "npc");
        assertThat(meetings.get(id).minutes()).isNull();
        assertThat(meetings.get(id).decisions()).isNull();

        TestUsers.login(accounts, "office");
        minutes.publish(id, meetings.get(id).version());

        TestUsers.login(accounts, "npc");
        assertThat(meetings.get(id).minutes()).isEqualTo("闭门纪要");
        assertThat(meetings.get(id).decisions()).isEqualTo("闭门决定");
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> meetings.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> minutes.actions(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleVersionOfTheMinutesIsRefused() {
        long id = data.started("并发编辑的会", Duration.ofMinutes(30), "deputy");
        TestUsers.login(accounts, "office");
        long first = meetings.get(id).version();
        long second = minutes.saveMinutes(id, first, "第一稿", null);
        assertThat(second).isGreaterThan(first);
        assertThatThrownBy(() -> minutes.saveMinutes(id, first, "另一人的稿", null)).isInstanceOf(ConcurrentEditException.class);
        assertThat(meetings.get(id).minutes()).isEqualTo("第一稿");
        minutes.saveMinutes(id, second, "第二稿", null);
        assertThat(meetings.get(id).minutes()).isEqualTo("第二稿");
        assertThat(List.of(first, second)).doesNotHaveDuplicates();
    }
}
