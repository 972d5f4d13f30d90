package cn.silian.documents;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A change another node made reaches this node's index: here, a change written past Hibernate Search. */
@SilianSpringTest
@Tag("db")
class IndexCatchUpTest {

    @Autowired DocumentService documents;
    @Autowired DocumentSearch search;
    @Autowired IndexCatchUp catchUp;
    @Autowired IndexJobs jobs;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private long made;

    @AfterEach
    void remove() {
        TestUsers.login(accounts, "office");
        documents.softDelete(made, documents.get(made).version());
        documents.emptyBin();
        TestUsers.logout();
    }

    @Test
    void aDocumentChangedThroughAnotherNodeIsFoundByItsNewTitleAfterTheCatchUp() {
        TestUsers.login(accounts, "office");
        made = documents.upload(Space.LIBRARY, null, "旧标题", null, null, false, "a.pdf",
                new ByteArrayInputStream(TestFiles.chinesePdf("正文")));
        jdbc.update("update document set title = ?, updated_at = ?, version = version + 1 where id = ?",
                "垃圾分类宣传手册", Timestamp.from(Instant.now()), made);
        assertThat(search.search("宣传手册", 0, 10).hits()).isEmpty();

        assertThat(catchUp.run()).isPositive();
        assertThat(search.search("宣传手册", 0, 10).hits()).extracting(h -> h.document().id()).containsExactly(made);
    }

    @Test
    void aCatchUpDuringARebuildIsSkippedAndTheNextOneStillFindsTheChange() throws InterruptedException {
        TestUsers.login(accounts, "office");
        made = documents.upload(Space.LIBRARY, null, "旧标题", null, null, false, "b.pdf",
                new ByteArrayInputStream(TestFiles.chinesePdf("正文")));
        jdbc.update("update document set title = ?, updated_at = ?, version = version + 1 where id = ?",
                "蝴蝶标本馆参观须知", Timestamp.from(Instant.now()), made);

        // A rebuild's turn is held while the scheduled catch-up fires: it must keep out of the index.
        jobs.rebuild(() -> assertThat(catchUp.run()).isZero());
        assertThat(search.search("蝴蝶标本", 0, 10).hits()).extracting(h -> h.document().id()).doesNotContain(made);

        assertThat(catchUp.run()).isPositive();
        assertThat(search.search("蝴蝶标本", 0, 10).hits()).extracting(h -> h.document().id()).containsExactly(made);
    }
}
