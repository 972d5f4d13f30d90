package cn.silian.documents;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.InvalidInputException;
import cn.silian.topics.GroupService;
import cn.silian.topics.MyGroup;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index is written when a transaction commits, so these tests commit for real and remove
 * what they made afterwards.
 */
@SilianSpringTest
@Tag("db")
class DocumentSearchTest {

    @Autowired DocumentService documents;
    @Autowired DocumentSearch search;
    @Autowired GroupService groups;
    @Autowired AccountService accounts;
    @Autowired EntityManagerFactory entityManagerFactory;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void removeWhatWasMade() {
        TestUsers.login(accounts, "office");
        for (long id : made) {
            DocumentRow row = documents.get(id);
            documents.softDelete(id, row.version());
        }
        documents.emptyBin();
        TestUsers.logout();
    }

    @Test
    void twoCharactersInsideALongerWordOfAPdfAreFoundWithAHighlightedSnippet() {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long id = upload(Space.group(group), "电梯调研情况", "survey.pdf",
                TestFiles.chinesePdf("本组走访了三个社区的人大代表联络站，听取居民对加装电梯的意见。"));

        SearchPage found = search.search("联络", 0, 10);
        assertThat(found.hits()).extracting(h -> h.document().id()).contains(id);
        SearchHit hit = found.hits().stream().filter(h -> h.document().id() == id).findFirst().orElseThrow();
        assertThat(hit.snippetHtml()).contains("<mark>").contains("联络");
        assertThat(hit.space()).isEqualTo(Space.group(group));
        // a whole word, and several words, are found too
        assertThat(ids(search.search("加装电梯", 0, 10))).contains(id);
        assertThat(ids(search.search("居民 意见", 0, 10))).contains(id);
        assertThat(ids(search.search("居民 卫星", 0, 10))).doesNotContain(id);
    }

    @Test
    void nobodyFindsWhatHeMayNotRead() {
        TestUsers.login(accounts, "deputy");
        long deputysGroup = firstGroup();
        long mine = upload(Space.group(deputysGroup), "协调会纪要", "a.pdf", TestFiles.chinesePdf("楼道照明改造方案"));

        TestUsers.login(accounts, "npc");
        long npcsGroup = firstGroup();
        long theirs = upload(Space.group(npcsGroup), "就业服务", "b.pdf", TestFiles.chinesePdf("楼道照明改造的就业岗位"));
        assertThat(ids(search.search("照明", 0, 10))).contains(theirs).doesNotContain(mine);
        assertThat(search.search("照明", 0, 10).total()).isEqualTo(1);

        TestUsers.login(accounts, "deputy");
        assertThat(ids(search.search("照明", 0, 10))).contains(mine).doesNotContain(theirs);

        TestUsers.login(accounts, "street01");
        assertThat(ids(search.search("照明", 0, 10))).doesNotContain(mine, theirs);

        TestUsers.login(accounts, "office");
        assertThat(ids(search.search("照明", 0, 10))).contains(mine, theirs);
        long library = upload(Space.LIBRARY, "照明设计规范", "c.pdf", TestFiles.chinesePdf("公共照明"));

        TestUsers.login(accounts, "street01");
        assertThat(ids(search.search("照明", 0, 10))).containsExactly(library);
    }

    @Test
    void theIndexFollowsChangesAndTheBin() {
        TestUsers.login(accounts, "deputy");
        long group = firstGroup();
        long id = upload(Space.group(group), "第一稿", "v1.pdf", TestFiles.chinesePdf("老旧小区停车难"));
        assertThat(ids(search.search("停车", 0, 10))).contains(id);

        DocumentRow row = documents.get(id);
        documents.uploadVersion(id, row.version(), "v2.pdf",
                new ByteArrayInputStream(TestFiles.chinesePdf("老旧小区垃圾分类")));
        assertThat(ids(search.search("停车", 0, 10))).doesNotContain(id);
        assertThat(ids(search.search("垃圾分类", 0, 10))).contains(id);

        row = documents.get(id);
        documents.describe(id, row.version(), "调研", "社区治理专题", null, "物业", false);
        assertThat(ids(search.search("治理", 0, 10))).contains(id);
        assertThat(ids(search.search("物业", 0, 10))).contains(id);

        row = documents.get(id);
        documents.softDelete(id, row.version());
        made.remove(id);
        assertThat(ids(search.search("垃圾分类", 0, 10))).doesNotContain(id);
    }

    @Test
    void theIndexIsRebuiltFromTheDatabase() throws Exception {
        TestUsers.login(accounts, "office");
        long id = upload(Space.LIBRARY, "代表建议办理流程", "p.pdf", TestFiles.chinesePdf("建议交办与督办"));
        // The upload indexed it: from an emptied index only a real rebuild finds it again.
        SearchWorkspace index = Search.mapping(entityManagerFactory).scope(Document.class).workspace();
        index.purge();
        index.refresh();
        assertThat(ids(search.search("督办", 0, 10))).doesNotContain(id);

        List<Long> progress = new ArrayList<>();
        search.rebuild(progress::add);
        assertThat(progress).isNotEmpty();
        assertThat(progress.getLast()).isEqualTo(search.indexableCount());
        assertThat(ids(search.search("督办", 0, 10))).contains(id);
    }

    @Test
    void aQueryTooLongIsRefusedAndABlankOneFindsNothing() {
        TestUsers.login(accounts, "deputy");
        long id = upload(Space.group(firstGroup()), "联络站工作制度", "r.pdf", TestFiles.chinesePdf("代表进站接待"));
        assertThat(search.search("   ", 0, 10)).isEqualTo(SearchPage.EMPTY);
        assertThatThrownBy(() -> search.search("长".repeat(DocumentSearch.QUERY_MAX + 1), 0, 10))
                .isInstanceOf(InvalidInputException.class);
        // the query syntax's own characters are taken as text, not as an error
        assertThat(ids(search.search("\"联络 + -(", 0, 10))).contains(id);
    }

    @Test
    void onlyStaffRebuildTheIndex() {
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> search.rebuild(n -> { }))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long upload(Space space, String title, String fileName, byte[] bytes) {
        long id = documents.upload(space, null, title, null, null, false, fileName, new ByteArrayInputStream(bytes));
        made.add(id);
        return id;
    }

    private long firstGroup() {
        List<MyGroup> mine = groups.myGroups();
        assertThat(mine).isNotEmpty();
        return mine.getFirst().groupId();
    }

    private static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(h -> h.document().id()).toList();
    }
}
