package cn.silian.benchmark;

import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.shared.Pinyin;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * DESIGN.md's province written next to the demo district with plain JDBC batches: 1,000 streets,
 * 100,000 people (deputies of four levels and street representatives, with their homes), 5,000
 * stations with rosters, duty plans and receptions, 20,000 topic groups with members and tasks,
 * 200,000 meetings with invitations, 1,000,000 documents with a version each, handling units,
 * opinions, suggestions with their timelines, accounts, inbox notices and audit lines, all times
 * {@link Scale#FACTOR}; dates spread over the ten years up to today, states over the workflows.
 *
 * <p>Every row gets an explicit id above the table's largest at the start, so that
 * {@link #remove()} takes exactly the generated rows away again. On MySQL/MariaDB the batches
 * become multi-row inserts when the connection has {@code rewriteBatchedStatements=true} (the
 * test profile {@code mariadb} sets it). Nothing is disabled: foreign keys and unique keys are
 * checked as the app needs them. Files of the documents are not written (no list reads them);
 * the search index is the app's to build (see docs/benchmarks/province.md).
 */
final class ProvinceGenerator {

    /** How many of each thing; {@link #at(double)} scales DESIGN.md's province. */
    record Sizes(int streets, int people, int stations, int groups, int meetings, int documents, int units,
                 int opinions, int suggestions, int accounts, int notifications, int audit) {

        static Sizes at(double scale) {
            return new Sizes(n(1_000, scale), n(100_000, scale), n(5_000, scale), n(20_000, scale), n(200_000, scale),
                    n(1_000_000, scale), n(500, scale), n(200_000, scale), n(50_000, scale), n(12_000, scale),
                    n(300_000, scale), n(500_000, scale));
        }

        private static int n(int full, double scale) {
            return (int) Math.max(1, Math.round(full * scale));
        }
    }

    /** The first street code of the province; the demo's are S01.., the directory benchmark's B0000... */
    static final String STREET_PREFIX = "P";
    static final int GROUPS_PER_TOPIC = 10;
    static final int MEMBERS_PER_GROUP = 10;
    static final int INVITEES = 3;
    static final int BATCH = 2_000;
    static final String[] ROOMS = {"第一会议室", "第二会议室", "多功能厅", "代表之家"};

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆芳娜敏静丽艳娟霞秀英慧巧美玲婷雪琳颖琴云莉萍红梅燕倩欣瑶";
    private static final String[] EMPLOYERS = {"人民医院", "第一中学", "实验小学", "律师事务所", "科技有限公司", "农业合作社",
            "规划设计研究院", "社区居民委员会", "商贸集团有限公司", "生态环境监测站"};
    private static final String[] COMMUNITIES = {"幸福", "花园", "春晖", "青年", "金桥", "银湖", "翠苑", "枫林", "桂花", "梅园"};
    private static final String[] MATTERS = {"养老服务", "垃圾分类", "老旧小区改造", "停车管理", "义务教育", "食品安全",
            "医疗保障", "河道治理", "营商环境", "便民服务", "社区治理", "公共交通", "住房保障", "就业创业", "安全生产",
            "文化惠民", "农村公路", "饮用水安全", "学前教育", "消防安全"};
    private static final String[] VERBS = {"加强", "推进", "完善", "落实", "研究", "协调", "督促", "改进", "规范", "优化"};
    private static final String[] SUBJECTS = {"街道办事处", "社区居委会", "人大代表", "代表联络站", "区政府", "有关部门"};
    private static final String[] KINDS = {"调研报告", "会议纪要", "工作方案", "通知", "代表建议", "办理答复", "情况说明"};
    private static final String[] CATEGORIES = {"EMPLOYMENT", "HEALTH", "EDUCATION", "HOUSING", "ENVIRONMENT", "TRAFFIC",
            "SAFETY", "OTHER"};
    private static final Level[] LEVELS = Level.values();
    /** National, provincial, city, district deputies and street representatives, in percent. */
    private static final int[] LEVEL_WEIGHTS = {1, 5, 15, 40, 39};

    private final JdbcTemplate jdbc;
    private final Sizes sizes;
    private final Random random = new Random(20_261_202L);
    private final LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
    private final Timestamp now = Timestamp.from(Instant.now());
    /** Each generated table's first id (or parent id), in insert order, for {@link #remove()}. */
    private final Map<String, Long> first = new LinkedHashMap<>();
    private final Map<String, double[]> timings = new LinkedHashMap<>();

    // what later tables refer to
    private long[] streetIds;
    private long[] personIds;
    private long[] personStreet;
    private Level[] personLevel;
    private long[] stationIds;
    private long[] groupIds;
    private long[] meetingIds;
    private long[] unitIds;
    private long[] accountIds;

    ProvinceGenerator(JdbcTemplate jdbc, Sizes sizes) {
        this.jdbc = jdbc;
        this.sizes = sizes;
    }

    static ProvinceGenerator atScale(JdbcTemplate jdbc) {
        return new ProvinceGenerator(jdbc, Sizes.at(Scale.FACTOR));
    }

    Sizes sizes() {
        return sizes;
    }

    /** Whether a province is in the database already (a kept one from an earlier run). */
    boolean present() {
        return jdbc.queryForObject("select count(*) from street where code like 'P%'", Long.class) > 0;
    }

    /** Writes the whole province and prints the time per table. */
    void generate() {
        long started = System.nanoTime();
        streetsAndPeople();
        stations();
        topics();
        meetings();
        documents();
        unitsOpinionsSuggestions();
        accountsInboxAudit();
        double total = (System.nanoTime() - started) / 1e9;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n== Province generated on %s: scale %s, %.1f s ==%n",
                database(), Scale.FACTOR, total));
        out.append(String.format(Locale.ROOT, "%-24s %12s %10s %12s%n", "table", "rows", "seconds", "rows/s"));
        timings.forEach((table, t) -> out.append(String.format(Locale.ROOT, "%-24s %,12d %10.1f %,12.0f%n",
                table, (long) t[0], t[1], t[1] > 0 ? t[0] / t[1] : 0)));
        System.out.println(out);
    }

    String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
    }

    /** Deletes what {@link #generate()} wrote, children first. */
    void remove() {
        List<String> keys = new ArrayList<>(first.keySet());
        for (int i = keys.size() - 1; i >= 0; i--) {
            String[] tableAndColumn = keys.get(i).split("\\.");
            long from = first.get(keys.get(i));
            long last = jdbc.queryForObject("select coalesce(max(" + tableAndColumn[1] + "), 0) from " + tableAndColumn[0], Long.class);
            for (long lo = from; lo <= last; lo += 50_000) {
                jdbc.update("delete from " + tableAndColumn[0] + " where " + tableAndColumn[1] + " between ? and ?", lo, lo + 49_999);
            }
        }
        first.clear();
    }

    // ---------------------------------------------------------------- people

    private void streetsAndPeople() {
        Rows streets = new Rows("street", "id, code, name, sort_order, version");
        long streetId = nextId("street");
        streetIds = new long[sizes.streets()];
        for (int i = 0; i < sizes.streets(); i++) {
            streetIds[i] = streetId + i;
            streets.add(streetIds[i], String.format(Locale.ROOT, "%s%04d", STREET_PREFIX, i), "省辖街道" + i, 1_000 + i, 0);
        }
        streets.flush();

        int people = sizes.people();
        Rows deputies = new Rows("deputy", "id, name, name_pinyin, name_initials, gender, birth_year, employer, post, street_id,"
                + " community, phone, status, latitude, longitude, created_at, updated_at, version");
        Rows seats = new Rows("seat", "id, deputy_id, level, term, constituency").after(deputies);
        Rows expertise = new Rows("deputy_expertise", "deputy_id, expertise").after(deputies);
        long id = nextId("deputy");
        long seatId = nextId("seat");
        first.put("deputy_expertise.deputy_id", id);
        personIds = new long[people];
        personStreet = new long[people];
        personLevel = new Level[people];
        for (int n = 0; n < people; n++) {
            String name = "" + SURNAMES.charAt((int) (Math.pow(random.nextDouble(), 2) * SURNAMES.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
            long street = streetIds[random.nextInt(streetIds.length)];
            Level level = pickLevel();
            personIds[n] = id + n;
            personStreet[n] = street;
            personLevel[n] = level;
            Timestamp joined = Timestamp.valueOf(daysAgo(random.nextInt(3_650)).atTime(9, 0));
            String status = random.nextInt(50) == 0 ? "TERMINATED" : random.nextInt(50) == 0 ? "SUSPENDED" : "ACTIVE";
            deputies.add(personIds[n], name, Pinyin.full(name), Pinyin.initials(name), random.nextBoolean() ? "MALE" : "FEMALE",
                    1955 + random.nextInt(45), "某市" + EMPLOYERS[random.nextInt(EMPLOYERS.length)], "职员", street,
                    COMMUNITIES[random.nextInt(COMMUNITIES.length)] + "社区", "139" + String.format("%08d", random.nextInt(100_000_000)),
                    status, 30 + random.nextDouble(), 120 + random.nextDouble(), joined, joined, 0);
            seats.add(seatId++, personIds[n], level.name(), 13 + random.nextInt(6), "第" + (1 + random.nextInt(200)) + "选区");
            if (level == Level.CITY && random.nextInt(5) == 0) {
                seats.add(seatId++, personIds[n], Level.DISTRICT.name(), 16, "第" + (1 + random.nextInt(200)) + "选区");
            }
            Expertise field = Expertise.values()[random.nextInt(Expertise.values().length)];
            expertise.add(personIds[n], field.name());
        }
        deputies.flush();
        seats.flush();
        expertise.flush();
    }

    private Level pickLevel() {
        int pick = random.nextInt(100);
        for (int l = 0, acc = 0; l < LEVELS.length; l++) {
            acc += LEVEL_WEIGHTS[l];
            if (pick < acc) {
                return LEVELS[l];
            }
        }
        return Level.STREET;
    }

    // ---------------------------------------------------------------- stations

    private void stations() {
        Rows stations = new Rows("station", "id, street_id, code, kind, name, field, address, community, opening_hours,"
                + " contact_name, contact_phone, head_deputy_id, latitude, longitude, active, created_at, updated_at, version");
        long id = nextId("station");
        stationIds = new long[sizes.stations()];
        String[] kinds = {"HOME", "STATION", "STATION", "POINT"};
        for (int n = 0; n < stationIds.length; n++) {
            stationIds[n] = id + n;
            long street = streetIds[n % streetIds.length];
            String kind = kinds[random.nextInt(kinds.length)];
            String community = COMMUNITIES[random.nextInt(COMMUNITIES.length)] + "社区";
            stations.add(stationIds[n], street, String.format(Locale.ROOT, "PS%05d", n), kind,
                    community + (kind.equals("HOME") ? "人大代表之家" : kind.equals("POINT") ? "联络点" : "代表联络站") + n,
                    random.nextInt(3) == 0 ? Expertise.values()[random.nextInt(Expertise.values().length)].name() : null,
                    "某路" + (1 + random.nextInt(999)) + "号", community, "周一至周五 9:00-17:00", "联络员" + n,
                    "0571" + String.format("%08d", random.nextInt(100_000_000)), person(), 30 + random.nextDouble(),
                    120 + random.nextDouble(), random.nextInt(20) != 0, now, now, 0);
        }
        stations.flush();

        // Every other person's home station, in his street; a quarter more in a second one; a few left ones.
        Rows roster = new Rows("roster_entry", "id, station_id, deputy_id, home, home_key, active_key, joined_on, left_on,"
                + " joined_by, left_by, version");
        long rosterId = nextId("roster_entry");
        Map<Long, List<Long>> stationsOfStreet = new LinkedHashMap<>();
        for (int n = 0; n < stationIds.length; n++) {
            stationsOfStreet.computeIfAbsent(streetIds[n % streetIds.length], k -> new ArrayList<>()).add(stationIds[n]);
        }
        for (int p = 0; p < personIds.length; p++) {
            List<Long> own = stationsOfStreet.get(personStreet[p]);
            if (own == null || p % 2 == 1) {
                continue;
            }
            long home = own.get(random.nextInt(own.size()));
            Date joined = Date.valueOf(daysAgo(random.nextInt(3_650)));
            roster.add(rosterId++, home, personIds[p], true, personIds[p], home + ":" + personIds[p], joined, null, "province", null, 0);
            if (random.nextInt(4) == 0) {
                long other = stationIds[random.nextInt(stationIds.length)];
                if (other != home) {
                    roster.add(rosterId++, other, personIds[p], false, null, other + ":" + personIds[p], joined, null, "province", null, 0);
                }
            }
            if (random.nextInt(10) == 0) {
                long left = stationIds[random.nextInt(stationIds.length)];
                roster.add(rosterId++, left, personIds[p], false, null, null, Date.valueOf(daysAgo(3_000 + random.nextInt(600))),
                        joined, "province", "province", 0);
            }
        }
        roster.flush();

        // Two duty plans a station (last month's, published; next month's, a draft for some), ten shifts each.
        Rows plans = new Rows("duty_plan", "id, station_id, from_date, to_date, status, published_at, published_by, created_by,"
                + " created_at, version");
        Rows shifts = new Rows("duty_shift", "id, plan_id, station_id, deputy_id, starts_at, ends_at, version").after(plans);
        Rows receptions = new Rows("reception", "id, station_id, shift_id, received_at, visitor_name, visitor_phone, category,"
                + " concern, outcome, recorded_by, created_at, version").after(shifts);
        long planId = nextId("duty_plan");
        long shiftId = nextId("duty_shift");
        long receptionId = nextId("reception");
        for (long station : stationIds) {
            for (int k = 0; k < 2; k++) {
                LocalDate from = today.withDayOfMonth(1).plusMonths(k - 1);
                boolean published = k == 0 || random.nextBoolean();
                plans.add(planId, station, Date.valueOf(from), Date.valueOf(from.plusMonths(1).minusDays(1)),
                        published ? "PUBLISHED" : "DRAFT", published ? now : null, published ? "province" : null, "province", now, 0);
                for (int s = 0; s < 10; s++) {
                    LocalDateTime start = from.plusDays(s * 3L).atTime(9, 0);
                    shifts.add(shiftId, planId, station, person(), Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(3)), 0);
                    if (k == 0 && s < 2) {
                        receptions.add(receptionId++, station, shiftId, Timestamp.valueOf(start.plusMinutes(30)), "来访群众",
                                null, CATEGORIES[random.nextInt(CATEGORIES.length)],
                                "反映" + MATTERS[random.nextInt(MATTERS.length)] + "问题", "已记录并转交", "province", now, 0);
                    }
                    shiftId++;
                }
                planId++;
            }
        }
        plans.flush();
        shifts.flush();
        receptions.flush();
    }

    // ---------------------------------------------------------------- topics

    private void topics() {
        int groups = sizes.groups();
        int topicsNeeded = Math.max(1, groups / GROUPS_PER_TOPIC);
        int thisYear = today.getYear();
        nextId("topic_theme");
        for (int y = thisYear - 9; y <= thisYear; y++) {
            if (jdbc.queryForObject("select count(*) from topic_theme where theme_year = ?", Long.class, y) == 0) {
                jdbc.update("insert into topic_theme (theme_year, title, created_at, updated_at, version) values (?, ?, ?, ?, 0)",
                        y, y + "年度主题", now, now);
            }
        }
        Rows topicRows = new Rows("topic", "id, topic_year, title, starts_on, ends_on, status, proposed_by, created_at,"
                + " updated_at, version");
        Rows topicTags = new Rows("topic_expertise", "topic_id, expertise").after(topicRows);
        Rows groupRows = new Rows("topic_group", "id, topic_id, name, leader_deputy_id, open_for_joining, created_at,"
                + " updated_at, version").after(topicRows);
        Rows groupTags = new Rows("topic_group_expertise", "group_id, expertise").after(groupRows);
        Rows members = new Rows("group_member", "id, group_id, deputy_id, street_id, member_level, active_key, joined_how,"
                + " joined_on, joined_by, version").after(groupRows);
        Rows tasks = new Rows("group_task", "id, group_id, title, assignee_deputy_id, due_on, status, created_by, created_at,"
                + " updated_at, version").after(groupRows);
        Rows milestones = new Rows("group_milestone", "id, group_id, title, due_on, version").after(groupRows);
        long topicId = nextId("topic");
        long groupId = nextId("topic_group");
        long memberId = nextId("group_member");
        long taskId = nextId("group_task");
        long milestoneId = nextId("group_milestone");
        first.put("topic_expertise.topic_id", topicId);
        first.put("topic_group_expertise.group_id", groupId);
        groupIds = new long[topicsNeeded * GROUPS_PER_TOPIC];
        String[] statuses = {"OPEN", "IN_PROGRESS", "IN_PROGRESS", "CONCLUDED", "ARCHIVED"};
        int g = 0;
        for (int t = 0; t < topicsNeeded; t++, topicId++) {
            int year = thisYear - 9 + t % 10;
            // the older the year, the further on its topics are
            String status = year < thisYear - 1 ? (random.nextBoolean() ? "CONCLUDED" : "ARCHIVED")
                    : statuses[random.nextInt(statuses.length)];
            String matter = MATTERS[random.nextInt(MATTERS.length)];
            Timestamp created = Timestamp.valueOf(LocalDate.of(year, 1, 10).atTime(10, 0));
            topicRows.add(topicId, year, matter + "课题" + t, Date.valueOf(LocalDate.of(year, 1, 1)),
                    Date.valueOf(LocalDate.of(year, 12, 31)), status, "office", created, created, 0);
            topicTags.add(topicId, Expertise.values()[random.nextInt(Expertise.values().length)].name());
            for (int k = 0; k < GROUPS_PER_TOPIC; k++, groupId++, g++) {
                groupIds[g] = groupId;
                java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
                while (chosen.size() < Math.min(MEMBERS_PER_GROUP, personIds.length)) {
                    chosen.add(random.nextInt(personIds.length));
                }
                long leader = personIds[chosen.iterator().next()];
                groupRows.add(groupId, topicId, matter + "第" + (k + 1) + "组", leader, random.nextBoolean(), created, created, 0);
                groupTags.add(groupId, Expertise.values()[random.nextInt(Expertise.values().length)].name());
                for (int p : chosen) {
                    members.add(memberId++, groupId, personIds[p], personStreet[p], personLevel[p].name(),
                            groupId + ":" + personIds[p], "DIRECT", Date.valueOf(LocalDate.of(year, 1, 15)), "province", 0);
                }
                for (int j = 0; j < 5; j++) {
                    boolean done = year < thisYear || random.nextInt(3) == 0;
                    tasks.add(taskId++, groupId, "调研任务" + j, leader, Date.valueOf(LocalDate.of(year, 2 + j, 10)),
                            done ? "DONE" : "TODO", "province", created, created, 0);
                }
                for (int j = 0; j < 3; j++) {
                    milestones.add(milestoneId++, groupId, "阶段" + (j + 1), Date.valueOf(LocalDate.of(year, 3 + 3 * j, 1)), 0);
                }
            }
        }
        // parents before children, whatever the order of the buffers above
        topicRows.flush();
        topicTags.flush();
        groupRows.flush();
        groupTags.flush();
        members.flush();
        milestones.flush();
        tasks.flush();
    }

    // ---------------------------------------------------------------- meetings

    private void meetings() {
        Rows meetings = new Rows("meeting", "id, title, kind, status, starts_at, ends_at, place, place_key, station_id, group_id,"
                + " closed, delegates_allowed, check_in_code, sequence_no, organiser, created_at, updated_at, version");
        Rows invitations = new Rows("invitation", "id, meeting_id, deputy_id, street_id, member_level, invited_at, invited_by,"
                + " rsvp, attendance, version").after(meetings);
        long id = nextId("meeting");
        long invitationId = nextId("invitation");
        meetingIds = new long[sizes.meetings()];
        String[] kinds = {"JOINT", "GROUP", "STATION", "VISIT"};
        String[] topics = {"座谈会", "调研", "联席会", "视察", "专题会"};
        LocalDateTime base = today.minusYears(9).atTime(9, 0);
        long hours = java.time.Duration.between(base, today.plusMonths(6).atStartOfDay()).toHours();
        for (int n = 0; n < meetingIds.length; n++) {
            meetingIds[n] = id + n;
            LocalDateTime start = base.plusHours(random.nextLong(hours)).withHour(9 + random.nextInt(8));
            boolean past = start.toLocalDate().isBefore(today);
            String kind = kinds[random.nextInt(kinds.length)];
            String status = random.nextInt(20) == 0 ? "CANCELLED" : !past ? "ANNOUNCED" : random.nextBoolean() ? "HELD" : "MINUTES_PUBLISHED";
            String room = "第" + (1 + random.nextInt(400)) + "会议室";
            Long station = kind.equals("STATION") ? stationIds[random.nextInt(stationIds.length)] : null;
            Long group = kind.equals("GROUP") ? groupIds[random.nextInt(groupIds.length)] : null;
            Timestamp created = Timestamp.valueOf(start.minusDays(7));
            meetings.add(meetingIds[n], MATTERS[random.nextInt(MATTERS.length)] + topics[random.nextInt(topics.length)] + n, kind,
                    status, Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(2)), room, room.toLowerCase(Locale.ROOT),
                    station, group, random.nextInt(5) == 0, false, String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000)),
                    1, "office", created, created, 0);
            java.util.Set<Integer> chosen = new java.util.HashSet<>();
            while (chosen.size() < Math.min(INVITEES, personIds.length)) {
                int p = random.nextInt(personIds.length);
                if (chosen.add(p)) {
                    String rsvp = past ? "ACCEPTED" : random.nextBoolean() ? "PENDING" : "ACCEPTED";
                    invitations.add(invitationId++, meetingIds[n], personIds[p], personStreet[p], personLevel[p].name(), created,
                            "office", rsvp, past && !status.equals("CANCELLED") ? (random.nextInt(5) == 0 ? "ABSENT" : "PRESENT") : null, 0);
                }
            }
        }
        meetings.flush();
        invitations.flush();
    }

    // ---------------------------------------------------------------- documents

    private void documents() {
        Rows documents = new Rows("document", "id, space_kind, space_id, title, internal, content_text, deleted_at, deleted_by,"
                + " created_by, created_at, updated_at, version");
        Rows versions = new Rows("document_version", "id, document_id, number, file_name, content_type, size_bytes, sha256,"
                + " storage_key, uploaded_by, uploaded_at").after(documents);
        long id = nextId("document");
        long versionId = nextId("document_version");
        long tenYears = 10L * 365 * 24 * 3600;
        Instant end = Instant.now();
        for (int n = 0; n < sizes.documents(); n++) {
            int pick = random.nextInt(100);
            String kind;
            Long space;
            if (pick < 5) {
                kind = "LIBRARY";
                space = null;
            } else if (pick < 35) {
                kind = "GROUP";
                space = groupIds[random.nextInt(groupIds.length)];
            } else if (pick < 85) {
                kind = "MEETING";
                space = meetingIds[random.nextInt(meetingIds.length)];
            } else {
                kind = "STATION";
                space = stationIds[random.nextInt(stationIds.length)];
            }
            String matter = MATTERS[random.nextInt(MATTERS.length)];
            String title = "关于" + VERBS[random.nextInt(VERBS.length)] + matter + "的" + KINDS[random.nextInt(KINDS.length)]
                    + "（" + (n % 1000 + 1) + "号）";
            Timestamp updated = Timestamp.from(end.minusSeconds((long) (random.nextDouble() * tenYears)));
            boolean binned = random.nextInt(100) == 0;
            documents.add(id + n, kind, space, title, random.nextInt(10) == 0, content(matter), binned ? now : null,
                    binned ? "office" : null, "province", updated, updated, 0);
            versions.add(versionId++, id + n, 1, title + ".pdf", "application/pdf", 20_000 + random.nextInt(2_000_000),
                    hex() + hex(), "province-" + (id + n), "province", updated);
        }
        documents.flush();
        versions.flush();
    }

    private String content(String matter) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            String about = s == 0 ? matter : MATTERS[random.nextInt(MATTERS.length)];
            text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("要").append(VERBS[random.nextInt(VERBS.length)])
                    .append(about).append("工作。");
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- units, opinions, suggestions

    private void unitsOpinionsSuggestions() {
        Rows units = new Rows("handling_unit", "id, name, kind, contact_person, contact_phone, active, created_at, updated_at,"
                + " version");
        long unitId = nextId("handling_unit");
        unitIds = new long[sizes.units()];
        String[] unitKinds = {"GOVERNMENT_DEPARTMENT", "GOVERNMENT_DEPARTMENT", "PUBLIC_ENTERPRISE", "STREET_OFFICE", "COURT", "OTHER"};
        for (int n = 0; n < unitIds.length; n++) {
            unitIds[n] = unitId + n;
            units.add(unitIds[n], "省辖承办单位" + n, unitKinds[random.nextInt(unitKinds.length)], "联系人" + n, "0571-" + n,
                    random.nextInt(20) != 0, now, now, 0);
        }
        units.flush();

        Rows opinions = new Rows("opinion", "id, content, category, street_id, community, station_id, source, heard_by,"
                + " recorded_by, state, forwarded_unit_id, forwarded_at, answered_for_unit, closed_at, created_at, updated_at,"
                + " version");
        long opinionId = nextId("opinion");
        String[] states = {"NEW", "CLASSIFIED", "RESOLVED_ON_SPOT", "FORWARDED", "ANSWERED_BY_UNIT", "IN_SUGGESTION", "MERGED"};
        String[] sources = {"DIRECT", "RECEPTION", "VISIT", "PUBLIC"};
        for (int n = 0; n < sizes.opinions(); n++) {
            int p = random.nextInt(personIds.length);
            Timestamp created = Timestamp.valueOf(daysAgo(random.nextInt(3_650)).atTime(10, 0));
            String state = created.toLocalDateTime().toLocalDate().isBefore(today.minusYears(1))
                    ? states[2 + random.nextInt(4)] : states[random.nextInt(states.length)];
            boolean forwarded = state.equals("FORWARDED") || state.equals("ANSWERED_BY_UNIT");
            String matter = MATTERS[random.nextInt(MATTERS.length)];
            opinions.add(opinionId + n, "群众反映" + matter + "方面存在困难，希望" + VERBS[random.nextInt(VERBS.length)] + "。",
                    CATEGORIES[random.nextInt(CATEGORIES.length)], personStreet[p],
                    COMMUNITIES[random.nextInt(COMMUNITIES.length)] + "社区",
                    random.nextBoolean() ? stationIds[random.nextInt(stationIds.length)] : null,
                    sources[random.nextInt(sources.length)], personIds[p], "province", state.equals("MERGED") ? "CLASSIFIED" : state,
                    forwarded ? unitIds[random.nextInt(unitIds.length)] : null, forwarded ? created : null, false,
                    state.equals("RESOLVED_ON_SPOT") || state.equals("ANSWERED_BY_UNIT") ? created : null, created, created, 0);
        }
        opinions.flush();

        Rows suggestions = new Rows("suggestion", "id, suggestion_year, number, title, body, category, lead_deputy_id, lead_level,"
                + " state, round_no, lead_unit_id, assigned_on, due_date, key_flag, published, submitted_at, closed_at, drafted_by,"
                + " created_at, updated_at, version");
        Rows signers = new Rows("suggestion_signer", "id, suggestion_id, deputy_id, member_level, street_id, status, invited_at,"
                + " answered_at").after(suggestions);
        Rows steps = new Rows("suggestion_step", "id, suggestion_id, round_no, action, from_state, to_state, actor, actor_role,"
                + " taken_at").after(suggestions);
        Rows assignments = new Rows("suggestion_assignment", "id, suggestion_id, unit_id, lead_unit, active, assigned_on,"
                + " due_date").after(suggestions);
        Rows answers = new Rows("suggestion_answer", "id, suggestion_id, round_no, unit_id, category, answer_text,"
                + " without_contact, answered_by, answered_at, satisfaction, rated_at").after(suggestions);
        Rows streets = new Rows("suggestion_street", "suggestion_id, street_id").after(suggestions);
        long id = nextId("suggestion");
        long signerId = nextId("suggestion_signer");
        long stepId = nextId("suggestion_step");
        long assignmentId = nextId("suggestion_assignment");
        long answerId = nextId("suggestion_answer");
        first.put("suggestion_street.suggestion_id", id);
        int thisYear = today.getYear();
        // numbers per year continue after the demo's
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        for (int y = thisYear - 9; y <= thisYear; y++) {
            numbers.put(y, jdbc.queryForObject("select coalesce(max(number), 0) from suggestion where suggestion_year = ?",
                    Integer.class, y));
        }
        String[] recent = {"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "ASSIGNED", "HANDLING", "ANSWERED", "REHANDLING",
                "CLOSED", "NOT_FILED", "WITHDRAWN"};
        String[] flow = {"SUBMITTED", "ACCEPTED", "ASSIGNED", "HANDLING", "ANSWERED", "CLOSED"};
        String[] satisfactions = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "NOT_SATISFIED"};
        for (int n = 0; n < sizes.suggestions(); n++) {
            long sid = id + n;
            int year = thisYear - 9 + n % 10;
            String state = year < thisYear ? (random.nextInt(20) == 0 ? "NOT_FILED" : "CLOSED") : recent[random.nextInt(recent.length)];
            int p = random.nextInt(personIds.length);
            boolean numbered = !List.of("DRAFT", "SUBMITTED", "RETURNED", "NOT_FILED", "WITHDRAWN").contains(state);
            Integer number = numbered ? numbers.merge(year, 1, Integer::sum) : null;
            boolean assigned = numbered && !state.equals("ACCEPTED");
            long unit = unitIds[random.nextInt(unitIds.length)];
            LocalDate submitted = LocalDate.of(year, 1 + random.nextInt(Math.min(12, year == thisYear ? today.getMonthValue() : 12)),
                    1 + random.nextInt(28));
            Date assignedOn = assigned ? Date.valueOf(submitted.plusDays(10)) : null;
            Date due = assigned ? Date.valueOf(submitted.plusDays(100)) : null;
            Timestamp created = Timestamp.valueOf(submitted.atTime(9, 0));
            Timestamp updated = Timestamp.valueOf(submitted.plusDays(state.equals("CLOSED") ? 120 : 5).atTime(9, 0));
            String matter = MATTERS[random.nextInt(MATTERS.length)];
            suggestions.add(sid, year, number, "关于" + VERBS[random.nextInt(VERBS.length)] + matter + "的建议（" + n + "）",
                    "建议有关部门" + VERBS[random.nextInt(VERBS.length)] + matter + "工作，切实解决群众关心的问题。",
                    CATEGORIES[random.nextInt(CATEGORIES.length)], personIds[p], personLevel[p].name(), state, 1,
                    assigned ? unit : null, assignedOn, due, random.nextInt(50) == 0, state.equals("CLOSED") && random.nextBoolean(),
                    state.equals("DRAFT") ? null : created, state.equals("CLOSED") ? updated : null, "province", created, updated, 0);
            streets.add(sid, personStreet[p]);
            int q = random.nextInt(personIds.length);
            if (personIds[q] != personIds[p]) {
                signers.add(signerId++, sid, personIds[q], personLevel[q].name(), personStreet[q], "CONFIRMED", created, created);
                if (personStreet[q] != personStreet[p]) {
                    streets.add(sid, personStreet[q]);
                }
            }
            // the timeline up to the state, one step a state of the main flow
            int reached = switch (state) {
                case "DRAFT", "RETURNED", "WITHDRAWN", "NOT_FILED" -> state.equals("DRAFT") ? 0 : 1;
                case "SUBMITTED" -> 1;
                case "ACCEPTED" -> 2;
                case "ASSIGNED" -> 3;
                case "HANDLING", "REHANDLING" -> 4;
                case "ANSWERED" -> 5;
                default -> 6;
            };
            String from = "DRAFT";
            for (int k = 0; k < reached; k++) {
                String action = switch (flow[k]) {
                    case "SUBMITTED" -> "SUBMIT";
                    case "ACCEPTED" -> "ACCEPT";
                    case "ASSIGNED" -> "ASSIGN";
                    case "HANDLING" -> "SIGN";
                    case "ANSWERED" -> "ANSWER";
                    default -> "CLOSE";
                };
                steps.add(stepId++, sid, 1, action, from, flow[k], k == 0 ? "province" : "office", k == 0 ? "DEPUTY" : "OFFICE",
                        Timestamp.valueOf(submitted.plusDays(k * 10L).atTime(10, 0)));
                from = flow[k];
            }
            if (assigned) {
                assignments.add(assignmentId++, sid, unit, true, true, assignedOn, due);
            }
            if (reached >= 5) {
                boolean rated = state.equals("CLOSED");
                answers.add(answerId++, sid, 1, unit, "A_SOLVED", "已按建议办理。", false, "unit",
                        Timestamp.valueOf(submitted.plusDays(60).atTime(10, 0)), rated ? satisfactions[random.nextInt(4)] : null,
                        rated ? updated : null);
            }
        }
        suggestions.flush();
        signers.flush();
        steps.flush();
        assignments.flush();
        answers.flush();
        streets.flush();
    }

    // ---------------------------------------------------------------- accounts, inbox, audit

    private void accountsInboxAudit() {
        // one password hash for all (BCrypt of the demo password, from a demo account): signing in works as for the demo
        String hash = jdbc.queryForObject("select password_hash from account where username = 'deputy'", String.class);
        Rows accounts = new Rows("account", "id, username, password_hash, display_name, role, street_id, deputy_id, unit_id,"
                + " enabled, created_at, updated_at, version");
        long id = nextId("account");
        accountIds = new long[sizes.accounts()];
        for (int n = 0; n < accountIds.length; n++) {
            accountIds[n] = id + n;
            int kind = n % 12;
            if (kind < 9) {
                accounts.add(accountIds[n], String.format(Locale.ROOT, "p%06d", n), hash, "代表" + n, "DEPUTY", null,
                        personIds[n % personIds.length], null, true, now, now, 0);
            } else if (kind < 11) {
                accounts.add(accountIds[n], String.format(Locale.ROOT, "p%06d", n), hash, "街道工作人员" + n, "STREET_STAFF",
                        streetIds[n % streetIds.length], null, null, true, now, now, 0);
            } else {
                accounts.add(accountIds[n], String.format(Locale.ROOT, "p%06d", n), hash, "承办单位" + n, "UNIT", null, null,
                        unitIds[n % unitIds.length], true, now, now, 0);
            }
        }
        accounts.flush();

        // the demo's notices and audit lines as models, spread over the accounts and ten years
        List<Map<String, Object>> noticeModels = jdbc.queryForList("select kind, message_key, args, link from notification"
                + " order by id limit 50");
        List<Map<String, Object>> auditModels = jdbc.queryForList("select actor, action, object_type, object_id, summary,"
                + " summary_key, summary_args from audit_entry order by id limit 200");
        long demoDeputyAccount = jdbc.queryForObject("select id from account where username = 'deputy'", Long.class);
        Rows notices = new Rows("notification", "id, account_id, kind, message_key, args, link, created_at, read_at, mail_state,"
                + " version");
        long noticeId = nextId("notification");
        long threeYears = 3L * 365 * 24 * 3600;
        Instant end = Instant.now();
        for (int n = 0; n < sizes.notifications() && !noticeModels.isEmpty(); n++) {
            Map<String, Object> model = noticeModels.get(random.nextInt(noticeModels.size()));
            // one in fifty to the demo deputy, so that his inbox is a long one
            long account = n % 50 == 0 ? demoDeputyAccount : accountIds[random.nextInt(accountIds.length)];
            Timestamp created = Timestamp.from(end.minusSeconds((long) (random.nextDouble() * threeYears)));
            notices.add(noticeId + n, account, model.get("kind"), model.get("message_key"), model.get("args"), model.get("link"),
                    created, random.nextInt(4) == 0 ? null : created, "NONE", 0);
        }
        notices.flush();

        Rows audit = new Rows("audit_entry", "id, occurred_at, actor, action, object_type, object_id, summary, summary_key,"
                + " summary_args");
        long auditId = nextId("audit_entry");
        long tenYears = 10L * 365 * 24 * 3600;
        for (int n = 0; n < sizes.audit() && !auditModels.isEmpty(); n++) {
            Map<String, Object> model = auditModels.get(random.nextInt(auditModels.size()));
            Timestamp at = Timestamp.from(end.minusSeconds((long) (Math.sqrt(random.nextDouble()) * tenYears)));
            audit.add(auditId + n, at, n % 3 == 0 ? String.format(Locale.ROOT, "p%06d", random.nextInt(accountIds.length))
                    : model.get("actor"), model.get("action"), model.get("object_type"), model.get("object_id"), model.get("summary"),
                    model.get("summary_key"), model.get("summary_args"));
        }
        audit.flush();
    }

    // ---------------------------------------------------------------- helpers

    private long person() {
        return personIds[random.nextInt(personIds.length)];
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    private String hex() {
        return String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
    }

    private long nextId(String table) {
        long next = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class) + 1;
        first.putIfAbsent(table + ".id", next);
        return next;
    }

    /**
     * One table's rows, written in batches of {@link #BATCH} as they come and once more at
     * {@link #flush()}; the time spent is added to the table's line in the printed figures.
     */
    private final class Rows {
        private final String table;
        private final String sql;
        private final List<Object[]> pending = new ArrayList<>(BATCH);
        private final List<Rows> parents = new ArrayList<>();

        Rows(String table, String columns) {
            this.table = table;
            int count = columns.split(",").length;
            this.sql = "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(count - 1) + "?)";
        }

        /**
         * Rows this table's foreign keys point at: written before each batch of this one, so a
         * child row is added only after its parent's.
         */
        Rows after(Rows... tables) {
            parents.addAll(List.of(tables));
            return this;
        }

        void add(Object... row) {
            pending.add(row);
            if (pending.size() == BATCH) {
                write();
            }
        }

        void flush() {
            write();
        }

        private void write() {
            parents.forEach(Rows::write);
            if (pending.isEmpty()) {
                timings.computeIfAbsent(table, t -> new double[2]);
                return;
            }
            long started = System.nanoTime();
            jdbc.batchUpdate(sql, pending);
            double[] t = timings.computeIfAbsent(table, k -> new double[2]);
            t[0] += pending.size();
            t[1] += (System.nanoTime() - started) / 1e9;
            pending.clear();
        }
    }
}
