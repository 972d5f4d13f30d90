package cn.silian.meetings;

import cn.silian.ActivityEvents;
import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivity;
import cn.silian.performance.DutyPoints;
import cn.silian.performance.PointsQuery;
import cn.silian.shared.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance earns the duty of the meeting's kind; a correction or an uninvitation replaces it. */
@SilianSpringTest
@Transactional
class AttendanceActivityTest extends MeetingsTestBase {

    @Autowired PointsQuery points;
    @Autowired AttendanceActivity source;
    @Autowired ActivityEvents events;
    @Autowired InvitationRepository invitationRepository;

    private final int year = LocalDate.now(Formats.ZONE).getYear();

    private long entries(long deputyId, String code) {
        return TestUsers.as(accounts, "office", () -> points.byDuty(deputyId, year, Locale.ENGLISH)).stream()
                .filter(d -> d.code().equals(code)).mapToLong(DutyPoints::entries).sum();
    }

    @Test
    void checkingInEarnsTheJointMeetingAndAnAbsenceWithoutLeaveCostsPoints() {
        long joint = entries(deputy, "JOINT_MEETING");
        long absent = entries(deputy, "ABSENT_WITHOUT_LEAVE");
        long id = data.started("积分签到测试会", Duration.ofMinutes(2), "deputy", "npc");
        long invitation = invitationRepository.of(id, deputy).orElseThrow().getId();
        TestUsers.login(accounts, "office");
        invitations.checkIn(id, deputy);
        assertThat(entries(deputy, "JOINT_MEETING")).isEqualTo(joint + 1);
        List<DutyActivity> said = events.last(AttendanceActivity.TYPE, invitation).orElseThrow();
        assertThat(said).extracting(DutyActivity::kind).containsExactly(ActivityKind.JOINT_MEETING_ATTENDED);
        assertThat(TestUsers.as(accounts, "office", () -> source.activitiesOf(deputy, year)))
                .filteredOn(a -> a.sourceId() == invitation).isEqualTo(said);

        TestUsers.login(accounts, "office");
        invitations.markAbsent(id, deputy, "未请假");
        assertThat(entries(deputy, "JOINT_MEETING")).isEqualTo(joint);
        assertThat(entries(deputy, "ABSENT_WITHOUT_LEAVE")).isEqualTo(absent + 1);
        assertThat(TestUsers.as(accounts, "office", () -> source.activitiesIn(year)))
                .filteredOn(a -> a.sourceId() == invitation)
                .isEqualTo(events.last(AttendanceActivity.TYPE, invitation).orElseThrow())
                .extracting(DutyActivity::kind).containsExactly(ActivityKind.MEETING_ABSENT_UNEXCUSED);

        TestUsers.login(accounts, "office");
        invitations.uninvite(id, deputy);
        assertThat(entries(deputy, "ABSENT_WITHOUT_LEAVE")).isEqualTo(absent);
        assertThat(events.last(AttendanceActivity.TYPE, invitation).orElseThrow()).isEmpty();
    }

    @Test
    void anAbsenceAfterAskingForLeaveIsInTheRecordAndWorthNothing() {
        assertThat(AttendanceActivity.activities(1, 2L, Attendance.ABSENT, Rsvp.DECLINED, 3, MeetingKind.SESSION,
                MeetingStatus.HELD, LocalDate.of(2026, 3, 5).atTime(9, 0), "人代会"))
                .extracting(DutyActivity::kind).containsExactly(ActivityKind.MEETING_EXCUSED);
        assertThat(AttendanceActivity.activities(1, 2L, Attendance.LATE, Rsvp.ACCEPTED, 3, MeetingKind.TRAINING,
                MeetingStatus.HELD, LocalDate.of(2026, 3, 5).atTime(9, 0), "培训"))
                .extracting(DutyActivity::kind).containsExactly(ActivityKind.TRAINING_ATTENDED);
        assertThat(AttendanceActivity.activities(1, 2L, Attendance.PRESENT, Rsvp.ACCEPTED, 3, MeetingKind.JOINT,
                MeetingStatus.CANCELLED, LocalDate.of(2026, 3, 5).atTime(9, 0), "取消的会")).isEmpty();
    }
}
