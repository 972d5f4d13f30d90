package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
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
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic groups at the province scale of DESIGN.md: 20,000 groups (ten years of 200 topics with
 * ten groups each), 200,000 memberships, 100,000 tasks and 60,000 milestones next to the demo
 * district ({@link Scale}). Prints figures; asserts nothing about time, only that each query
 * answers what the seeded rows make it answer. The seeded rows are removed afterwards.
 * Run with {@code ./mvnw verify -Pbenchmark}.
 */
@SilianSpringTest
@Tag("benchmark")
@Tag("db")
class TopicsBenchmark {

    private static final int GROUPS = Integer.getInteger("silian.benchmark.groups", Scale.of(20_000));
    private static final int GROUPS_PER_TOPIC = 10;
    private static final int MEMBERS_PER_GROUP = 10;
    private static final int TASKS_PER_GROUP = 5;
    private static final int MILESTONES_PER_GROUP = 3;
    private static final int FIRST_YEAR = 2040;
    private static final int YEARS = 10;

    /** One seeded group, as the filters see it. */
    private record Seeded(int year, TopicStatus status, String name, Expertise tag, Set<Long> members, Set<Long> streets,
                          Set<String> levels) {
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired TopicService topics;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;
    @Autowired AccountService accounts;

    private final List<Seeded> seeded = new ArrayList<>();
    private long firstTopicId;
    private long firstGroupId;

    @AfterEach
    void removeSeededGroups() {
        Timings.reuseResultsOnH2(jdbc, true);
        if (firstGroupId > 0) {
            for (String table : List.of("group_milestone", "group_task", "group_member", "topic_group_expertise")) {
                jdbc.update("delete from " + table + " where group_id >= ?", firstGroupId);
            }
            jdbc.update("delete from topic_group where id >= ?", firstGroupId);
            jdbc.update("delete from topic where id >= ?", firstTopicId);
            jdbc.update("delete from topic_theme where theme_year between ? and ?", FIRST_YEAR, FIRST_YEAR + YEARS - 1);
        }
        TestUsers.logout();
    }

    @Test
    void topicAndGroupQueriesAtProvinceScale() {
        Long aStreet = jdbc.queryForObject("select min(id) from street", Long.class);
        SilianUser deputy = (SilianUser) accounts.loadUserByUsername("deputy");
        long street01 = ((SilianUser) accounts.loadUserByUsername("street01")).streetId();
        // the fourth year: a small scale has at least four topics, one a year from the first
        int someYear = FIRST_YEAR + 3;
        List<GroupFilter> filters = List.of(GroupFilter.none(),
                new GroupFilter(null, someYear, TopicStatus.IN_PROGRESS, null, null, null, null, false),
                new GroupFilter(null, null, null, Level.NATIONAL, null, null, null, false),
                new GroupFilter(null, null, null, null, null, aStreet, null, false),
                new GroupFilter(null, null, null, null, Expertise.HEALTH, null, null, false),
                new GroupFilter(null, null, null, null, null, null, "养老", false));
        TestUsers.login(accounts, "office");
        Map<GroupFilter, Long> before = new HashMap<>();
        filters.forEach(f -> before.put(f, groups.count(f)));
        long topicsOfAYear = topics.count(TopicFilter.year(someYear));
        long deputyVisible = TestUsers.as(accounts, "deputy", () -> groups.count(GroupFilter.none()));
        long streetVisible = TestUsers.as(accounts, "street01", () -> groups.count(GroupFilter.none()));

        Timings.reuseResultsOnH2(jdbc, false);
        seed();
        List<String[]> rows = new ArrayList<>();
        long total = groups.count(GroupFilter.none());
        rows.add(Timings.measure("office: first page of 50 groups", () -> groups.page(GroupFilter.none(), PageRequest.of(0, 50)),
                page -> assertThat(page.getContent()).hasSize((int) Math.min(50, total))));
        rows.add(Timings.measure("office: count groups", () -> groups.count(GroupFilter.none()),
                count -> assertThat(count).isEqualTo(before.get(filters.get(0)) + GROUPS)));
        rows.add(measure("office: year + status, page + count", filters.get(1), before,
                g -> g.year() == someYear && g.status() == TopicStatus.IN_PROGRESS));
        rows.add(measure("office: has a national member, page + count", filters.get(2), before,
                g -> g.levels().contains(Level.NATIONAL.name())));
        rows.add(measure("office: member from one street, page + count", filters.get(3), before, g -> g.streets().contains(aStreet)));
        rows.add(measure("office: expertise HEALTH, page + count", filters.get(4), before, g -> g.tag() == Expertise.HEALTH));
        rows.add(measure("office: search '养老', page + count", filters.get(5), before, g -> g.name().contains("养老")));
        rows.add(Timings.measure("office: first page of 50 topics", () -> topics.page(TopicFilter.none(), PageRequest.of(0, 50)),
                page -> assertThat(page.getContent()).isNotEmpty()));
        long topicsSeededThatYear = seeded.stream().filter(g -> g.year() == someYear).count() / GROUPS_PER_TOPIC;
        rows.add(Timings.measure("office: topics of one year, page + count", () -> {
            topics.page(TopicFilter.year(someYear), PageRequest.of(0, 50));
            return topics.count(TopicFilter.year(someYear));
        }, count -> assertThat(count).isEqualTo(topicsOfAYear + topicsSeededThatYear)));
        long group = jdbc.queryForObject("select max(id) from topic_group", Long.class);
        rows.add(Timings.measure("office: one group's page (details, members)", () -> {
            groups.get(group);
            return groups.members(group);
        }, members -> assertThat(members).hasSize(MEMBERS_PER_GROUP)));
        TestUsers.login(accounts, "deputy");
        // Every seeded topic is published, so the deputy sees every seeded group.
        rows.add(Timings.measure("deputy: first page of 50 visible groups", () -> pageAndCount(GroupFilter.none()),
                count -> assertThat(count).isEqualTo(deputyVisible + GROUPS)));
        long deputysSeededGroups = seeded.stream().filter(g -> g.members().contains(deputy.deputyId())).count();
        rows.add(Timings.measure("deputy: my groups + my open tasks (home)", () -> {
            work.myOpenTasks();
            return groups.myGroups();
        }, mine -> assertThat(mine).as("the demo's groups and the seeded ones he is in")
                .hasSizeGreaterThanOrEqualTo((int) deputysSeededGroups).isNotEmpty()));
        TestUsers.login(accounts, "street01");
        rows.add(Timings.measure("street staff: groups with his street's members", () -> pageAndCount(GroupFilter.none()),
                count -> assertThat(count).isEqualTo(streetVisible + seeded.stream().filter(g -> g.streets().contains(street01)).count())));

        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        StringBuilder out = new StringBuilder()
                .append("\n== Topics benchmark on ").append(database).append(" ==\n")
                .append(String.format(Locale.ROOT, "groups: %,d (seeded now: %,d); memberships: %,d; tasks: %,d; %d runs after %d warm-up%n",
                        total, GROUPS, jdbc.queryForObject("select count(*) from group_member", Long.class),
                        jdbc.queryForObject("select count(*) from group_task", Long.class), Timings.RUNS, Timings.WARMUP))
                .append(Timings.table(rows, 48));
        System.out.println(out);
    }

    /** Times a filter's page and count; the count must have grown by the seeded groups the filter matches. */
    private String[] measure(String name, GroupFilter filter, Map<GroupFilter, Long> before, Predicate<Seeded> matches) {
        long expected = before.get(filter) + seeded.stream().filter(matches).count();
        return Timings.measure(name, () -> pageAndCount(filter), count -> assertThat(count).as(name).isEqualTo(expected));
    }

    private long pageAndCount(GroupFilter filter) {
        groups.page(filter, PageRequest.of(0, 50));
        return groups.count(filter);
    }

    /** Writes themes, topics, groups, members, tasks and milestones with plain JDBC batches. */
    private void seed() {
        long started = System.nanoTime();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        List<Map<String, Object>> people = jdbc.queryForList("""
                select d.id, d.street_id, min(s.level) as lvl from deputy d join seat s on s.deputy_id = d.id
                group by d.id, d.street_id""");
        String[] themes = {"养老服务", "义务教育", "老旧小区改造", "生态环境", "营商环境", "基层治理", "乡村振兴", "食品安全"};
        Expertise[] tags = Expertise.values();
        String[] statuses = {"OPEN", "IN_PROGRESS", "IN_PROGRESS", "CONCLUDED", "ARCHIVED"};
        int topicsNeeded = Math.max(1, GROUPS / GROUPS_PER_TOPIC);
        int years = YEARS;
        for (int y = 0; y < years; y++) {
            jdbc.update("insert into topic_theme (theme_year, title, created_at, updated_at, version) values (?, ?, ?, ?, 0)",
                    FIRST_YEAR + y, "基准主题" + y, now, now);
        }
        long topicId = jdbc.queryForObject("select coalesce(max(id), 0) from topic", Long.class) + 1;
        long groupId = jdbc.queryForObject("select coalesce(max(id), 0) from topic_group", Long.class) + 1;
        firstTopicId = topicId;
        firstGroupId = groupId;
        List<Object[]> topicRows = new ArrayList<>();
        List<Object[]> groupRows = new ArrayList<>();
        List<Object[]> groupTags = new ArrayList<>();
        List<Object[]> memberRows = new ArrayList<>();
        List<Object[]> taskRows = new ArrayList<>();
        List<Object[]> milestoneRows = new ArrayList<>();
        for (int t = 0; t < topicsNeeded; t++, topicId++) {
            int year = FIRST_YEAR + t % years;
            String theme = themes[random.nextInt(themes.length)];
            String status = statuses[random.nextInt(statuses.length)];
            topicRows.add(new Object[]{topicId, year, theme + "课题" + t, Date.valueOf(LocalDate.of(year, 1, 1)),
                    Date.valueOf(LocalDate.of(year, 12, 31)), status, now, now});
            for (int g = 0; g < GROUPS_PER_TOPIC; g++, groupId++) {
                Expertise tag = tags[random.nextInt(tags.length)];
                groupTags.add(new Object[]{groupId, tag.name()});
                Set<Long> streets = new HashSet<>();
                Set<String> levels = new HashSet<>();
                Long leader = null;
                Set<Long> chosen = new HashSet<>();
                while (chosen.size() < MEMBERS_PER_GROUP) {
                    Map<String, Object> p = people.get(random.nextInt(people.size()));
                    Long id = ((Number) p.get("id")).longValue();
                    if (chosen.add(id)) {
                        leader = leader == null ? id : leader;
                        memberRows.add(new Object[]{groupId, id, p.get("street_id"), levelName(p.get("lvl")),
                                groupId + ":" + id, Date.valueOf(LocalDate.of(year, 1, 15)), now});
                        if (p.get("street_id") != null) {
                            streets.add(((Number) p.get("street_id")).longValue());
                        }
                        if (p.get("lvl") != null) {
                            levels.add(levelName(p.get("lvl")));
                        }
                    }
                }
                String name = theme + "第" + (g + 1) + "组";
                groupRows.add(new Object[]{groupId, topicId, name, leader, random.nextBoolean(), now, now});
                seeded.add(new Seeded(year, TopicStatus.valueOf(status), name, tag, Set.copyOf(chosen), Set.copyOf(streets),
                        Set.copyOf(levels)));
                List<Long> members = new ArrayList<>(chosen);
                for (int k = 0; k < TASKS_PER_GROUP; k++) {
                    taskRows.add(new Object[]{groupId, "调研任务" + k, members.get(random.nextInt(members.size())),
                            Date.valueOf(LocalDate.of(year, 2 + k, 10)), random.nextInt(3) == 0 ? "DONE" : "TODO", now, now});
                }
                for (int k = 0; k < MILESTONES_PER_GROUP; k++) {
                    milestoneRows.add(new Object[]{groupId, "阶段" + (k + 1), Date.valueOf(LocalDate.of(year, 3 + 3 * k, 1))});
                }
            }
            if (topicRows.size() == 100 || t == topicsNeeded - 1) {
                flush(topicRows, groupRows, groupTags, memberRows, taskRows, milestoneRows);
            }
        }
        System.out.printf(Locale.ROOT, "Seeded %,d topics and %,d groups in %.1f s%n", topicsNeeded, GROUPS,
                (System.nanoTime() - started) / 1e9);
    }

    private void flush(List<Object[]> topicRows, List<Object[]> groupRows, List<Object[]> groupTags,
                       List<Object[]> memberRows, List<Object[]> taskRows, List<Object[]> milestoneRows) {
        jdbc.batchUpdate("insert into topic (id, topic_year, title, starts_on, ends_on, status, proposed_by, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, ?, 'office', ?, ?, 0)", topicRows);
        jdbc.batchUpdate("insert into topic_group (id, topic_id, name, leader_deputy_id, open_for_joining, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", groupRows);
        jdbc.batchUpdate("insert into topic_group_expertise (group_id, expertise) values (?, ?)", groupTags);
        jdbc.batchUpdate("insert into group_member (group_id, deputy_id, street_id, member_level, active_key, joined_how,"
                + " joined_on, joined_by, version) values (?, ?, ?, ?, ?, 'DIRECT', ?, 'benchmark', 0)",
                memberRows.stream().map(r -> new Object[]{r[0], r[1], r[2], r[3], r[4], r[5]}).toList());
        jdbc.batchUpdate("insert into group_task (group_id, title, assignee_deputy_id, due_on, status, created_by, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, 'benchmark', ?, ?, 0)", taskRows);
        jdbc.batchUpdate("insert into group_milestone (group_id, title, due_on, version) values (?, ?, ?, 0)", milestoneRows);
        topicRows.clear();
        groupRows.clear();
        groupTags.clear();
        memberRows.clear();
        taskRows.clear();
        milestoneRows.clear();
    }

    /** One of the person's levels (the alphabetically first): seniority does not matter to the timings. */
    private static String levelName(Object value) {
        return value == null ? null : Level.valueOf(value.toString()).name();
    }
}
