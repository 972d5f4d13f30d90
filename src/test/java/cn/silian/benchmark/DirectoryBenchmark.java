package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.shared.Pinyin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory at the province scale of DESIGN.md: 100,000 people and 1,000 streets next to the
 * demo district ({@link Scale}). Prints figures; asserts nothing about time (a loaded CI machine
 * is no stopwatch), only that each query answers what the seeded rows make it answer. The seeded
 * rows are removed afterwards, so tests sharing the context see the demo district only.
 * Run with {@code ./mvnw verify -Pbenchmark} (add {@code ,mariadb} for MariaDB/MySQL).
 */
@SilianSpringTest
@Tag("benchmark")
@Tag("db")
class DirectoryBenchmark {

    private static final int PEOPLE = Integer.getInteger("silian.benchmark.people", Scale.of(100_000));
    private static final int STREETS = Scale.of(1_000);
    private static final int PAGE = 50;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆芳娜敏静丽艳娟霞秀英慧巧美玲婷雪琳颖琴云莉萍红梅燕倩欣瑶";
    private static final String[] EMPLOYERS = {"人民医院", "第一中学", "实验小学", "律师事务所", "科技有限公司", "农业合作社",
            "规划设计研究院", "社区居民委员会", "商贸集团有限公司", "生态环境监测站"};

    /** One seeded person, as the filters see him. */
    private record Person(long id, String name, String employer, long streetId, Level level, Expertise expertise) {
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired DeputyService deputies;
    @Autowired AccountService accounts;

    private final List<Person> seeded = new ArrayList<>();
    private long firstSeededId;

    @AfterEach
    void removeSeededPeople() {
        Timings.reuseResultsOnH2(jdbc, true);
        if (firstSeededId > 0) {
            for (String table : List.of("deputy_expertise", "seat")) {
                jdbc.update("delete from " + table + " where deputy_id >= ?", firstSeededId);
            }
            jdbc.update("delete from deputy where id >= ?", firstSeededId);
            jdbc.update("delete from street where code like 'B%'");
        }
        TestUsers.logout();
    }

    @Test
    void directoryQueriesAtProvinceScale() {
        TestUsers.login(accounts, "office");
        List<DeputyFilter> texts = List.of(DeputyFilter.text("zw"), DeputyFilter.text("zhangwei"), DeputyFilter.text("伟"),
                DeputyFilter.text("医院"), new DeputyFilter(null, Level.NATIONAL, null, null, null),
                new DeputyFilter(null, null, null, Expertise.EDUCATION, null));
        Map<DeputyFilter, Long> before = new HashMap<>();
        texts.forEach(f -> before.put(f, deputies.count(f)));
        long demo = deputies.count(DeputyFilter.none());

        Timings.reuseResultsOnH2(jdbc, false);
        seed();
        long total = deputies.count(DeputyFilter.none());
        long aStreet = seeded.getFirst().streetId();
        long lastId = seeded.getLast().id();
        int middle = (int) (total / 2 / PAGE);
        List<String[]> rows = new ArrayList<>();
        rows.add(Timings.measure("first page of 50, pinyin order", () -> deputies.page(DeputyFilter.none(), PageRequest.of(0, PAGE)),
                page -> assertThat(page.getContent()).hasSize(PAGE)));
        rows.add(Timings.measure(String.format(Locale.ROOT, "page %,d of 50 (offset %,d)", middle, middle * PAGE),
                () -> deputies.page(DeputyFilter.none(), PageRequest.of(middle, PAGE)),
                page -> assertThat(page.getContent()).hasSize(PAGE)));
        rows.add(Timings.measure("count, no filter", () -> deputies.count(DeputyFilter.none()),
                count -> assertThat(count).isEqualTo(demo + PEOPLE)));
        rows.add(measureText("search initials 'zw': page + count", texts.get(0), before,
                p -> Pinyin.initials(p.name()).startsWith("zw") || Pinyin.full(p.name()).startsWith("zw")));
        rows.add(measureText("search pinyin 'zhangwei': page + count", texts.get(1), before,
                p -> Pinyin.full(p.name()).startsWith("zhangwei") || Pinyin.initials(p.name()).startsWith("zhangwei")));
        rows.add(measureText("search characters '伟': page + count", texts.get(2), before,
                p -> p.name().contains("伟") || p.employer().contains("伟")));
        rows.add(measureText("search employer '医院': page + count", texts.get(3), before,
                p -> p.name().contains("医院") || p.employer().contains("医院")));
        rows.add(measureText("level DISTRICT + one street: page + count", new DeputyFilter(null, Level.DISTRICT, aStreet, null, null),
                Map.of(), p -> p.level() == Level.DISTRICT && p.streetId() == aStreet));
        rows.add(measureText("expertise EDUCATION: page + count", texts.get(5), before, p -> p.expertise() == Expertise.EDUCATION));
        rows.add(measureText("level NATIONAL: page + count", texts.get(4), before, p -> p.level() == Level.NATIONAL));
        rows.add(Timings.measure("one person's page", () -> deputies.get(lastId),
                person -> assertThat(person.name()).isEqualTo(seeded.getLast().name())));

        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        StringBuilder out = new StringBuilder()
                .append("\n== Directory benchmark on ").append(database).append(" ==\n")
                .append(String.format(Locale.ROOT, "people in the directory: %,d (seeded now: %,d); %d runs after %d warm-up%n",
                        total, PEOPLE, Timings.RUNS, Timings.WARMUP))
                .append(Timings.table(rows, 44));
        System.out.println(out);
    }

    /** Times a filter's page and count; the count must have grown by the seeded people the filter matches. */
    private String[] measureText(String name, DeputyFilter filter, Map<DeputyFilter, Long> before, Predicate<Person> matches) {
        long expected = before.getOrDefault(filter, 0L) + seeded.stream().filter(matches).count();
        return Timings.measure(name, () -> pageAndCount(filter), count -> assertThat(count).as(name).isEqualTo(expected));
    }

    private long pageAndCount(DeputyFilter filter) {
        deputies.page(filter, PageRequest.of(0, PAGE));
        return deputies.count(filter);
    }

    /** Adds streets and people with plain JDBC batches. */
    private void seed() {
        long missing = PEOPLE;
        long started = System.nanoTime();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> streets = new ArrayList<>();
        for (int i = 0; i < STREETS; i++) {
            streets.add(new Object[]{String.format("B%04d", i), "基准街道" + i, 100 + i, 0});
        }
        jdbc.batchUpdate("insert into street (code, name, sort_order, version) values (?, ?, ?, ?)", streets);
        List<Long> streetIds = jdbc.queryForList("select id from street where code like 'B%' order by id", Long.class);

        Random random = new Random(42);
        long nextId = jdbc.queryForObject("select coalesce(max(id), 0) from deputy", Long.class) + 1;
        firstSeededId = nextId;
        Level[] levels = {Level.NATIONAL, Level.PROVINCIAL, Level.CITY, Level.DISTRICT, Level.STREET};
        int[] weights = {1, 5, 15, 40, 39};
        final int batch = 2_000;
        List<Object[]> people = new ArrayList<>(batch);
        List<Object[]> seats = new ArrayList<>(batch);
        List<Object[]> expertise = new ArrayList<>(batch);
        for (long n = 0; n < missing; n++) {
            long id = nextId + n;
            String name = "" + SURNAMES.charAt((int) (Math.pow(random.nextDouble(), 2) * SURNAMES.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
            String employer = "某市" + EMPLOYERS[random.nextInt(EMPLOYERS.length)];
            long streetId = streetIds.get(random.nextInt(streetIds.size()));
            people.add(new Object[]{id, name, Pinyin.full(name), Pinyin.initials(name), random.nextBoolean() ? "MALE" : "FEMALE",
                    1960 + random.nextInt(40), employer, "职员", streetId, "社区", "139" + String.format("%08d", random.nextInt(100_000_000)),
                    "ACTIVE", now, now, 0});
            int pick = random.nextInt(100);
            Level level = levels[4];
            for (int l = 0, acc = 0; l < levels.length; l++) {
                acc += weights[l];
                if (pick < acc) {
                    level = levels[l];
                    break;
                }
            }
            seats.add(new Object[]{id, level.name(), 1 + random.nextInt(18), "第" + (1 + random.nextInt(200)) + "选区"});
            Expertise field = Expertise.values()[random.nextInt(Expertise.values().length)];
            expertise.add(new Object[]{id, field.name()});
            seeded.add(new Person(id, name, employer, streetId, level, field));
            if (people.size() == batch || n == missing - 1) {
                jdbc.batchUpdate("insert into deputy (id, name, name_pinyin, name_initials, gender, birth_year, employer, post,"
                        + " street_id, community, phone, status, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", people);
                jdbc.batchUpdate("insert into seat (deputy_id, level, term, constituency) values (?, ?, ?, ?)", seats);
                jdbc.batchUpdate("insert into deputy_expertise (deputy_id, expertise) values (?, ?)", expertise);
                people.clear();
                seats.clear();
                expertise.clear();
            }
        }
        System.out.printf(Locale.ROOT, "Seeded %,d people and %,d streets in %.1f s%n", missing, STREETS,
                (System.nanoTime() - started) / 1e9);
    }
}
