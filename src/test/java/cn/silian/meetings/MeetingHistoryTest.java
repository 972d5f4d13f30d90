package cn.silian.meetings;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.shared.DeputyNotice;
import cn.silian.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Meetings held before Silian: the office records one whole, with no notices; nobody else may. */
@SilianSpringTest
@Transactional
@RecordApplicationEvents
@Tag("db")
class MeetingHistoryTest extends MeetingsTestBase {

    @Autowired MeetingHistory history;
    @Autowired MinutesService minutes;
    @Autowired ApplicationEvents events;

    private static LocalDateTime daysAgo(int days) {
        return MeetingsTestData.now().minusDays(days).withHour(9).withMinute(0);
    }

    private List<MeetingHistory.PastInvitee> invitees() {
        return List.of(new MeetingHistory.PastInvitee(deputy, Rsvp.ACCEPTED, null, Attendance.PRESENT),
                new MeetingHistory.PastInvitee(npc, Rsvp.DECLINED, "在京参会", Attendance.ABSENT));
    }

    private long meetingsTitled(String title) {
        return TestUsers.as(accounts, "office", () -> meetings.count(new MeetingFilter(title, null, null, null, null, false)));
    }

    @Test
    void theOfficeRecordsAHeldMeetingWithItsAttendanceMinutesAndActionsAndTellsNobody() {
        TestUsers.login(accounts, "office");
        events.clear();
        long id = history.recordHeld(MeetingsTestData.draft("补录的联席会", daysAgo(20), MeetingsTestData.ROOM), invitees(),
                "补录纪要", "补录决定", List.of(new MeetingHistory.PastAction("走访社区", deputy, daysAgo(5).toLocalDate(), true),
                        new MeetingHistory.PastAction("整理意见", npc, null, false)));

        MeetingDetails recorded = meetings.get(id);
        assertThat(recorded.summary().status()).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
        assertThat(recorded.summary().startsAt()).isEqualTo(daysAgo(20));
        assertThat(recorded.minutes()).isEqualTo("补录纪要");
        assertThat(recorded.decisions()).isEqualTo("补录决定");
        assertThat(recorded.minutesPublishedAt()).isNotNull();
        assertThat(recorded.agenda()).extracting(AgendaLine::title).containsExactly("通报工作");
        assertThat(invitations.invitations(id)).extracting(InvitationRow::deputyId, InvitationRow::rsvp, InvitationRow::attendance,
                        InvitationRow::absenceReason)
                .containsExactlyInAnyOrder(tuple(deputy, Rsvp.ACCEPTED, Attendance.PRESENT, null),
                        tuple(npc, Rsvp.DECLINED, Attendance.ABSENT, "在京参会"));
        assertThat(invitations.attendance(id).total()).isEqualTo(new AttendanceFigures.Row(2, 1, 0, 1, 0));
        assertThat(minutes.actions(id)).extracting(ActionRow::title, ActionRow::assigneeId, ActionRow::doneOn)
                .containsExactly(tuple("走访社区", deputy, daysAgo(5).toLocalDate()),
                        tuple("整理意见", npc, null));
        assertThat(events.stream(DeputyNotice.class)).isEmpty();

        // Published at once: the invitees read the minutes and see their open actions.
        TestUsers.login(accounts, "npc");
        assertThat(meetings.get(id).minutes()).isEqualTo("补录纪要");
        assertThat(minutes.myActions()).filteredOn(a -> a.meetingId() == id).extracting(ActionRow::title).containsExactly("整理意见");
    }

    @Test
    void aMeetingThatHasNotEndedOrHasNoMinutesIsNotHistoryAndNothingIsRecorded() {
        TestUsers.login(accounts, "office");
        MeetingDraft running = MeetingsTestData.draft("还在开的会", MeetingsTestData.now().minusHours(1), MeetingsTestData.ROOM);
        assertThatThrownBy(() -> history.recordHeld(running, invitees(), "纪要", null, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).contains("meeting.history.not-past"));
        MeetingDraft past = MeetingsTestData.draft("没有纪要的会", daysAgo(3), MeetingsTestData.ROOM);
        assertThatThrownBy(() -> history.recordHeld(past, invitees(), " ", null, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).contains("minutes"));
        assertThat(meetingsTitled("还在开的会")).isZero();
        assertThat(meetingsTitled("没有纪要的会")).isZero();
    }

    @Test
    void nobodyButTheOfficeAndAdministratorsRecordsHistory() {
        MeetingDraft draft = MeetingsTestData.draft("越权补录的会", daysAgo(10), MeetingsTestData.ROOM);
        for (String user : List.of("deputy", "npc", "street01")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> history.recordHeld(draft, invitees(), "纪要", null, List.of())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.loginWithoutRoles(accounts, "office");
        assertThatThrownBy(() -> history.recordHeld(draft, invitees(), "纪要", null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(meetingsTitled("越权补录的会")).isZero();

        TestUsers.login(accounts, "admin");
        history.recordHeld(draft, invitees(), "纪要", null, List.of());
        assertThat(meetingsTitled("越权补录的会")).isOne();
    }
}
