package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.StatementCounter;
import cn.silian.TestUsers;
import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditService;
import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.meetings.MeetingFilter;
import cn.silian.meetings.MeetingService;
import cn.silian.notifications.NotificationService;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionRow;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionState;
import cn.silian.opinions.SuggestionExports;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.SuggestionService;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.stations.StationSummary;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.TopicFilter;
import cn.silian.topics.TopicService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every grid's page costs the same few SQL statements whether it shows 10 rows or 50: no query per
 * row. Each grid's page is fetched the way its view's data provider does (the service's page
 * method, as the role that opens the view) on a small province next to the demo district, with
 * the statements counted at the data source ({@link StatementCounter}).
 */
@SilianSpringTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridStatementsTest {

    /**
     * A page's statements at most: the rows, and a few look-ups for the whole page (the group
     * list's is the largest: topic, leader names, member counts, expertise).
     */
    private static final int BOUND = 8;

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired DeputyService deputies;
    @Autowired StationService stations;
    @Autowired RosterService roster;
    @Autowired ReceptionService receptions;
    @Autowired GroupService groups;
    @Autowired TopicService topics;
    @Autowired MeetingService meetings;
    @Autowired DocumentService documents;
    @Autowired NotificationService notifications;
    @Autowired AuditService audit;
    @Autowired OpinionService opinions;
    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;
    @Autowired SuggestionExports exports;

    private ProvinceGenerator province;
    private long station;
    private long bigGroup;
    private long aMeeting;

    /** One grid: who opens it and how its data provider asks for a page. */
    record Grid(String name, String user, Function<GridStatementsTest, Function<Pageable, Slice<?>>> page) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void writeASmallProvince() {
        province = new ProvinceGenerator(jdbc, ProvinceGenerator.Sizes.at(0.01));
        province.generate();
        station = jdbc.queryForObject("select station_id from roster_entry where left_on is null"
                + " group by station_id order by count(*) desc, station_id limit 1", Long.class);
        bigGroup = jdbc.queryForObject("select space_id from document where space_kind = 'GROUP' and space_id is not null"
                + " group by space_id order by count(*) desc, space_id limit 1", Long.class);
        aMeeting = jdbc.queryForObject("select space_id from document where space_kind = 'MEETING'"
                + " group by space_id order by count(*) desc, space_id limit 1", Long.class);
    }

    @AfterAll
    void removeIt() {
        province.remove();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static Stream<Grid> grids() {
        return Stream.of(
                new Grid("deputies directory", "office", t -> p -> t.deputies.page(DeputyFilter.none(), p)),
                new Grid("deputies, street staff", "street01", t -> p -> t.deputies.page(DeputyFilter.none(), p)),
                new Grid("station roster", "office", t -> p -> t.roster.members(t.station, p)),
                new Grid("groups", "office", t -> p -> t.groups.page(GroupFilter.none(), p)),
                new Grid("groups, deputy", "deputy", t -> p -> t.groups.page(GroupFilter.none(), p)),
                new Grid("topics", "office", t -> p -> t.topics.page(TopicFilter.none(), p)),
                new Grid("meetings", "office", t -> p -> t.meetings.page(MeetingFilter.none(), p)),
                new Grid("meetings, deputy", "deputy", t -> p -> t.meetings.page(MeetingFilter.none(), p)),
                new Grid("documents: library", "office", t -> p -> t.documents.page(Space.LIBRARY, null, p)),
                new Grid("documents: a group", "office", t -> p -> t.documents.page(Space.group(t.bigGroup), null, p)),
                new Grid("documents: a meeting", "office", t -> p -> t.documents.page(Space.meeting(t.aMeeting), null, p)),
                new Grid("documents: bin", "office", t -> p -> t.documents.bin(p)),
                new Grid("inbox", "deputy", t -> p -> t.notifications.inbox(false, p)),
                new Grid("audit", "admin", t -> p -> t.audit.page(AuditFilter.none(), p)),
                new Grid("accounts", "admin", t -> p -> t.accounts.page(null, p)),
                new Grid("opinions, street staff", "street01", t -> p -> t.opinions.page(OpinionFilter.none(), p)),
                new Grid("matters of a unit", "office", t -> p -> t.opinions.page(new OpinionFilter(OpinionState.FORWARDED,
                        null, null, null, null, null, null), p)),
                new Grid("suggestions", "office", t -> p -> t.suggestions.page(SuggestionFilter.all(), p)),
                new Grid("suggestions, deputy", "deputy", t -> p -> t.suggestions.page(SuggestionFilter.all(), p)),
                new Grid("units", "office", t -> p -> t.units.page(null, false, p)));
    }

    /**
     * Grids that name deputies (a station's head, who heard an opinion) with one look-up for the
     * whole page, which a page without any such deputy does not send. The demo's rows come first
     * and name nobody, the province's fifty name some: that, not a statement per row, made fifty
     * rows cost one statement more than ten here. So the page of fifty costs exactly what the page
     * of ten does, plus that one look-up when only the fifty name a deputy.
     */
    record NamingGrid(Grid grid, Function<Object, String> deputyNamed) {
        @Override
        public String toString() {
            return grid.name();
        }
    }

    static Stream<NamingGrid> gridsNamingDeputies() {
        return Stream.of(
                new NamingGrid(new Grid("stations", "office", t -> p -> t.stations.page(StationFilter.none(), p)),
                        row -> ((StationSummary) row).headName()),
                new NamingGrid(new Grid("opinions", "office", t -> p -> t.opinions.page(OpinionFilter.none(), p)),
                        row -> ((OpinionRow) row).heardBy()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gridsNamingDeputies")
    void aPageOfFiftyCostsWhatAPageOfTenDoesBesidesTheNameLookUp(NamingGrid naming) {
        Grid grid = naming.grid();
        TestUsers.login(accounts, grid.user());
        Function<Pageable, Slice<?>> page = grid.page().apply(this);
        page.apply(PageRequest.of(0, 10));  // warm, as above
        boolean[] names = new boolean[2];
        int[] sizes = new int[2];
        long ten = StatementCounter.during(() -> {
            Slice<?> rows = page.apply(PageRequest.of(0, 10));
            sizes[0] = rows.getNumberOfElements();
            names[0] = rows.stream().anyMatch(r -> naming.deputyNamed().apply(r) != null);
        });
        long fifty = StatementCounter.during(() -> {
            Slice<?> rows = page.apply(PageRequest.of(0, 50));
            sizes[1] = rows.getNumberOfElements();
            names[1] = rows.stream().anyMatch(r -> naming.deputyNamed().apply(r) != null);
        });
        assertThat(sizes[1]).as("the province gives the grid more than a page of ten").isGreaterThan(sizes[0]);
        assertThat(names[1]).as("the page of fifty names a deputy").isTrue();
        long lookUpOnlyForFifty = names[0] ? 0 : 1;
        assertThat(fifty).as("statements for 50 rows vs 10 rows (ten name a deputy: %s)", names[0])
                .isEqualTo(ten + lookUpOnlyForFifty);
        assertThat(fifty).as("statements for a page").isLessThanOrEqualTo(BOUND);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void aPageOfFiftyCostsWhatAPageOfTenDoes(Grid grid) {
        TestUsers.login(accounts, grid.user());
        Function<Pageable, Slice<?>> page = grid.page().apply(this);
        page.apply(PageRequest.of(0, 10));  // warm: the first call may load the caller's own facts once
        int[] sizes = new int[2];
        long ten = StatementCounter.during(() -> sizes[0] = page.apply(PageRequest.of(0, 10)).getNumberOfElements());
        long fifty = StatementCounter.during(() -> sizes[1] = page.apply(PageRequest.of(0, 50)).getNumberOfElements());
        assertThat(sizes[1]).as("the province gives the grid more than a page of ten").isGreaterThan(sizes[0]);
        assertThat(fifty).as("statements for 50 rows vs 10 rows").isEqualTo(ten);
        assertThat(fifty).as("statements for a page").isLessThanOrEqualTo(BOUND);
    }

    /**
     * The office's key-suggestion overview reads the year's key suggestions with their progress
     * in the same few statements for five times as many of them: two of the province's
     * suggestions of last year made key, then ten.
     */
    @Test
    void theKeySuggestionOverviewCostsTheSameForFiveTimesTheRows() {
        TestUsers.login(accounts, "office");
        int year = LocalDate.now(Formats.ZONE).getYear() - 1;
        List<Long> ids = jdbc.queryForList("select id from suggestion where suggestion_year = ? and drafted_by = 'province'"
                + " and key_flag = false order by id limit 10", Long.class, year);
        assertThat(ids).as("province suggestions of last year to make key").hasSize(10);
        try {
            suggestions.keyProgress(year);  // warm, as the grids
            markKey(ids.subList(0, 2));
            int[] sizes = new int[2];
            long few = StatementCounter.during(() -> sizes[0] = suggestions.keyProgress(year).size());
            markKey(ids);
            long many = StatementCounter.during(() -> sizes[1] = suggestions.keyProgress(year).size());
            assertThat(sizes[1] - sizes[0]).as("key suggestions added").isEqualTo(8);
            assertThat(many).as("statements for %d key suggestions vs %d", sizes[1], sizes[0]).isEqualTo(few);
            assertThat(many).as("statements for the overview").isLessThanOrEqualTo(BOUND);
        } finally {
            jdbc.update("update suggestion set key_flag = false where id in (" + String.join(",",
                    ids.stream().map(String::valueOf).toList()) + ")");
        }
    }

    private void markKey(List<Long> ids) {
        jdbc.update("update suggestion set key_flag = true where id in (" + String.join(",",
                ids.stream().map(String::valueOf).toList()) + ")");
    }

    /**
     * The register reads its suggestions a chunk at a time with a fixed few statements per chunk
     * (the rows, co-signers, assignments, answers, names, unit names), whatever the rows: a year
     * with more rows costs at most the statements of its extra chunks more than one with fewer.
     */
    @Test
    void theRegisterCostsAFewStatementsPerChunkNotPerRow() {
        TestUsers.login(accounts, "office");
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        int small = thisYear - 9;
        int big = thisYear;
        exports.register(small, Locale.ROOT, (done, all) -> { });  // warm
        long smallRows = exports.registerSize(small);
        long bigRows = exports.registerSize(big);
        assertThat(bigRows).as("this year's register, beside the one of nine years ago (%d)", smallRows)
                .isGreaterThan(smallRows);
        long smallCost = StatementCounter.during(() -> exports.register(small, Locale.ROOT, (done, all) -> { }));
        long bigCost = StatementCounter.during(() -> exports.register(big, Locale.ROOT, (done, all) -> { }));
        int perChunk = 6;
        // once per register: the count, and the audit line saying who took it out
        int fixed = 2;
        assertThat(smallCost).as("statements for %d rows", smallRows).isLessThanOrEqualTo(fixed + perChunk * chunks(smallRows));
        assertThat(bigCost).as("statements for %d rows", bigRows).isLessThanOrEqualTo(fixed + perChunk * chunks(bigRows));
        assertThat(bigCost - smallCost).as("statements for %d rows vs %d rows", bigRows, smallRows)
                .isLessThanOrEqualTo(perChunk * (chunks(bigRows) - chunks(smallRows)));
    }

    private static long chunks(long rows) {
        return Math.max(1, (rows + SuggestionExports.CHUNK - 1) / SuggestionExports.CHUNK);
    }
}
