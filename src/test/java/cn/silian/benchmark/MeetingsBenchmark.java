package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.calendar.CalendarService;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Meetings at the province scale of DESIGN.md: 200,000 meetings over ten years with three
 * invitations each, next to the demo district. Prints figures; asserts nothing about time.
 * Run with {@code ./mvnw verify -Pbenchmark}.
 */
@SilianSpringTest
@Tag("benchmark")
@Tag("db")
class MeetingsBenchmark {

    private static final int MEETINGS = Integer.getInteger("silian.benchmark.meetings", 200_000);
    private static final int INVITEES = 3;

    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingService meetings;
    @Autowired CalendarService calendar;
    @Autowired DeputyService deputies;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        Timings.reuseResultsOnH2(jdbc, true);
        TestUsers.logout();
    }

    @Test
    void meetingQueriesAtProvinceScale() {
        Timings.reuseResultsOnH2(jdbc, false);
        long seeded = seed();
        LocalDate today = LocalDate.now(Formats.ZONE);
        LocalDateTime noon = today.plusDays(3).atTime(14, 0);
        List<String[]> rows = new ArrayList<>();
        TestUsers.login(accounts, "office");
        List<Long> seniors = deputies.activeIdsWithLevels(EnumSet.of(Level.NATIONAL, Level.PROVINCIAL));
        rows.add(Timings.measure("office: first page of 50 meetings from today", () ->
                meetings.page(new MeetingFilter(null, null, null, today, null, false), PageRequest.of(0, 50))));
        rows.add(Timings.measure("office: count meetings from today", () ->
                meetings.count(new MeetingFilter(null, null, null, today, null, false))));
        rows.add(Timings.measure("office: joint meetings, search '座谈', page + count", () -> {
            MeetingFilter f = new MeetingFilter("座谈", MeetingKind.JOINT, null, null, null, false);
            meetings.page(f, PageRequest.of(0, 50));
            return meetings.count(f);
        }));
        rows.add(Timings.measure("office: clashes of " + seniors.size() + " invitees and a room", () ->
                meetings.conflicts(null, noon, noon.plusHours(2), "第一会议室", seniors)));
        TestUsers.login(accounts, "deputy");
        rows.add(Timings.measure("deputy: visible meetings, first page + count", () -> {
            meetings.page(MeetingFilter.none(), PageRequest.of(0, 50));
            return meetings.count(MeetingFilter.none());
        }));
        rows.add(Timings.measure("deputy: my upcoming meetings (home)", () ->
                meetings.page(MeetingFilter.upcomingMine(today), PageRequest.of(0, 10))));
        rows.add(Timings.measure("deputy: calendar entries for a month", () ->
                calendar.entriesFor(Instant.now(), Instant.now().plusSeconds(31L * 24 * 3600))));

        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        System.out.println(new StringBuilder()
                .append("\n== Meetings benchmark on ").append(database).append(" ==\n")
                .append(String.format(Locale.ROOT, "meetings: %,d (seeded now: %,d); invitations: %,d; %d runs after %d warm-up%n",
                        jdbc.queryForObject("select count(*) from meeting", Long.class), seeded,
                        jdbc.queryForObject("select count(*) from invitation", Long.class), Timings.RUNS, Timings.WARMUP))
                .append(Timings.table(rows, 52)));
    }

    /** Meetings spread over five years back and five ahead, each with three random invitees. */
    private long seed() {
        long existing = jdbc.queryForObject("select count(*) from meeting", Long.class);
        if (existing >= MEETINGS) {
            return 0;
        }
        long started = System.nanoTime();
        Random random = new Random(42);
        List<Long> people = jdbc.queryForList("select id from deputy", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        String[] kinds = {"JOINT", "GROUP", "STATION", "VISIT"};
        String[] statuses = {"ANNOUNCED", "HELD", "MINUTES_PUBLISHED", "CANCELLED"};
        String[] topics = {"座谈会", "调研", "联席会", "视察", "专题会"};
        long nextId = jdbc.queryForObject("select coalesce(max(id), 0) from meeting", Long.class) + 1;
        LocalDateTime base = LocalDate.now(Formats.ZONE).minusYears(5).atTime(9, 0);
        List<Object[]> meetingRows = new ArrayList<>();
        List<Object[]> invitationRows = new ArrayList<>();
        for (int n = 0; n < MEETINGS; n++) {
            long id = nextId + n;
            LocalDateTime start = base.plusHours(random.nextInt(10 * 365 * 24));
            String room = "第" + (1 + random.nextInt(400)) + "会议室";
            meetingRows.add(new Object[]{id, "基准" + topics[random.nextInt(topics.length)] + n, kinds[random.nextInt(kinds.length)],
                    statuses[random.nextInt(statuses.length)], Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(2)),
                    room, room.toLowerCase(Locale.ROOT), random.nextInt(5) == 0, now, now});
            for (int i = 0; i < INVITEES; i++) {
                invitationRows.add(new Object[]{id, people.get((n * INVITEES + i * 7919) % people.size()), now});
            }
            if (meetingRows.size() == 2_000 || n == MEETINGS - 1) {
                jdbc.batchUpdate("insert into meeting (id, title, kind, status, starts_at, ends_at, place, place_key, closed,"
                        + " delegates_allowed, check_in_code, sequence_no, organiser, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, '000000', 1, 'office', ?, ?, 0)", meetingRows);
                jdbc.batchUpdate("insert into invitation (meeting_id, deputy_id, invited_at, invited_by, rsvp, version)"
                        + " values (?, ?, ?, 'benchmark', 'ACCEPTED', 0)", invitationRows);
                meetingRows.clear();
                invitationRows.clear();
            }
        }
        System.out.printf(Locale.ROOT, "Seeded %,d meetings in %.1f s%n", MEETINGS, (System.nanoTime() - started) / 1e9);
        return MEETINGS;
    }
}
