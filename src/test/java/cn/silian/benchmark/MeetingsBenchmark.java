package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.calendar.CalendarService;
import cn.silian.meetings.Conflict;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.people.DeputyService;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
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
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings at the province scale of DESIGN.md: 200,000 meetings over ten years with three
 * invitations each, next to the demo district ({@link Scale}). Prints figures; asserts nothing
 * about time, only that each query answers what the seeded rows make it answer. The seeded rows
 * are removed afterwards. Run with {@code ./mvnw verify -Pbenchmark}.
 */
@SilianSpringTest
@Tag("benchmark")
@Tag("db")
class MeetingsBenchmark {

    private static final int MEETINGS = Integer.getInteger("silian.benchmark.meetings", Scale.of(200_000));
    private static final int INVITEES = 3;
    private static final String ROOM = "第一会议室";

    /** One seeded meeting, as the lists see it. */
    private record Seeded(String title, String kind, String status, LocalDateTime endsAt, boolean closed, List<Long> invitees) {
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingService meetings;
    @Autowired CalendarService calendar;
    @Autowired DeputyService deputies;
    @Autowired AccountService accounts;

    private final List<Seeded> seeded = new ArrayList<>();
    private long firstSeededId;

    @AfterEach
    void removeSeededMeetings() {
        Timings.reuseResultsOnH2(jdbc, true);
        if (firstSeededId > 0) {
            jdbc.update("delete from invitation where meeting_id >= ?", firstSeededId);
            jdbc.update("delete from meeting where id >= ?", firstSeededId);
        }
        TestUsers.logout();
    }

    @Test
    void meetingQueriesAtProvinceScale() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        LocalDateTime noon = today.plusDays(3).atTime(14, 0);
        long deputy = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        MeetingFilter fromToday = new MeetingFilter(null, null, null, today, null, false);
        MeetingFilter jointTalks = new MeetingFilter("座谈", MeetingKind.JOINT, null, null, null, false);
        TestUsers.login(accounts, "office");
        List<Long> seniors = deputies.activeIdsWithLevels(EnumSet.of(Level.NATIONAL, Level.PROVINCIAL));
        long officeFromToday = meetings.count(fromToday);
        long officeJointTalks = meetings.count(jointTalks);
        TestUsers.login(accounts, "deputy");
        long deputyVisible = meetings.count(MeetingFilter.none());
        long deputyUpcoming = meetings.count(MeetingFilter.upcomingMine(today));

        Timings.reuseResultsOnH2(jdbc, false);
        seed(noon, seniors.getFirst());
        List<String[]> rows = new ArrayList<>();
        TestUsers.login(accounts, "office");
        rows.add(Timings.measure("office: first page of 50 meetings from today", () ->
                meetings.page(fromToday, PageRequest.of(0, 50)), page -> assertThat(page.getContent()).hasSize(50)));
        rows.add(Timings.measure("office: count meetings from today", () -> meetings.count(fromToday),
                count -> assertThat(count).isEqualTo(officeFromToday + seeded(m -> !m.endsAt().isBefore(today.atStartOfDay())))));
        rows.add(Timings.measure("office: joint meetings, search '座谈', page + count", () -> {
            meetings.page(jointTalks, PageRequest.of(0, 50));
            return meetings.count(jointTalks);
        }, count -> assertThat(count).isEqualTo(officeJointTalks + seeded(m -> m.kind().equals("JOINT") && m.title().contains("座谈")))));
        rows.add(Timings.measure("office: clashes of " + seniors.size() + " invitees and a room", () ->
                meetings.conflicts(null, noon, noon.plusHours(2), ROOM, seniors), clashes -> assertThat(clashes)
                        .anySatisfy(c -> assertThat(c).extracting(Conflict::kind, Conflict::what)
                                .containsExactly(Conflict.Kind.ROOM, seeded.getFirst().title()))
                        .anySatisfy(c -> assertThat(c).extracting(Conflict::kind, Conflict::deputyId, Conflict::what)
                                .containsExactly(Conflict.Kind.MEETING, seniors.getFirst(), seeded.getFirst().title()))));
        TestUsers.login(accounts, "deputy");
        rows.add(Timings.measure("deputy: visible meetings, first page + count", () -> {
            meetings.page(MeetingFilter.none(), PageRequest.of(0, 50));
            return meetings.count(MeetingFilter.none());
        }, count -> assertThat(count).isEqualTo(deputyVisible + seeded(m -> !m.closed() || m.invitees().contains(deputy)))));
        long upcoming = deputyUpcoming + seeded(m -> m.invitees().contains(deputy) && !m.endsAt().isBefore(today.atStartOfDay()));
        rows.add(Timings.measure("deputy: my upcoming meetings (home)", () ->
                meetings.page(MeetingFilter.upcomingMine(today), PageRequest.of(0, 10)),
                page -> assertThat(page.getContent()).hasSize((int) Math.min(10, upcoming)).isNotEmpty()));
        rows.add(Timings.measure("deputy: calendar entries for a month", () ->
                calendar.entriesFor(Instant.now(), Instant.now().plusSeconds(31L * 24 * 3600)),
                entries -> assertThat(entries).as("the demo's shifts and joint meeting").isNotEmpty()));

        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        System.out.println(new StringBuilder()
                .append("\n== Meetings benchmark on ").append(database).append(" ==\n")
                .append(String.format(Locale.ROOT, "meetings: %,d (seeded now: %,d); invitations: %,d; %d runs after %d warm-up%n",
                        jdbc.queryForObject("select count(*) from meeting", Long.class), MEETINGS,
                        jdbc.queryForObject("select count(*) from invitation", Long.class), Timings.RUNS, Timings.WARMUP))
                .append(Timings.table(rows, 52)));
    }

    private long seeded(Predicate<Seeded> matches) {
        return seeded.stream().filter(matches).count();
    }

    /**
     * Meetings spread over five years back and five ahead, each with three random invitees; the
     * first one takes the room and a senior deputy at the time the clash check asks about.
     */
    private void seed(LocalDateTime clashAt, long senior) {
        long started = System.nanoTime();
        Random random = new Random(42);
        List<Long> people = jdbc.queryForList("select id from deputy", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        String[] kinds = {"JOINT", "GROUP", "STATION", "VISIT"};
        String[] statuses = {"ANNOUNCED", "HELD", "MINUTES_PUBLISHED", "CANCELLED"};
        String[] topics = {"座谈会", "调研", "联席会", "视察", "专题会"};
        long nextId = jdbc.queryForObject("select coalesce(max(id), 0) from meeting", Long.class) + 1;
        firstSeededId = nextId;
        LocalDateTime base = LocalDate.now(Formats.ZONE).minusYears(5).atTime(9, 0);
        List<Object[]> meetingRows = new ArrayList<>();
        List<Object[]> invitationRows = new ArrayList<>();
        for (int n = 0; n < MEETINGS; n++) {
            long id = nextId + n;
            LocalDateTime start = base.plusHours(random.nextInt(10 * 365 * 24));
            String room = "第" + (1 + random.nextInt(400)) + "会议室";
            String title = "基准" + topics[random.nextInt(topics.length)] + n;
            String kind = kinds[random.nextInt(kinds.length)];
            String status = statuses[random.nextInt(statuses.length)];
            boolean closed = random.nextInt(5) == 0;
            List<Long> invitees = new ArrayList<>();
            for (int i = 0; i < INVITEES; i++) {
                invitees.add(people.get((n * INVITEES + i * 7919) % people.size()));
            }
            if (n == 0) {
                start = clashAt;
                room = ROOM;
                status = "ANNOUNCED";
                invitees.set(0, senior);
            }
            meetingRows.add(new Object[]{id, title, kind, status, Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(2)),
                    room, room.toLowerCase(Locale.ROOT), closed, now, now});
            invitees.stream().distinct().forEach(person -> invitationRows.add(new Object[]{id, person, now}));
            seeded.add(new Seeded(title, kind, status, start.plusHours(2), closed, invitees.stream().distinct().toList()));
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
    }
}
