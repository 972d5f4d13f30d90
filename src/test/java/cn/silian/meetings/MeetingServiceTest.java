package cn.silian.meetings;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.SystemUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.DeputyNotice;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.stations.DutyService;
import cn.silian.stations.ShiftRow;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@RecordApplicationEvents
@Tag("db")
class MeetingServiceTest extends MeetingsTestBase {

    @Autowired DutyService duty;
    @Autowired StationService stations;
    @Autowired ApplicationEvents events;

    /** Far enough ahead that no demo duty shift gets in the way. */
    private static LocalDateTime later(int days, int hour) {
        return MeetingsTestData.now().plusDays(days).withHour(hour).withMinute(0);
    }

    @Test
    void onlyTheOrganiserAndTheOfficeChangeAMeeting() {
        long id = data.announced(MeetingsTestData.draft("权限测试会", later(200, 9), MeetingsTestData.ROOM), "deputy");
        MeetingDetails before = data.asOffice(id);

        TestUsers.login(accounts, "deputy");
        MeetingDraft change = MeetingsTestData.draft("被改的会", later(200, 9), MeetingsTestData.ROOM);
        assertThat(meetings.get(id).rights().manage()).isFalse();
        assertThatThrownBy(() -> meetings.update(id, before.version(), change)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.cancel(id, before.version(), "不开了")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.edit(id)).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> meetings.create(MeetingsTestData.draft("街道开联席会", later(201, 9), "街道会议室")))
                .isInstanceOf(AccessDeniedException.class);
        long otherStreetsStation = TestUsers.as(accounts, "street02",
                () -> stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
        MeetingDraft station = MeetingsTestData.draft("别的街道的站点会", later(201, 14), "站点");
        station.setKind(MeetingKind.STATION);
        station.setStationId(otherStreetsStation);
        assertThatThrownBy(() -> meetings.create(station)).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "office");
        MeetingDetails after = meetings.get(id);
        assertThat(after.summary().title()).isEqualTo("权限测试会");
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(meetings.update(id, before.version(), change)).isGreaterThan(before.version());
        assertThat(meetings.get(id).summary().title()).isEqualTo("被改的会");
    }

    @Test
    void aFormSavedOnTheVersionItWasLoadedAtIsRefusedOnceSomeoneElseSavedAndChangesNothing() {
        long id = data.create(MeetingsTestData.draft("并发编辑会", later(204, 9), MeetingsTestData.ROOM));
        TestUsers.login(accounts, "office");
        Edit<MeetingDraft> form = meetings.edit(id);

        TestUsers.as(accounts, "admin", () -> {
            Edit<MeetingDraft> other = meetings.edit(id);
            other.draft().setTitle("他人先存的标题");
            other.draft().setAgenda(List.of(new AgendaLine("他人的议程", "主任", 20)));
            return meetings.update(id, other.version(), other.draft());
        });

        form.draft().setTitle("过时表单的标题");
        assertThatThrownBy(() -> meetings.update(id, form.version(), form.draft())).isInstanceOf(ConcurrentEditException.class);
        Edit<MeetingDraft> now = meetings.edit(id);
        assertThat(now.draft().getTitle()).isEqualTo("他人先存的标题");
        assertThat(now.draft().getAgenda()).extracting(AgendaLine::title).containsExactly("他人的议程");
    }

    @Test
    void inviteesSeeAClosedMeetingAndOthersDoNotEvenFindIt() {
        MeetingDraft d = MeetingsTestData.draft("闭门座谈会", later(202, 9), MeetingsTestData.ROOM);
        d.setClosed(true);
        long id = data.announced(d, "npc");
        MeetingFilter byTitle = new MeetingFilter("闭门座谈会", null, null, null, null, false);

        TestUsers.login(accounts, "npc");
        assertThat(meetings.get(id).rights().invited()).isTrue();
        assertThat(meetings.page(byTitle, PageRequest.of(0, 10)).getContent()).extracting(MeetingSummary::id).containsExactly(id);

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> meetings.get(id)).isInstanceOf(NotFoundException.class);
        assertThat(meetings.page(byTitle, PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(meetings.count(byTitle)).isZero();
    }

    @Test
    void aDraftIsInvisibleToItsInvitees() {
        long id = data.create(MeetingsTestData.draft("草稿会议", later(203, 9), MeetingsTestData.ROOM));
        TestUsers.as(accounts, "office", () -> invitations.invite(id, List.of(npc)));
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> meetings.get(id)).isInstanceOf(NotFoundException.class);
        assertThat(meetings.page(MeetingFilter.upcomingMine(MeetingsTestData.now().toLocalDate()), PageRequest.of(0, 100))
                .getContent()).extracting(MeetingSummary::id).doesNotContain(id);
    }

    @Test
    void badInputIsRefusedByFieldAndChangesNothing() {
        TestUsers.login(accounts, "office");
        long before = meetings.count(MeetingFilter.none());

        MeetingDraft endBeforeStart = MeetingsTestData.draft("坏会议", later(204, 9), MeetingsTestData.ROOM);
        endBeforeStart.setEndsAt(endBeforeStart.getStartsAt().minusMinutes(30));
        assertProblem(() -> meetings.create(endBeforeStart), "endsAt");
        MeetingDraft touching = MeetingsTestData.draft("坏会议", later(204, 9), MeetingsTestData.ROOM);
        touching.setEndsAt(touching.getStartsAt());
        assertProblem(() -> meetings.create(touching), "endsAt");
        assertProblem(() -> meetings.create(MeetingsTestData.draft("坏会议", MeetingsTestData.now().minusHours(1), "会议室")), "startsAt");
        MeetingDraft tooLong = MeetingsTestData.draft("坏会议", later(204, 9), MeetingsTestData.ROOM);
        tooLong.setEndsAt(tooLong.getStartsAt().plus(MeetingService.LONGEST).plusMinutes(1));
        assertThatThrownBy(() -> meetings.create(tooLong)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("endsAt", "meeting.too-long")));
        MeetingDraft longest = MeetingsTestData.draft("最长的会", later(204, 9), MeetingsTestData.ROOM);
        longest.setEndsAt(longest.getStartsAt().plus(MeetingService.LONGEST));
        long longestId = meetings.create(longest);
        // A list from a date finds a meeting of the longest length that started that long before it.
        java.time.LocalDate lastDay = longest.getEndsAt().toLocalDate();
        assertThat(meetings.page(new MeetingFilter("最长的会", null, null, lastDay, lastDay, false),
                org.springframework.data.domain.PageRequest.of(0, 10)).map(MeetingSummary::id))
                .contains(longestId);
        before++;
        MeetingDraft badLink = MeetingsTestData.draft("坏会议", later(204, 9), null);
        badLink.setOnlineLink("meeting.example/join");
        assertProblem(() -> meetings.create(badLink), "onlineLink");
        assertThat(meetings.count(MeetingFilter.none())).isEqualTo(before);

        MeetingDraft noAgenda = MeetingsTestData.draft("没有议程的会", later(204, 14), MeetingsTestData.ROOM);
        noAgenda.setAgenda(List.of());
        long id = meetings.create(noAgenda);
        long version = meetings.get(id).version();
        assertProblem(() -> meetings.announce(id, version), "agenda");
        assertThat(meetings.get(id).summary().status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(meetings.get(id).version()).isEqualTo(version);

        MeetingDraft fine = MeetingsTestData.draft("好会议", later(205, 9), MeetingsTestData.ROOM);
        long good = meetings.create(fine);
        long goodVersion = meetings.get(good).version();
        MeetingDraft moved = MeetingsTestData.draft("好会议", later(205, 9), MeetingsTestData.ROOM);
        moved.setEndsAt(moved.getStartsAt().minusHours(1));
        assertProblem(() -> meetings.update(good, goodVersion, moved), "endsAt");
        assertThat(meetings.get(good).summary().endsAt()).isEqualTo(fine.getEndsAt());
        assertThat(meetings.get(good).version()).isEqualTo(goodVersion);
    }

    @Test
    void overlappingMeetingsOfTheSamePersonAreFoundAndTouchingOnesAreNot() {
        LocalDateTime start = later(206, 9);
        long other = data.announced(MeetingsTestData.draft("先约的会", start, "别处"), "deputy");
        TestUsers.login(accounts, "office");

        List<Conflict> overlapping = meetings.conflicts(null, start.plusHours(1), start.plusHours(3), "另一处", List.of(deputy, npc));
        assertThat(overlapping).filteredOn(c -> c.kind() == Conflict.Kind.MEETING)
                .singleElement().satisfies(c -> {
                    assertThat(c.deputyId()).isEqualTo(deputy);
                    assertThat(c.what()).isEqualTo("先约的会");
                });
        assertThat(meetings.conflicts(null, start.plusHours(2), start.plusHours(4), "另一处", List.of(deputy)))
                .filteredOn(c -> c.kind() == Conflict.Kind.MEETING).isEmpty();
        assertThat(meetings.conflicts(null, start.minusHours(2), start, "另一处", List.of(deputy)))
                .filteredOn(c -> c.kind() == Conflict.Kind.MEETING).isEmpty();
        // the meeting does not clash with itself
        assertThat(meetings.conflicts(other, start, start.plusHours(2), "别处", List.of())).isEmpty();
    }

    @Test
    void aDutyShiftOfAnInviteeIsAConflictExactlyWhenItOverlaps() {
        LocalDateTime now = MeetingsTestData.now();
        ShiftRow shift = TestUsers.as(accounts, "deputy", () -> duty.myShifts(now, now.plusDays(365))).getFirst();
        TestUsers.login(accounts, "office");

        assertThat(meetings.conflicts(null, shift.startsAt().minusMinutes(30), shift.startsAt().plusMinutes(1), null, List.of(deputy)))
                .filteredOn(c -> c.kind() == Conflict.Kind.DUTY).singleElement().satisfies(c -> {
                    assertThat(c.deputyId()).isEqualTo(deputy);
                    assertThat(c.startsAt()).isEqualTo(shift.startsAt());
                });
        assertThat(meetings.conflicts(null, shift.endsAt(), shift.endsAt().plusHours(1), null, List.of(deputy)))
                .filteredOn(c -> c.kind() == Conflict.Kind.DUTY).isEmpty();
        assertThat(meetings.conflicts(null, shift.startsAt().minusHours(1), shift.startsAt(), null, List.of(deputy)))
                .filteredOn(c -> c.kind() == Conflict.Kind.DUTY).isEmpty();
        assertThat(meetings.conflicts(null, shift.startsAt(), shift.endsAt(), null, List.of(npc)))
                .filteredOn(c -> c.deputyId() != null && c.deputyId() == deputy).isEmpty();
    }

    @Test
    void aRoomOrPersonClashShowsTheTitleOnlyOfAMeetingTheCallerMayOpen() {
        LocalDateTime start = later(208, 9);
        long draft = data.create(MeetingsTestData.draft("未公布的人事会", start, MeetingsTestData.ROOM));
        TestUsers.as(accounts, "office", () -> {
            invitations.invite(draft, List.of(npc));
            return null;
        });
        TestUsers.login(accounts, "street01");

        assertThat(meetings.conflicts(null, start.plusHours(1), start.plusHours(3), MeetingsTestData.ROOM, List.of(npc)))
                .filteredOn(c -> c.kind() != Conflict.Kind.DUTY).hasSize(2).allSatisfy(c -> {
                    assertThat(c.what()).isNull();
                    assertThat(c.startsAt()).isEqualTo(start);
                    assertThat(c.endsAt()).isEqualTo(start.plusHours(2));
                });

        TestUsers.login(accounts, "office");
        assertThat(meetings.conflicts(null, start.plusHours(1), start.plusHours(3), MeetingsTestData.ROOM, List.of(npc)))
                .filteredOn(c -> c.kind() != Conflict.Kind.DUTY).hasSize(2)
                .allSatisfy(c -> assertThat(c.what()).isEqualTo("未公布的人事会"));
    }

    @Test
    void theSameRoomIsAConflictExactlyWhenTheTimesOverlap() {
        LocalDateTime start = later(207, 9);
        data.create(MeetingsTestData.draft("占用会议室", start, MeetingsTestData.ROOM));
        TestUsers.login(accounts, "office");

        assertThat(meetings.conflicts(null, start.plusMinutes(90), start.plusHours(3), " " + MeetingsTestData.ROOM + " ", List.of()))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Conflict.Kind.ROOM);
                    assertThat(c.what()).isEqualTo("占用会议室");
                });
        assertThat(meetings.conflicts(null, start.plusHours(2), start.plusHours(3), MeetingsTestData.ROOM, List.of())).isEmpty();
        assertThat(meetings.conflicts(null, start.minusHours(1), start, MeetingsTestData.ROOM, List.of())).isEmpty();
        assertThat(meetings.conflicts(null, start, start.plusHours(1), "别的会议室", List.of())).isEmpty();
    }

    @Test
    void remindersAreSentOnce() {
        LocalDateTime start = MeetingsTestData.now().plusHours(3);
        long id = data.announced(MeetingsTestData.draft("提醒测试会", start, MeetingsTestData.ROOM), "deputy", "npc");
        events.clear();

        assertThat(SystemUser.call(() -> meetings.sendDueReminders(MeetingsTestData.now()))).isPositive();
        List<DeputyNotice> reminders = notices("meeting.notice.reminder", id);
        assertThat(reminders).singleElement().satisfies(n -> assertThat(n.deputyIds()).containsExactlyInAnyOrder(deputy, npc));

        assertThat(SystemUser.call(() -> meetings.sendDueReminders(MeetingsTestData.now()))).isZero();
        assertThat(notices("meeting.notice.reminder", id)).hasSize(1);
    }

    @Test
    void changesAndCancellationAreToldToEveryoneInvited() {
        LocalDateTime start = later(208, 9);
        long id = data.announced(MeetingsTestData.draft("会改期的会", start, MeetingsTestData.ROOM), "deputy", "npc");
        assertThat(notices("meeting.notice.invited", id)).singleElement()
                .satisfies(n -> assertThat(n.deputyIds()).containsExactlyInAnyOrder(deputy, npc));

        TestUsers.login(accounts, "office");
        long version = meetings.update(id, meetings.get(id).version(),
                MeetingsTestData.draft("会改期的会", start.plusDays(1), MeetingsTestData.ROOM));
        assertThat(notices("meeting.notice.changed", id)).singleElement()
                .satisfies(n -> assertThat(n.deputyIds()).containsExactlyInAnyOrder(deputy, npc));

        meetings.cancel(id, meetings.get(id).version(), "与全会时间冲突");
        assertThat(notices("meeting.notice.cancelled", id)).singleElement().satisfies(n -> {
            assertThat(n.deputyIds()).containsExactlyInAnyOrder(deputy, npc);
            assertThat(n.args()).contains("与全会时间冲突");
        });
        assertThat(version).isPositive();
        assertThat(meetings.get(id).summary().status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    private List<DeputyNotice> notices(String key, long meetingId) {
        return events.stream(DeputyNotice.class)
                .filter(n -> n.messageKey().equals(key) && ("meetings/" + meetingId).equals(n.link())).toList();
    }

    private static void assertProblem(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains(field));
    }
}
