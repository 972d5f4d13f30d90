package cn.silian.meetings;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.streets.StreetService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way of changing or reading a meeting's invitations is refused to whoever does not run the
 * meeting, and the refusal leaves the invitations as they were; answering is the invitee's own.
 */
@SilianSpringTest
@Transactional
@Tag("db")
class InvitationServiceDenialTest extends MeetingsTestBase {

    @Autowired DeputyService deputies;
    @Autowired StationService stations;
    @Autowired StreetService streets;

    long someoneElse;

    @BeforeEach
    void setUp() {
        someoneElse = TestUsers.as(accounts, "office", () -> deputies.activeIdsWithLevels(EnumSet.of(Level.NATIONAL)))
                .stream().filter(id -> id != npc).findFirst().orElseThrow();
    }

    private static LocalDateTime later(int days) {
        return MeetingsTestData.now().plusDays(days).withHour(9).withMinute(0);
    }

    private List<InvitationRow> asOffice(long meetingId) {
        return TestUsers.as(accounts, "office", () -> invitations.invitations(meetingId));
    }

    /** Each call that runs a meeting's invitations, on this meeting. */
    private List<Executable> managing(long meetingId) {
        return List.of(
                () -> invitations.preview(meetingId, new Audience(null, null, null, null, Set.of(someoneElse))),
                () -> invitations.invite(meetingId, List.of(someoneElse)),
                () -> invitations.uninvite(meetingId, npc),
                () -> invitations.invitations(meetingId),
                () -> invitations.markAbsent(meetingId, npc, "越权记缺席"));
    }

    private static void allRefused(List<Executable> calls, Class<? extends Exception> refusal) {
        calls.forEach(call -> assertThatThrownBy(call::execute).isInstanceOf(refusal));
    }

    @Test
    void aSignedInAccountWithoutARoleIsRefusedByMethodSecurityEvenWithTheOfficesName() {
        long id = data.announced(MeetingsTestData.draft("无角色测试会", later(300), MeetingsTestData.ROOM), "deputy", "npc");
        List<InvitationRow> before = asOffice(id);
        long version = before.stream().filter(r -> r.deputyId() == deputy).findFirst().orElseThrow().version();

        TestUsers.loginWithoutRoles(accounts, "office");
        allRefused(managing(id), AccessDeniedException.class);
        TestUsers.loginWithoutRoles(accounts, "deputy");
        assertThatThrownBy(() -> invitations.respond(id, version, Rsvp.ACCEPTED, null, null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(asOffice(id)).isEqualTo(before);
    }

    @Test
    void inviteesAndStaffWhoDoNotRunTheMeetingCannotTouchItsInvitations() {
        long id = data.announced(MeetingsTestData.draft("他人组织的会", later(301), MeetingsTestData.ROOM), "deputy", "npc");
        List<InvitationRow> before = asOffice(id);

        for (String user : List.of("deputy", "npc", "street01", "street02")) {
            TestUsers.login(accounts, user);
            assertThat(meetings.get(id).rights().manage()).as(user).isFalse();
            allRefused(managing(id), AccessDeniedException.class);
        }

        assertThat(asOffice(id)).isEqualTo(before);
        assertThat(before).extracting(InvitationRow::deputyId).containsExactlyInAnyOrder(deputy, npc);
    }

    @Test
    void anotherOrganisersDraftIsNotEvenFoundByItsInvitees() {
        long id = data.create(MeetingsTestData.draft("别人的草稿", later(302), MeetingsTestData.ROOM));
        TestUsers.as(accounts, "office", () -> invitations.invite(id, List.of(deputy, npc)));
        List<InvitationRow> before = asOffice(id);
        long version = before.getFirst().version();

        for (String user : List.of("deputy", "npc", "street01")) {
            TestUsers.login(accounts, user);
            allRefused(managing(id), NotFoundException.class);
        }
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> invitations.respond(id, version, Rsvp.ACCEPTED, null, null)).isInstanceOf(NotFoundException.class);

        assertThat(asOffice(id)).isEqualTo(before);
    }

    @Test
    void aStreetsStaffRunTheirStationMeetingAndAnotherStreetsStaffCannot() {
        TestUsers.login(accounts, "street01");
        long station = stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
        MeetingDraft d = MeetingsTestData.draft("站点议事会", later(303), "站点活动室");
        d.setKind(MeetingKind.STATION);
        d.setStationId(station);
        long id = meetings.create(d);
        assertThat(invitations.invite(id, List.of(deputy, npc))).isEqualTo(2);
        meetings.announce(id, meetings.get(id).version());
        List<InvitationRow> before = invitations.invitations(id);

        TestUsers.login(accounts, "street02");
        allRefused(managing(id), AccessDeniedException.class);
        assertThat(asOffice(id)).isEqualTo(before);

        // The organiser reaches only his own street's people and stations through an audience.
        TestUsers.login(accounts, "street01");
        long secondStreet = streets.all().get(1).id();
        long otherStation = TestUsers.as(accounts, "street02",
                () -> stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
        assertThatThrownBy(() -> invitations.preview(id, new Audience(null, null, null, secondStreet, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.preview(id, new Audience(null, null, otherStation, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(invitations.preview(id, new Audience(null, null, null, null, Set.of(npc, someoneElse))))
                .satisfies(p -> assertThat(p.count()).isEqualTo(1))
                .satisfies(p -> assertThat(p.alreadyInvited()).isEqualTo(1))
                .satisfies(p -> assertThat(p.ids()).containsExactly(someoneElse));
        assertThat(invitations.invite(id, List.of(someoneElse, npc))).isEqualTo(1);
        invitations.uninvite(id, npc);
        assertThat(invitations.invitations(id)).extracting(InvitationRow::deputyId).containsExactlyInAnyOrder(deputy, someoneElse);
    }

    @Test
    void theOfficePreviewsAnAudienceCountingThoseAlreadyInvitedApart() {
        long id = data.announced(MeetingsTestData.draft("预览测试会", later(304), MeetingsTestData.ROOM), "deputy");
        TestUsers.login(accounts, "office");
        List<Long> nationals = deputies.activeIdsWithLevels(EnumSet.of(Level.NATIONAL));

        AudiencePreview preview = invitations.preview(id, new Audience(EnumSet.of(Level.NATIONAL), null, null, null, Set.of(deputy)));

        assertThat(nationals).contains(npc).doesNotContain(deputy);
        assertThat(preview.count()).isEqualTo(nationals.size());
        assertThat(preview.alreadyInvited()).isEqualTo(1);
        assertThat(preview.ids()).containsExactlyInAnyOrderElementsOf(nationals);
        assertThat(preview.firstNames()).hasSize(Math.min(20, nationals.size())).contains("刘海燕");
        assertThat(invitations.invitations(id)).extracting(InvitationRow::deputyId).containsExactly(deputy);
        assertThatThrownBy(() -> invitations.preview(id, new Audience(null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theOfficeWithdrawsAnInvitationAndAnUnknownOneIsNotFound() {
        long id = data.announced(MeetingsTestData.draft("撤回邀请的会", later(305), MeetingsTestData.ROOM), "deputy", "npc");
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> invitations.uninvite(id, someoneElse)).isInstanceOf(NotFoundException.class);
        invitations.uninvite(id, npc);
        assertThat(invitations.invitations(id)).extracting(InvitationRow::deputyId).containsExactly(deputy);

        meetings.cancel(id, meetings.get(id).version(), "改期");
        assertThatThrownBy(() -> invitations.uninvite(id, deputy)).isInstanceOf(InvalidInputException.class);
        assertThat(invitations.invitations(id)).extracting(InvitationRow::deputyId).containsExactly(deputy);
    }

    @Test
    void onlyTheInviteeAnswersAndOnlyForHimself() {
        long id = data.announced(MeetingsTestData.draft("回复测试会", later(306), MeetingsTestData.ROOM), "deputy");
        MeetingDraft closed = MeetingsTestData.draft("闭门回复会", later(307), "小会议室");
        closed.setClosed(true);
        long closedId = data.announced(closed, "deputy");
        long version = asOffice(id).getFirst().version();

        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> invitations.respond(id, version, Rsvp.ACCEPTED, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.respond(closedId, version, Rsvp.ACCEPTED, null, null)).isInstanceOf(NotFoundException.class);
        for (String staff : List.of("office", "admin", "street01")) {
            TestUsers.login(accounts, staff);
            assertThatThrownBy(() -> invitations.respond(id, version, Rsvp.ACCEPTED, null, null)).as(staff)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(asOffice(id)).singleElement().satisfies(r -> {
            assertThat(r.rsvp()).isEqualTo(Rsvp.PENDING);
            assertThat(r.version()).isEqualTo(version);
        });

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> invitations.respond(id, version, Rsvp.DECLINED, " ", null)).isInstanceOf(InvalidInputException.class);
        long answered = invitations.respond(id, version, Rsvp.DECLINED, "外出调研", null);
        assertThat(answered).isGreaterThan(version);
        assertThatThrownBy(() -> invitations.respond(id, version, Rsvp.ACCEPTED, null, null)).isInstanceOf(ConcurrentEditException.class);
        assertThat(asOffice(id)).singleElement().satisfies(r -> {
            assertThat(r.rsvp()).isEqualTo(Rsvp.DECLINED);
            assertThat(r.rsvpReason()).isEqualTo("外出调研");
        });
        assertThat(invitations.myAnswers(List.of(id, closedId))).containsEntry(id, Rsvp.DECLINED).containsEntry(closedId, Rsvp.PENDING);
    }
}
