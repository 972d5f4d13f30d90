package cn.silian.benchmark;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.documents.DocumentSearch;
import cn.silian.documents.DocumentService;
import cn.silian.documents.SearchPage;
import cn.silian.documents.Space;
import cn.silian.security.AccountService;
import cn.silian.topics.GroupService;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
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
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared documents at the province scale of DESIGN.md: 1,000,000 documents with one version
 * each over 20,000 groups, 200,000 meetings, 5,000 stations and the library, next to the demo
 * district ({@link Scale}). Rebuilds the full-text index from them, then times listing and
 * searching. Prints figures; asserts nothing about time, only that each query answers what the
 * seeded rows make it answer. The seeded rows are deleted and the index rebuilt afterwards, so
 * tests sharing the context see the demo's documents only.
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=DocumentsBenchmark}; a smaller scale with
 * {@code -Dsilian.benchmark.documents=100000}.
 */
@SilianSpringTest
@Tag("benchmark")
@Tag("db")
class DocumentsBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("silian.benchmark.documents", Scale.of(1_000_000));
    private static final int GROUPS = Scale.of(20_000);
    private static final int MEETINGS = Scale.of(200_000);
    private static final int STATIONS = Scale.of(5_000);
    private static final int DEPUTYS_GROUP_DOCUMENTS = 200;
    /** Far above any real id, so no seeded space is one a demo user belongs to by chance. */
    private static final long SPACE_ID_BASE = 1_000_000_000L;
    private static final long BIG_GROUP = SPACE_ID_BASE;
    private static final int PAGE = 50;

    private static final String[] SUBJECTS = {"街道办事处", "社区居委会", "人大代表", "代表联络站", "区政府", "有关部门",
            "居民代表", "调研组", "物业公司", "市场监管局", "卫生健康委", "教育局"};
    private static final String[] VERBS = {"加强", "推进", "完善", "落实", "研究", "协调", "督促", "改进", "规范", "优化"};
    private static final String[] MATTERS = {"养老服务", "垃圾分类", "老旧小区改造", "停车管理", "义务教育", "食品安全",
            "医疗保障", "河道治理", "营商环境", "便民服务", "社区治理", "公共交通", "住房保障", "就业创业", "安全生产",
            "文化惠民", "农村公路", "饮用水安全", "学前教育", "消防安全"};
    private static final String[] KINDS = {"调研报告", "会议纪要", "工作方案", "通知", "代表建议", "办理答复", "情况说明",
            "座谈记录"};
    /** Each in about one document of 10,000: the selective words. */
    private static final String[] RARE = {"湿地", "古籍", "滑坡", "蜂农", "渡口", "茶园", "窑址", "梯田", "桑蚕", "渔港"};
    private static final String COMMON_WORD = "工作";
    private static final String RARE_WORD = RARE[0];

    @Autowired JdbcTemplate jdbc;
    @Autowired DocumentService documents;
    @Autowired DocumentSearch search;
    @Autowired GroupService groups;
    @Autowired AccountService accounts;
    @Autowired EntityManagerFactory entityManagerFactory;

    /** One seeded document, as the list and the search see it. */
    private record Seeded(String kind, Long spaceId, String text) {
    }

    private final List<Seeded> seeded = new ArrayList<>();
    private long firstSeededId;

    @AfterEach
    void removeSeededDocuments() throws InterruptedException {
        Timings.reuseResultsOnH2(jdbc, true);
        if (firstSeededId > 0) {
            long started = System.nanoTime();
            long last = jdbc.queryForObject("select coalesce(max(id), 0) from document", Long.class);
            for (long from = firstSeededId; from <= last; from += 50_000) {
                jdbc.update("delete from document_version where document_id between ? and ?", from, from + 49_999);
                jdbc.update("delete from document where id between ? and ?", from, from + 49_999);
            }
            TestUsers.login(accounts, "office");
            search.rebuild(n -> { });
            System.out.printf(Locale.ROOT, "Removed the seeded documents and rebuilt the index in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
        }
        TestUsers.logout();
    }

    @Test
    void documentQueriesAtProvinceScale() throws InterruptedException {
        TestUsers.login(accounts, "deputy");
        long deputysGroup = groups.myGroups().getFirst().groupId();
        TestUsers.login(accounts, "office");
        long libraryBefore = documents.count(Space.LIBRARY, null);
        seed(deputysGroup);

        long total = jdbc.queryForObject("select count(*) from document", Long.class);
        long started = System.nanoTime();
        search.rebuild(n -> { });
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        long indexBytes = Search.mapping(entityManagerFactory).indexManager("document")
                .unwrap(LuceneIndexManager.class).computeSizeInBytes();
        System.gc();
        long heapBytes = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        Space library = Space.LIBRARY;
        Space bigGroup = Space.group(BIG_GROUP);
        long inLibrary = documents.count(library, null);
        long inBigGroup = documents.count(bigGroup, null);
        int libraryMiddle = (int) (inLibrary / 2 / PAGE);
        int groupMiddle = (int) (inBigGroup / 2 / PAGE);
        Timings.reuseResultsOnH2(jdbc, false);
        assertThat(inLibrary).isEqualTo(libraryBefore + seeded(d -> d.kind().equals("LIBRARY")));
        assertThat(inBigGroup).isEqualTo(seeded(d -> d.kind().equals("GROUP") && d.spaceId() == BIG_GROUP)).isPositive();
        List<String[]> rows = new ArrayList<>();
        rows.add(Timings.measure(String.format(Locale.ROOT, "office: library (%,d), first page of %d", inLibrary, PAGE),
                () -> documents.page(library, null, PageRequest.of(0, PAGE)), page -> assertThat(page.getContent()).isNotEmpty()));
        rows.add(Timings.measure(String.format(Locale.ROOT, "office: library, page at offset %,d", libraryMiddle * PAGE),
                () -> documents.page(library, null, PageRequest.of(libraryMiddle, PAGE)), page -> assertThat(page.getContent()).isNotEmpty()));
        rows.add(Timings.measure("office: library, count", () -> documents.count(library, null),
                count -> assertThat(count).isEqualTo(inLibrary)));
        rows.add(Timings.measure(String.format(Locale.ROOT, "office: big group (%,d), first page of %d", inBigGroup, PAGE),
                () -> documents.page(bigGroup, null, PageRequest.of(0, PAGE)),
                page -> assertThat(page.getContent()).hasSize((int) Math.min(PAGE, inBigGroup))));
        rows.add(Timings.measure(String.format(Locale.ROOT, "office: big group, page at offset %,d", groupMiddle * PAGE),
                () -> documents.page(bigGroup, null, PageRequest.of(groupMiddle, PAGE)), page -> assertThat(page.getContent()).isNotEmpty()));
        rows.add(Timings.measure("office: big group, count", () -> documents.count(bigGroup, null),
                count -> assertThat(count).isEqualTo(inBigGroup)));
        rows.add(searchRow("office", COMMON_WORD, seeded(d -> d.text().contains(COMMON_WORD))));
        rows.add(searchRow("office", RARE_WORD, seeded(d -> d.text().contains(RARE_WORD))));
        TestUsers.login(accounts, "deputy");
        Predicate<Seeded> his = d -> d.kind().equals("LIBRARY") || d.kind().equals("GROUP") && d.spaceId() == deputysGroup;
        rows.add(searchRow("deputy", COMMON_WORD, seeded(his.and(d -> d.text().contains(COMMON_WORD)))));
        rows.add(searchRow("deputy", RARE_WORD, seeded(his.and(d -> d.text().contains(RARE_WORD)))));

        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
        System.out.println(new StringBuilder()
                .append("\n== Documents benchmark on ").append(database).append(" ==\n")
                .append(String.format(Locale.ROOT, "documents: %,d (seeded now: %,d, silian.benchmark.documents);"
                        + " %d runs after %d warm-up%n", total, DOCUMENTS, Timings.RUNS, Timings.WARMUP))
                .append(String.format(Locale.ROOT, "index rebuild: %.1f s, %,.0f documents/s; index size %,.1f MB%n",
                        rebuildSeconds, total / rebuildSeconds, indexBytes / 1e6))
                .append(String.format(Locale.ROOT, "heap in use after the rebuild: %,d MB of %,d MB%n",
                        heapBytes >> 20, Runtime.getRuntime().maxMemory() >> 20))
                .append("plan, a big group's deep page: ").append(plan(BIG_GROUP, groupMiddle * PAGE)).append('\n')
                .append("plan, the library's deep page: ").append(plan(null, libraryMiddle * PAGE)).append('\n')
                .append(Timings.table(rows, 56)));
    }

    /**
     * The database's plan for the query behind {@link DocumentService#page}, as Hibernate writes
     * it: H2's without the column list, MariaDB's rows as they come.
     */
    private String plan(Long spaceId, int offset) {
        String plan = (spaceId == null
                ? jdbc.queryForList("explain select d.* from document d where d.space_kind = 'LIBRARY'"
                        + " and d.space_id is null and d.deleted_at is null order by d.updated_at desc, d.id limit 50 offset ?",
                        offset)
                : jdbc.queryForList("explain select d.* from document d where d.space_kind = 'GROUP'"
                        + " and d.space_id = ? and d.deleted_at is null order by d.updated_at desc, d.id limit 50 offset ?",
                        spaceId, offset))
                .stream().map(Object::toString).reduce((a, b) -> a + " " + b).orElse("").replaceAll("\\s+", " ");
        return plan.contains(" FROM ") ? plan.substring(plan.indexOf(" FROM ") + 1) : plan;
    }

    /**
     * The library view's search: the first page of 50 hits, with snippets, and the total. It must
     * find every seeded document with the word that the caller may read; the demo's documents
     * come on top (how many depends on what their extraction has indexed by then).
     */
    private String[] searchRow(String who, String word, long seededWithWord) {
        Supplier<SearchPage> query = () -> search.search(word, 0, PAGE);
        long total = query.get().total();
        return Timings.measure(String.format(Locale.ROOT, "%s: search '%s' (%,d hits), first %d", who, word, total, PAGE),
                query, page -> {
                    assertThat(seededWithWord).as("seeded documents with " + word).isPositive();
                    assertThat(page.total()).as(who + " searching " + word).isGreaterThanOrEqualTo(seededWithWord);
                    assertThat(page.hits()).hasSize((int) Math.min(PAGE, page.total()));
                });
    }

    private long seeded(Predicate<Seeded> matches) {
        return seeded.stream().filter(matches).count();
    }

    /**
     * Documents with one version each: some in the deputy's real group, a big group, the library,
     * the rest spread over groups, meetings and stations that need not exist for the queries.
     */
    private void seed(long deputysGroup) {
        long started = System.nanoTime();
        Random random = new Random(42);
        long fiveYears = 5L * 365 * 24 * 3600;
        Instant now = Instant.now();
        firstSeededId = jdbc.queryForObject("select coalesce(max(id), 0) from document", Long.class) + 1;
        final int batch = 2_000;
        List<Object[]> documentRows = new ArrayList<>(batch);
        List<Object[]> versionRows = new ArrayList<>(batch);
        for (int n = 0; n < DOCUMENTS; n++) {
            long id = firstSeededId + n;
            String kind;
            Long spaceId;
            int pick = random.nextInt(100);
            if (n < Math.min(DEPUTYS_GROUP_DOCUMENTS, DOCUMENTS / 10)) {
                kind = "GROUP";
                spaceId = deputysGroup;
            } else if (pick < 5) {
                kind = "LIBRARY";
                spaceId = null;
            } else if (pick < 7) {
                kind = "GROUP";
                spaceId = BIG_GROUP;
            } else if (pick < 32) {
                kind = "GROUP";
                spaceId = SPACE_ID_BASE + 1 + random.nextInt(GROUPS);
            } else if (pick < 87) {
                kind = "MEETING";
                spaceId = SPACE_ID_BASE + random.nextInt(MEETINGS);
            } else {
                kind = "STATION";
                spaceId = SPACE_ID_BASE + random.nextInt(STATIONS);
            }
            String matter = MATTERS[random.nextInt(MATTERS.length)];
            String title = "关于" + VERBS[random.nextInt(VERBS.length)] + matter + "的" + KINDS[random.nextInt(KINDS.length)]
                    + "（" + (n % 1000 + 1) + "号）";
            Timestamp updated = Timestamp.from(now.minusSeconds((long) (random.nextDouble() * fiveYears)));
            boolean internal = random.nextInt(10) == 0;
            String content = content(random, matter);
            if (n == 0) {
                // so that the rare word is found in the deputy's group at any scale
                content += "代表建议保护" + RARE_WORD + "资源。";
            }
            documentRows.add(new Object[]{id, kind, spaceId, title, internal, content, updated, updated});
            seeded.add(new Seeded(kind, spaceId, title + " " + content));
            versionRows.add(new Object[]{id, title + ".pdf", 20_000 + random.nextInt(2_000_000),
                    hex(random) + hex(random), UUID.randomUUID().toString(), updated});
            if (documentRows.size() == batch || n == DOCUMENTS - 1) {
                jdbc.batchUpdate("insert into document (id, space_kind, space_id, title, internal, content_text, created_by,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, 'benchmark', ?, ?, 0)", documentRows);
                jdbc.batchUpdate("insert into document_version (document_id, number, file_name, content_type, size_bytes,"
                        + " sha256, storage_key, uploaded_by, uploaded_at)"
                        + " values (?, 1, ?, 'application/pdf', ?, ?, ?, 'benchmark', ?)", versionRows);
                documentRows.clear();
                versionRows.clear();
            }
        }
        System.out.printf(Locale.ROOT, "Seeded %,d documents in %.1f s%n", DOCUMENTS, (System.nanoTime() - started) / 1e9);
    }

    /** Four to seven sentences of office prose; nearly every one says 工作, about one in 1,000 a rare word. */
    private static String content(Random random, String matter) {
        StringBuilder text = new StringBuilder();
        int sentences = 4 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            String about = s == 0 ? matter : MATTERS[random.nextInt(MATTERS.length)];
            text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append("要").append(VERBS[random.nextInt(VERBS.length)])
                    .append(about).append(random.nextInt(10) < 9 ? COMMON_WORD : "措施").append("。");
        }
        if (random.nextInt(1_000) == 0) {
            text.append("代表建议保护").append(RARE[random.nextInt(RARE.length)]).append("资源。");
        }
        return text.toString();
    }

    private static String hex(Random random) {
        return String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
    }
}
