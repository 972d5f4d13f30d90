package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditService;
import cn.silian.calendar.CalendarService;
import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.MeetingService;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MinutesService;
import cn.silian.notifications.NotificationService;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.OpinionState;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import cn.silian.stations.DutyService;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationKind;
import cn.silian.stations.StationService;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.TopicFilter;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lazy list of the views at the province scale ({@link ProvinceGenerator}): the page of 50
 * the view's data provider asks for, with each filter and sort order the view offers, and the
 * count beside it, as the role that opens the view; the home page's queries too. Prints median
 * and p95 per query; asserts nothing about time, only that each page agrees with its count (a
 * first page holds min(50, count) rows). With {@code silian.benchmark.keep} a province already in
 * the database is used as it is and left there; otherwise it is generated and removed afterwards.
 * Run on a kept MariaDB province with {@code ./mvnw test -Pprovince -Dtest=ProvinceListsBenchmark
 * -Dsilian.mariadb.url=...} (docs/benchmarks/province.md).
 */
@SilianSpringTest
@Tag("benchmark")
@Tag("db")
class ProvinceListsBenchmark {

    private static final int PAGE = 50;
    private static final boolean KEEP = Boolean.getBoolean("silian.benchmark.keep");

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired DeputyService deputies;
    @Autowired StationService stations;
    @Autowired RosterService roster;
    @Autowired DutyService duty;
    @Autowired ReceptionService receptions;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;
    @Autowired TopicService topics;
    @Autowired MeetingService meetings;
    @Autowired InvitationService invitations;
    @Autowired MinutesService minutes;
    @Autowired CalendarService calendar;
    @Autowired DocumentService documents;
    @Autowired NotificationService notifications;
    @Autowired AuditService audit;
    @Autowired OpinionService opinions;
    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;
    @Autowired cn.silian.statistics.StatisticsService statistics;
    @Autowired cn.silian.performance.PointsQuery points;
    @Autowired cn.silian.performance.PublicationService publication;

    private ProvinceGenerator generated;
    private final List<String[]> rows = new ArrayList<>();

    @AfterEach
    void removeTheProvince() {
        Timings.reuseResultsOnH2(jdbc, true);
        if (generated != null && !KEEP) {
            generated.remove();
        }
        TestUsers.logout();
    }

    @Test
    void everyListAtProvinceScale() {
        ProvinceGenerator province = ProvinceGenerator.atScale(jdbc);
        if (!province.present()) {
            province.generate();
            generated = province;
        }
        Timings.reuseResultsOnH2(jdbc, false);
        long street = jdbc.queryForObject("select min(id) from street where code like 'P%'", Long.class);
        long station = jdbc.queryForObject("select station_id from roster_entry where left_on is null"
                + " group by station_id order by count(*) desc, station_id limit 1", Long.class);
        long plan = jdbc.queryForObject("select min(id) from duty_plan where station_id = ?", Long.class, station);
        long bigGroup = jdbc.queryForObject("select space_id from document where space_kind = 'GROUP' and space_id is not null"
                + " group by space_id order by count(*) desc, space_id limit 1", Long.class);
        long aMeeting = jdbc.queryForObject("select space_id from document where space_kind = 'MEETING'"
                + " group by space_id order by count(*) desc, space_id limit 1", Long.class);
        long aUnit = jdbc.queryForObject("select lead_unit_id from suggestion where lead_unit_id is not null"
                + " group by lead_unit_id order by count(*) desc, lead_unit_id limit 1", Long.class);
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        LocalDate today = LocalDate.now(Formats.ZONE);
        // a province deputy, street staff and unit account (ProvinceGenerator: p000000, p000009, p000011)
        String provinceDeputy = "p000000";
        String provinceStaff = "p000009";
        String unitAccount = jdbc.queryForObject("select min(username) from account where role = 'UNIT' and username like 'p%'",
                String.class);

        TestUsers.login(accounts, "office");
        list("deputies", p -> deputies.page(DeputyFilter.none(), p), () -> deputies.count(DeputyFilter.none()));
        page("deputies, by employer", () -> deputies.page(DeputyFilter.none(), sorted("employer")));
        page("deputies, by street", () -> deputies.page(DeputyFilter.none(), sorted("streetId")));
        page("deputies, by status", () -> deputies.page(DeputyFilter.none(), sorted("status")));
        long people = deputies.count(DeputyFilter.none());
        int deep = (int) (people / 2 / PAGE);
        page(String.format(Locale.ROOT, "deputies, page at offset %,d", deep * PAGE), () -> deputies.page(DeputyFilter.none(),
                PageRequest.of(deep, PAGE)));
        for (String text : List.of("zw", "zhangwei", "伟", "医院")) {
            list("deputies, search '" + text + "'", p -> deputies.page(DeputyFilter.text(text), p),
                    () -> deputies.count(DeputyFilter.text(text)));
        }
        list("deputies, level NATIONAL", p -> deputies.page(new DeputyFilter(null, Level.NATIONAL, null, null, null), p),
                () -> deputies.count(new DeputyFilter(null, Level.NATIONAL, null, null, null)));
        list("deputies, one street", p -> deputies.page(new DeputyFilter(null, null, street, null, null), p),
                () -> deputies.count(new DeputyFilter(null, null, street, null, null)));
        list("deputies, expertise HEALTH", p -> deputies.page(new DeputyFilter(null, null, null, Expertise.HEALTH, null), p),
                () -> deputies.count(new DeputyFilter(null, null, null, Expertise.HEALTH, null)));
        list("deputies, status SUSPENDED", p -> deputies.page(new DeputyFilter(null, null, null, null, DeputyStatus.SUSPENDED), p),
                () -> deputies.count(new DeputyFilter(null, null, null, null, DeputyStatus.SUSPENDED)));

        time("streets (figures per street)", () -> stations.streetFigures());
        list("stations", p -> stations.page(StationFilter.none(), p), () -> stations.count(StationFilter.none()));
        page("stations, by code", () -> stations.page(StationFilter.none(), sorted("code")));
        page("stations, by street", () -> stations.page(StationFilter.none(), sorted("streetId")));
        list("stations, search '联络站'", p -> stations.page(new StationFilter("联络站", null, null, null, null), p),
                () -> stations.count(new StationFilter("联络站", null, null, null, null)));
        list("stations, one street", p -> stations.page(new StationFilter(null, street, null, null, null), p),
                () -> stations.count(new StationFilter(null, street, null, null, null)));
        list("stations, kind HOME + field HEALTH", p -> stations.page(new StationFilter(null, null, StationKind.HOME,
                Expertise.HEALTH, null), p), () -> stations.count(new StationFilter(null, null, StationKind.HOME, Expertise.HEALTH, null)));
        time("station placement proposal (one street)", () -> roster.proposePlacement(street));
        list("roster of the biggest station", p -> roster.members(station, p), () -> roster.countMembers(station));
        page("roster history", () -> roster.history(station, PageRequest.of(0, PAGE)));
        time("duty plans of a station", () -> duty.plans(station));
        time("shifts of a plan", () -> duty.shifts(plan));
        time("pending swaps of a station", () -> duty.pendingSwaps(station));
        list("receptions of a station", p -> receptions.page(station, p), () -> receptions.count(station));

        list("groups", p -> groups.page(GroupFilter.none(), p), () -> groups.count(GroupFilter.none()));
        page("groups, by name", () -> groups.page(GroupFilter.none(), sorted("name")));
        page("groups, by topic", () -> groups.page(GroupFilter.none(), sorted("topicId")));
        GroupFilter yearStatus = new GroupFilter(null, thisYear, TopicStatus.IN_PROGRESS, null, null, null, null, false);
        list("groups, year + status", p -> groups.page(yearStatus, p), () -> groups.count(yearStatus));
        GroupFilter national = new GroupFilter(null, null, null, Level.NATIONAL, null, null, null, false);
        list("groups, a national member", p -> groups.page(national, p), () -> groups.count(national));
        GroupFilter ofStreet = new GroupFilter(null, null, null, null, null, street, null, false);
        list("groups, a member from one street", p -> groups.page(ofStreet, p), () -> groups.count(ofStreet));
        GroupFilter health = new GroupFilter(null, null, null, null, Expertise.HEALTH, null, null, false);
        list("groups, expertise HEALTH", p -> groups.page(health, p), () -> groups.count(health));
        GroupFilter named = new GroupFilter(null, null, null, null, null, null, "养老", false);
        list("groups, search '养老'", p -> groups.page(named, p), () -> groups.count(named));
        list("topics", p -> topics.page(TopicFilter.none(), p), () -> topics.count(TopicFilter.none()));
        page("topics, by title", () -> topics.page(TopicFilter.none(), sorted("title")));
        page("topics, by period", () -> topics.page(TopicFilter.none(), sorted("startsOn")));
        list("topics, one year", p -> topics.page(TopicFilter.year(thisYear), p), () -> topics.count(TopicFilter.year(thisYear)));
        TopicFilter topicText = new TopicFilter(null, null, null, "养老");
        list("topics, search '养老'", p -> topics.page(topicText, p), () -> topics.count(topicText));

        MeetingFilter fromToday = new MeetingFilter(null, null, null, today, null, false);
        list("meetings", p -> meetings.page(MeetingFilter.none(), p), () -> meetings.count(MeetingFilter.none()));
        list("meetings from today", p -> meetings.page(fromToday, p), () -> meetings.count(fromToday));
        page("meetings, by title", () -> meetings.page(MeetingFilter.none(), sorted("title")));
        page("meetings, by place", () -> meetings.page(MeetingFilter.none(), sorted("place")));
        MeetingFilter joint = new MeetingFilter("座谈", MeetingKind.JOINT, null, null, null, false);
        list("meetings, JOINT + search '座谈'", p -> meetings.page(joint, p), () -> meetings.count(joint));
        MeetingFilter held = new MeetingFilter(null, null, MeetingStatus.HELD, today.minusYears(1), today, false);
        list("meetings, HELD in the last year", p -> meetings.page(held, p), () -> meetings.count(held));
        LocalDateTime noon = today.plusDays(3).atTime(14, 0);
        time("meeting clashes (a room, 20 people)", () -> meetings.conflicts(null, noon, noon.plusHours(2), "第1会议室",
                jdbc.queryForList("select id from deputy order by id desc limit 20", Long.class)));

        list("documents: library", p -> documents.page(Space.LIBRARY, null, p), () -> documents.count(Space.LIBRARY, null));
        page("documents: library, by title", () -> documents.page(Space.LIBRARY, null, sorted("title")));
        list("documents: the biggest group", p -> documents.page(Space.group(bigGroup), null, p),
                () -> documents.count(Space.group(bigGroup), null));
        list("documents: a meeting", p -> documents.page(Space.meeting(aMeeting), null, p),
                () -> documents.count(Space.meeting(aMeeting), null));
        time("documents: folders of the library", () -> documents.folders(Space.LIBRARY));
        page("documents: bin", () -> documents.bin(PageRequest.of(0, PAGE)));

        list("opinions", p -> opinions.page(OpinionFilter.none(), p), () -> opinions.count(OpinionFilter.none()));
        page("opinions, by category", () -> opinions.page(OpinionFilter.none(), sorted("category")));
        page("opinions, by state", () -> opinions.page(OpinionFilter.none(), sorted("state")));
        OpinionFilter fresh = new OpinionFilter(OpinionState.NEW, null, null, null, null, null, null);
        list("opinions, NEW (home tile)", p -> opinions.page(fresh, p), () -> opinions.count(fresh));
        OpinionFilter mixed = new OpinionFilter(null, ReceptionCategory.TRAFFIC, street, OpinionSource.RECEPTION, null,
                today.minusYears(3), today);
        list("opinions, category + street + source + dates", p -> opinions.page(mixed, p), () -> opinions.count(mixed));
        OpinionFilter parking = new OpinionFilter(null, null, null, null, "停车", null, null);
        // as the view counts a text search: up to the cap ("more than 1,000")
        list("opinions, search '停车'", p -> opinions.page(parking, p), () -> opinions.countUpTo(parking, OpinionService.TEXT_COUNT_CAP));
        time("opinions, search '停车': exact count (no view asks it)", () -> opinions.count(parking));

        list("suggestions", p -> suggestions.page(SuggestionFilter.all(), p), () -> suggestions.count(SuggestionFilter.all()));
        page("suggestions, by code", () -> suggestions.page(SuggestionFilter.all(), sorted("year", "number")));
        page("suggestions, by due date", () -> suggestions.page(SuggestionFilter.all(), sorted("dueDate")));
        page("suggestions, by state", () -> suggestions.page(SuggestionFilter.all(), sorted("state")));
        SuggestionFilter submitted = SuggestionFilter.all().withState(SuggestionState.SUBMITTED);
        list("suggestions, SUBMITTED (home tile)", p -> suggestions.page(submitted, p), () -> suggestions.count(submitted));
        SuggestionFilter ofYear = SuggestionFilter.all().withYear(thisYear);
        list("suggestions, this year", p -> suggestions.page(ofYear, p), () -> suggestions.count(ofYear));
        SuggestionFilter ofUnit = SuggestionFilter.all().withUnit(aUnit);
        list("suggestions, one unit", p -> suggestions.page(ofUnit, p), () -> suggestions.count(ofUnit));
        SuggestionFilter overdue = SuggestionFilter.all().onlyOverdue();
        list("suggestions, overdue", p -> suggestions.page(overdue, p), () -> suggestions.count(overdue));
        SuggestionFilter byStreet = new SuggestionFilter(null, null, null, null, Level.DISTRICT, street, false, false, null);
        list("suggestions, district lead + street", p -> suggestions.page(byStreet, p), () -> suggestions.count(byStreet));
        SuggestionFilter text = SuggestionFilter.all().withText("停车");
        list("suggestions, search '停车'", p -> suggestions.page(text, p), () -> suggestions.count(text));
        time("suggestions: deadline counts (home)", () -> suggestions.deadlineCounts());
        time("suggestions: key overview of the year", () -> suggestions.keyProgress(thisYear));
        list("units", p -> units.page(null, false, p), () -> units.count(null, false));
        list("units, search '承办'", p -> units.page("承办", true, p), () -> units.count("承办", true));
        time("dashboards: the year, whole province (office)", () -> statistics.dashboard(thisYear, null));
        time("dashboards: the year, one street (office)", () -> statistics.dashboard(thisYear, street));
        time("points: distribution in bands of 10", () -> points.distribution(thisYear, null, 10));
        page("points: deputies below the threshold", () -> publication.belowThreshold(thisYear, PageRequest.of(0, PAGE)));
        time("points: deputies below the threshold, count (home)", () -> publication.belowThresholdCount(thisYear));

        TestUsers.login(accounts, "admin");
        list("audit", p -> audit.page(AuditFilter.none(), p), null);
        page("audit, one actor", () -> audit.page(new AuditFilter("office", null, null, null), PageRequest.of(0, PAGE)));
        page("audit, object type + action", () -> audit.page(new AuditFilter(null, "Deputy", cn.silian.shared.AuditEvent.Action.UPDATE,
                null), PageRequest.of(0, PAGE)));
        list("accounts", p -> accounts.page(null, p), () -> accounts.count());
        page("accounts, search 'p0001'", () -> accounts.page("p0001", PageRequest.of(0, PAGE)));
        page("accounts, by display name", () -> accounts.page(null, sorted("displayName")));
        page("accounts, by role", () -> accounts.page(null, sorted("role")));

        TestUsers.login(accounts, "deputy");
        list("inbox (demo deputy)", p -> notifications.inbox(false, p), () -> notifications.count(false));
        list("inbox, unread only", p -> notifications.inbox(true, p), () -> notifications.count(true));
        time("unread count (every page's bell)", () -> notifications.unreadCount());
        TestUsers.login(accounts, provinceDeputy);
        // as HomeView asks: the next two weeks' meetings he is invited to or organises, and his answers
        MeetingFilter nextTwoWeeks = new MeetingFilter(null, null, null, today, today.plusDays(14), true);
        time("home: my meetings of two weeks + my answers", () -> invitations.myAnswers(meetings.page(nextTwoWeeks,
                PageRequest.of(0, 5)).map(m -> m.id()).getContent()));
        time("home: my groups + open tasks", () -> {
            work.myOpenTasks();
            return groups.myGroups();
        });
        time("home: my actions", () -> minutes.myActions());
        time("home: suggestions waiting for me", () -> suggestions.waitingForDeputy());
        time("home: counts by level + active", () -> {
            deputies.countActive();
            return deputies.countByLevel();
        });
        list("deputy: visible meetings", p -> meetings.page(MeetingFilter.none(), p), () -> meetings.count(MeetingFilter.none()));
        list("deputy: visible groups", p -> groups.page(GroupFilter.none(), p), () -> groups.count(GroupFilter.none()));
        list("deputy: visible suggestions", p -> suggestions.page(SuggestionFilter.all(), p),
                () -> suggestions.count(SuggestionFilter.all()));
        time("my duty: shifts of half a year", () -> duty.myShifts(today.minusDays(1).atStartOfDay(), today.plusDays(180).atStartOfDay()));
        time("my duty: my stations", () -> roster.membershipsOf(deputies.mine().orElseThrow().id()));
        time("dashboards: a deputy's own", () -> statistics.dashboard(thisYear, null));
        time("home: my points against the threshold", () -> points.standing(deputies.mine().orElseThrow().id(), thisYear));
        time("calendar: a month", () -> calendar.entriesFor(Instant.now(), Instant.now().plusSeconds(31L * 24 * 3600)));
        TestUsers.login(accounts, provinceStaff);
        time("dashboards: street staff's street", () -> statistics.dashboard(thisYear, null));
        list("street staff: deputies", p -> deputies.page(DeputyFilter.none(), p), () -> deputies.count(DeputyFilter.none()));
        list("street staff: opinions", p -> opinions.page(OpinionFilter.none(), p), () -> opinions.count(OpinionFilter.none()));
        list("street staff: suggestions", p -> suggestions.page(SuggestionFilter.all(), p),
                () -> suggestions.count(SuggestionFilter.all()));
        list("street staff: groups", p -> groups.page(GroupFilter.none(), p), () -> groups.count(GroupFilter.none()));
        TestUsers.login(accounts, unitAccount);
        list("unit: suggestions", p -> suggestions.page(SuggestionFilter.all(), p), () -> suggestions.count(SuggestionFilter.all()));
        page("unit: open assignments (home)", () -> suggestions.openAssignmentsOfMyUnit(PageRequest.of(0, PAGE)));
        OpinionFilter forwarded = new OpinionFilter(OpinionState.FORWARDED, null, null, null, null, null, null);
        list("unit: matters forwarded", p -> opinions.page(forwarded, p), () -> opinions.count(forwarded));

        System.out.println(new StringBuilder()
                .append("\n== Province lists benchmark on ").append(province.database()).append(" ==\n")
                .append(String.format(Locale.ROOT, "people %,d, stations %,d, groups %,d, meetings %,d, documents %,d,"
                                + " opinions %,d, suggestions %,d, notifications %,d, audit %,d; %d runs after %d warm-up%n",
                        count("deputy"), count("station"), count("topic_group"), count("meeting"), count("document"),
                        count("opinion"), count("suggestion"), count("notification"), count("audit_entry"),
                        Timings.RUNS, Timings.WARMUP))
                .append(Timings.table(rows, 56)));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static Pageable sorted(String... properties) {
        return PageRequest.of(0, PAGE, Sort.by(properties));
    }

    /** A list's first page and, when the view shows one, its count: the page must hold min(50, count) rows. */
    private void list(String name, java.util.function.Function<Pageable, Slice<?>> page, Supplier<Long> count) {
        Supplier<Slice<?>> first = () -> page.apply(PageRequest.of(0, PAGE));
        if (count == null) {
            rows.add(Timings.measure(name + ": page", first, slice -> assertThat(slice.getContent()).as(name).isNotEmpty()));
            return;
        }
        long total = count.get();
        rows.add(Timings.measure(name + ": page", first, slice -> {
            assertThat(slice.getContent()).as(name).hasSize((int) Math.min(PAGE, total));
            assertThat(slice.hasNext()).as(name).isEqualTo(total > PAGE);
        }));
        rows.add(Timings.measure(name + ": count", count, c -> assertThat(c).as(name).isEqualTo(total)));
    }

    private void page(String name, Supplier<? extends Slice<?>> page) {
        rows.add(Timings.measure(name, page, slice -> assertThat(slice.getContent()).as(name).isNotNull()));
    }

    private void time(String name, Supplier<?> query) {
        rows.add(Timings.measure(name, query, answer -> assertThat(answer).as(name).isNotNull()));
    }
}
