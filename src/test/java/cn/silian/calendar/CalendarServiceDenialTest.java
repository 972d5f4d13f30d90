package cn.silian.calendar;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingsTestData;
import cn.silian.security.AccountService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A calendar and its subscription belong to the caller: nobody reads or revokes another's, nobody without a role any. */
@SilianSpringTest
@Transactional
@Tag("db")
class CalendarServiceDenialTest {

    private static final String BASE = "https://silian.example/";

    @Autowired CalendarService calendars;
    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired AccountService accounts;
    @Autowired EntityManager entityManager;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static String secretOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private List<String> uidsOf(String username, Instant from, Instant to) {
        return TestUsers.as(accounts, username, () -> calendars.entriesFor(from, to)).stream().map(CalendarEntry::uid).toList();
    }

    @Test
    void anAccountWithoutARoleHasNoCalendarAndGetsNoSubscription() {
        TestUsers.loginWithoutRoles(accounts, "deputy");
        Instant now = Instant.now();
        List<Executable> calls = List.of(() -> calendars.entriesFor(now, now.plus(Duration.ofDays(30))),
                calendars::subscribedSince, calendars::subscriptionUrl, calendars::renew, calendars::revoke);
        calls.forEach(call -> assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class));

        assertThat(TestUsers.as(accounts, "deputy", calendars::subscribedSince)).isEmpty();
    }

    @Test
    void eachPersonsCalendarHoldsHisOwnMeetingsAndShiftsOnly() {
        MeetingsTestData data = new MeetingsTestData(accounts, meetings, invitations, entityManager);
        MeetingDraft closed = MeetingsTestData.draft("只给全国代表的会", MeetingsTestData.now().plusDays(5), "小会议室");
        closed.setClosed(true);
        long id = data.announced(closed, "npc");
        String uid = "meeting-" + id + "@silian";
        Instant from = Instant.now();
        Instant to = from.plus(Duration.ofDays(60));

        List<String> deputys = uidsOf("deputy", from, to);
        List<String> npcs = uidsOf("npc", from, to);

        assertThat(npcs).contains(uid);
        assertThat(deputys).doesNotContain(uid);
        List<String> deputysShifts = deputys.stream().filter(u -> u.startsWith("duty-")).toList();
        assertThat(deputysShifts).as("the demo gives the deputy shifts").isNotEmpty();
        assertThat(npcs).doesNotContainAnyElementsOf(deputysShifts);
        assertThat(uidsOf("office", from, to)).as("the organiser's calendar").contains(uid).doesNotContainAnyElementsOf(deputysShifts);
    }

    @Test
    void renewingOrRevokingTouchesTheCallersOwnSubscriptionOnly() {
        String npcs = TestUsers.as(accounts, "npc", () -> calendars.subscriptionUrl().orElseThrow());
        String deputys = TestUsers.as(accounts, "deputy", () -> calendars.subscriptionUrl().orElseThrow());

        String renewed = TestUsers.as(accounts, "deputy", calendars::renew);
        assertThat(calendars.feed(secretOf(deputys), BASE)).isEmpty();
        assertThat(calendars.feed(secretOf(renewed), BASE)).isPresent();
        TestUsers.as(accounts, "deputy", () -> {
            calendars.revoke();
            return null;
        });
        assertThat(calendars.feed(secretOf(renewed), BASE)).isEmpty();
        assertThat(TestUsers.as(accounts, "deputy", calendars::subscribedSince)).isEmpty();

        assertThat(calendars.feed(secretOf(npcs), BASE)).hasValueSatisfying(ics -> assertThat(ics).contains("刘海燕"));
        assertThat(TestUsers.as(accounts, "npc", calendars::subscribedSince)).isPresent();
    }
}
