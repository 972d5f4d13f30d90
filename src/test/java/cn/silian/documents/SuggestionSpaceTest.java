package cn.silian.documents;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.SimilarityFixture;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionService;
import cn.silian.security.AccountService;
import cn.silian.shared.NotFoundException;
import cn.silian.stations.ReceptionCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A suggestion's attachments follow the suggestion's own visibility: its deputies, the units it
 * is assigned to, the office. Committed for real, so that search sees them; removed afterwards.
 */
@SilianSpringTest
@Tag("db")
class SuggestionSpaceTest {

    @Autowired DocumentService documents;
    @Autowired DocumentSearch search;
    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;
    @Autowired AccountService accounts;

    private final List<Long> made = new ArrayList<>();
    private SimilarityFixture fixture;

    @BeforeEach
    void suggestions() {
        fixture = SimilarityFixture.ensure(accounts, suggestions, units);
    }

    @AfterEach
    void removeWhatWasMade() {
        TestUsers.login(accounts, "office");
        for (long id : made) {
            documents.softDelete(id, documents.get(id).version());
        }
        documents.emptyBin();
        TestUsers.logout();
    }

    @Test
    void aDeputyWhoIsNotInvolvedCannotReadOrDownloadADraftsAttachment() throws Exception {
        TestUsers.login(accounts, "npc");
        long draft = suggestions.draft(new SuggestionDraft("关于社区食堂建设的建议", "建议在老旧小区配建社区老年食堂。",
                ReceptionCategory.OTHER));
        Space space = Space.suggestion(draft);
        assertThat(documents.mayWrite(space)).isTrue();
        long id = upload(space, "食堂选址调研", "社区老年食堂选址调研报告");

        TestUsers.login(accounts, "deputy");
        assertThat(documents.mayRead(space)).isFalse();
        assertThatThrownBy(() -> documents.page(space, null, PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.open(id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> upload(space, "x", "老年食堂")).isInstanceOf(NotFoundException.class);
        assertThat(ids(search.search("老年食堂", 0, 10))).doesNotContain(id);

        TestUsers.login(accounts, "npc");
        assertThat(ids(search.search("老年食堂", 0, 10))).contains(id);
        documents.open(id, 1).content().open().close();
    }

    @Test
    void aUnitReadsTheAttachmentsOfWhatIsAssignedToItAndNothingElse() throws Exception {
        TestUsers.login(accounts, "office");
        Space elevator = Space.suggestion(fixture.id("elevator"));
        long id = upload(elevator, "加装电梯补贴测算", "加装电梯财政补贴测算表");

        TestUsers.login(accounts, SimilarityFixture.UNIT_A);
        assertThat(documents.mayRead(elevator)).isTrue();
        // the lead unit adds to it while handling
        assertThat(documents.mayWrite(elevator)).isTrue();
        assertThat(documents.page(elevator, null, PageRequest.of(0, 10)).getContent()).extracting(DocumentRow::id).contains(id);
        documents.open(id, 1).content().open().close();
        assertThat(ids(search.search("补贴测算", 0, 10))).contains(id);
        // and sees nothing of the district's own documents
        assertThat(documents.mayRead(Space.LIBRARY)).isFalse();

        TestUsers.login(accounts, SimilarityFixture.UNIT_B);
        assertThat(documents.mayRead(elevator)).isFalse();
        assertThatThrownBy(() -> documents.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.open(id, 1)).isInstanceOf(NotFoundException.class);
        assertThat(ids(search.search("补贴测算", 0, 10))).doesNotContain(id);
        assertThat(documents.mayRead(Space.suggestion(fixture.id("river")))).isTrue();
    }

    private long upload(Space space, String title, String text) {
        long id = documents.upload(space, null, title, null, null, false, "附件.pdf",
                new ByteArrayInputStream(TestFiles.chinesePdf(text)));
        made.add(id);
        return id;
    }

    private static List<Long> ids(SearchPage page) {
        return page.hits().stream().map(h -> h.document().id()).toList();
    }
}
