package cn.silian.calendar;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.stations.DutyService;
import cn.silian.stations.ShiftRow;
import cn.silian.shared.Formats;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The subscription feed over HTTP, through the real security filter chain, as a calendar client
 * sees it: no session, no cookie, the secret URL only. MockMvc on the shared application context,
 * so this test starts no context of its own.
 */
@SilianSpringTest
@Transactional
class CalendarFeedTest {

    @Autowired WebApplicationContext context;
    @Autowired CalendarService calendars;
    @Autowired AccountService accounts;
    @Autowired DutyService duty;
    @Autowired JdbcTemplate jdbc;

    private MockMvc http;

    @BeforeEach
    void client() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theSecretUrlServesTheDeputysDutyWithoutASessionUntilRevoked() throws Exception {
        String url = TestUsers.as(accounts, "deputy", () -> calendars.subscriptionUrl().orElseThrow());
        assertThat(url).matches("^https?://.+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$");
        Set<String> expected = TestUsers.as(accounts, "deputy", () -> {
            LocalDateTime now = LocalDateTime.now(Formats.ZONE);
            return duty.myShifts(now.minus(CalendarService.FEED_PAST), now.plus(CalendarService.FEED_AHEAD)).stream()
                    .map(ShiftRow::id).map(id -> "duty-" + id + "@silian").collect(Collectors.toSet());
        });
        assertThat(expected).as("the demo gives the deputy published shifts").isNotEmpty();
        String path = URI.create(url).getPath();

        MockHttpServletResponse response = http.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualToIgnoringWhitespace("text/calendar;charset=UTF-8");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename=silian.ics");
        assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        String ics = response.getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("陈志强的四联日历");
        List<VEvent> all = calendar.getComponents("VEVENT");
        // The demo invites the deputy to next month's joint meeting: meetings share the feed.
        assertThat(all).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .anySatisfy(uid -> assertThat(uid).startsWith("meeting-"));
        List<VEvent> events = all.stream()
                .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("duty-")).toList();
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/my-duty");
            assertThat(e.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Asia/Shanghai");
            assertThat(e.getProperty(Property.LOCATION)).isPresent();
        });

        TestUsers.as(accounts, "deputy", () -> {
            calendars.revoke();
            return null;
        });
        assertThat(http.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aMadeUpOrMalformedTokenIsANotFoundNeverALoginRedirect() throws Exception {
        String madeUp = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        for (String path : List.of("/calendar/feed/" + madeUp + ".ics", "/calendar/feed/abc.ics")) {
            MockHttpServletResponse response = http.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getHeader(HttpHeaders.LOCATION)).isNull();
        }
        // The rest of the application still wants a login: the exception is the feed alone.
        assertThat(http.perform(get("/calendar")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfTheSecretAndRenewingRevokesTheOldUrl() throws Exception {
        long accountId = ((SilianUser) accounts.loadUserByUsername("deputy")).accountId();
        String first = TestUsers.as(accounts, "deputy", () -> calendars.subscriptionUrl().orElseThrow());
        String secret = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
        assertThat(TestUsers.as(accounts, "deputy", () -> calendars.subscriptionUrl())).as("shown once only").isEmpty();

        List<Map<String, Object>> rows = jdbc.queryForList("select * from calendar_token where account_id = ?", accountId);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(secret));
            assertThat(row.get("token_hash")).isEqualTo(CalendarService.hash(secret));
        });

        String second = TestUsers.as(accounts, "deputy", () -> calendars.renew());
        assertThat(second).isNotEqualTo(first);
        assertThat(http.perform(get(URI.create(first).getPath())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(http.perform(get(URI.create(second).getPath())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from calendar_token where account_id = ? and revoked_at is null",
                Long.class, accountId)).isEqualTo(1L);
    }
}
