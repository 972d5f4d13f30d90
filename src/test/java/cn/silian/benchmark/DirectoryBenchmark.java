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
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The directory at the province scale of DESIGN.md: 100,000 people next to the demo district.
 * Prints figures; asserts nothing about time (a loaded CI machine is no stopwatch).
 * Run with {@code ./mvnw verify -Pbenchmark} (add {@code ,mariadb} for MariaDB/MySQL).
 */
@SilianSpringTest
@Tag("benchmark")
@Tag("db")
class DirectoryBenchmark {

    private static final int PEOPLE = Integer.getInteger("silian.benchmark.people", 100_000);
    private static final int STREETS = 1_000;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆芳娜敏静丽艳娟霞秀英慧巧美玲婷雪琳颖琴云莉萍红梅燕倩欣瑶";
    private static final String[] EMPLOYERS = {"人民医院", "第一中学", "实验小学", "律师事务所", "科技有限公司", "农业合作社",
            "规划设计研究院", "社区居民委员会", "商贸集团有限公司", "生态环境监测站"};

    @Autowired JdbcTemplate jdbc;
    @Autowired DeputyService deputies;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        Timings.reuseResultsOnH2(jdbc, true);
        TestUsers.logout();
    }

    @Test
    void directoryQueriesAtProvinceScale() {
        Timings.reuseResultsOnH2(jdbc, false);
        long seeded = seed();
        TestUsers.login(accounts, "office");
        long total = deputies.count(DeputyFilter.none());
        Long aStreet = jdbc.queryForObject("select min(id) from street where code like 'B%'", Long.class);
        List<String[]> rows = new ArrayList<>();
        rows.add(Timings.measure("first page of 50, pinyin order", () -> deputies.page(DeputyFilter.none(), PageRequest.of(0, 50))));
        rows.add(Timings.measure("page 1,000 of 50 (offset 50,000)", () -> deputies.page(DeputyFilter.none(), PageRequest.of(1_000, 50))));
        rows.add(Timings.measure("count, no filter", () -> deputies.count(DeputyFilter.none())));
        rows.add(Timings.measure("search initials 'zw': page + count", () -> pageAndCount(DeputyFilter.text("zw"))));
        rows.add(Timings.measure("search pinyin 'zhangwei': page + count", () -> pageAndCount(DeputyFilter.text("zhangwei"))));
        rows.add(Timings.measure("search characters '伟': page + count", () -> pageAndCount(DeputyFilter.text("伟"))));
        rows.add(Timings.measure("search employer '医院': page + count", () -> pageAndCount(DeputyFilter.text("医院"))));
        rows.add(Timings.measure("level DISTRICT + one street: page + count",
                () -> pageAndCount(new DeputyFilter(null, Level.DISTRICT, aStreet, null, null))));
        rows.add(Timings.measure("expertise EDUCATION: page + count",
                () -> pageAndCount(new DeputyFilter(null, null, null, Expertise.EDUCATION, null))));
        rows.add(Timings.measure("level NATIONAL: page + count",
                () -> pageAndCount(new DeputyFilter(null, Level.NATIONAL, null, null, null))));
        rows.add(Timings.measure("one person's page", () -> deputies.get(jdbc.queryForObject("select max(id) from deputy", Long.class))));

        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        StringBuilder out = new StringBuilder()
                .append("\n== Directory benchmark on ").append(database).append(" ==\n")
                .append(String.format(Locale.ROOT, "people in the directory: %,d (seeded now: %,d); %d runs after %d warm-up%n",
                        total, seeded, Timings.RUNS, Timings.WARMUP))
                .append(Timings.table(rows, 44));
        System.out.println(out);
    }

    private Object pageAndCount(DeputyFilter filter) {
        deputies.page(filter, PageRequest.of(0, 50));
        return deputies.count(filter);
    }

    /** Adds streets and people with plain JDBC batches until the directory has the province's size. */
    private long seed() {
        Long existing = jdbc.queryForObject("select count(*) from deputy", Long.class);
        long missing = PEOPLE - existing;
        if (missing <= 0) {
            return 0;
        }
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
            people.add(new Object[]{id, name, Pinyin.full(name), Pinyin.initials(name), random.nextBoolean() ? "MALE" : "FEMALE",
                    1960 + random.nextInt(40), "某市" + EMPLOYERS[random.nextInt(EMPLOYERS.length)], "职员",
                    streetIds.get(random.nextInt(streetIds.size())), "社区", "139" + String.format("%08d", random.nextInt(100_000_000)),
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
            expertise.add(new Object[]{id, Expertise.values()[random.nextInt(Expertise.values().length)].name()});
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
        return missing;
    }
}
