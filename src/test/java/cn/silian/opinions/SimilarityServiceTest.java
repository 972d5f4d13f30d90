package cn.silian.opinions;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.InvalidInputException;
import cn.silian.stations.ReceptionCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Similar suggestions and opinions over the real index. The index learns of rows when their
 * transaction commits, so the suggestions are committed ({@link SimilarityFixture}).
 */
@SilianSpringTest
@Tag("db")
class SimilarityServiceTest {

    @Autowired SimilarityService similarity;
    @Autowired SuggestionService suggestions;
    @Autowired HandlingUnitService units;
    @Autowired OpinionService opinions;
    @Autowired AccountService accounts;
    @Autowired SimilarityIndex index;
    @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory;

    SimilarityFixture fixture;

    @BeforeEach
    void suggestions() {
        fixture = SimilarityFixture.ensure(accounts, suggestions, units);
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void aSuggestionRewordedFromAnotherIsAmongTheTopThreeAndAnUnrelatedOneIsNot() {
        TestUsers.login(accounts, "office");
        // The demo's research months hold many opinions about lifts, which rank among the hits too:
        // the best three suggestions are looked for among as many hits as the service gives.
        List<SimilarHit> top = suggestionsOnly(similarity.similarTo(SimilarityTexts.REWORDED_TITLE,
                SimilarityTexts.REWORDED_BODY, null, SimilarityService.MAX)).stream().limit(3).toList();
        assertThat(top).extracting(SimilarHit::id).contains(fixture.id("elevator"))
                .doesNotContain(fixture.id("parking-fees"), fixture.id("school-meals"), fixture.id("river"), fixture.id("bus"));
        SimilarHit elevator = hit(top, fixture.id("elevator"));
        assertThat(elevator.reason()).contains("电梯");
        assertThat(elevator.readable()).isTrue();
        assertThat(elevator.snippet()).contains("电梯");
        assertThat(elevator.title()).isEqualTo(SimilarityTexts.ELEVATOR_TITLE);
        assertThat(elevator.leadName()).isEqualTo("刘海燕");
        assertThat(elevator.year()).isEqualTo(LocalDate.now().getYear());
    }

    @Test
    void anotherDeputySeesTheTitleYearStateAndLeadOfASuggestionHeMayNotOpenButNeverItsText() {
        TestUsers.login(accounts, "deputy");
        SimilarHit elevator = hit(similarity.similarTo(SimilarityTexts.REWORDED_TITLE, SimilarityTexts.REWORDED_BODY,
                null, 5), fixture.id("elevator"));
        assertThat(elevator.readable()).isFalse();
        assertThat(elevator.snippet()).isNull();
        assertThat(elevator.title()).isEqualTo(SimilarityTexts.ELEVATOR_TITLE);
        assertThat(elevator.leadName()).isEqualTo("刘海燕");
        assertThat(elevator.stateKey()).isEqualTo(SuggestionState.ASSIGNED.messageKey());
        // its lead deputy may open it
        TestUsers.login(accounts, "npc");
        SimilarHit own = hit(similarity.similarTo(SimilarityTexts.REWORDED_TITLE, SimilarityTexts.REWORDED_BODY, null, 5),
                fixture.id("elevator"));
        assertThat(own.readable()).isTrue();
        assertThat(own.snippet()).isNotBlank();
    }

    @Test
    void aUnitNeverFindsAnotherUnitsSuggestion() {
        TestUsers.login(accounts, SimilarityFixture.UNIT_B);
        assertThat(similarity.similarTo(SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.ELEVATOR_BODY, null, 20))
                .extracting(SimilarHit::id).doesNotContain(fixture.id("elevator"));
        assertThat(similarity.similarTo(SimilarityTexts.RIVER_TITLE, SimilarityTexts.RIVER_BODY, null, 20))
                .filteredOn(h -> h.kind() == SimilarHit.Kind.SUGGESTION)
                .allSatisfy(h -> assertThat(h.readable()).isTrue())
                .extracting(SimilarHit::id).containsExactly(fixture.id("river"));
        TestUsers.login(accounts, SimilarityFixture.UNIT_A);
        assertThat(hit(similarity.similarTo(SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.ELEVATOR_BODY, null, 20),
                fixture.id("elevator")).readable()).isTrue();
    }

    @Test
    void theDraftItselfIsLeftOut() {
        TestUsers.login(accounts, "npc");
        assertThat(similarity.similarTo(SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.ELEVATOR_BODY,
                fixture.id("elevator"), 20)).extracting(SimilarHit::id).doesNotContain(fixture.id("elevator"));
    }

    @Test
    void opinionsAreFoundOnlyByThoseWhoMayReadThem() {
        long opinion = TestUsers.as(accounts, "street01", () -> opinions.record(cn.silian.opinions.OpinionSource.DIRECT, null,
                new OpinionDraft("我们小区是九十年代的老楼，六楼老人天天爬楼梯，希望能加装电梯。", ReceptionCategory.HOUSING,
                        callersStreet(), "幸福社区", null, null, null)));
        TestUsers.login(accounts, "street01");
        SimilarHit found = similarity.similarTo(SimilarityTexts.REWORDED_TITLE, SimilarityTexts.REWORDED_BODY, null, 20)
                .stream().filter(h -> h.kind() == SimilarHit.Kind.OPINION && h.id() == opinion).findFirst().orElseThrow();
        assertThat(found.readable()).isTrue();
        assertThat(found.title()).startsWith("我们小区是九十年代的老楼");
        assertThat(found.reason()).contains("电梯");
        // staff of another street never learn of it
        TestUsers.login(accounts, "street02");
        assertThat(similarity.similarTo(SimilarityTexts.REWORDED_TITLE, SimilarityTexts.REWORDED_BODY, null, 20))
                .noneMatch(h -> h.kind() == SimilarHit.Kind.OPINION && h.id() == opinion);
    }

    @Test
    void aBlankTextFindsNothingAndAnOversizedOneIsRefused() {
        TestUsers.login(accounts, "deputy");
        assertThat(similarity.similarTo(" ", null, null, 5)).isEmpty();
        assertThatThrownBy(() -> similarity.similarTo("电梯".repeat(SuggestionDraft.TITLE_MAX), "", null, 5))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nearDuplicatesAreTheOfficesAndPairTheTwinsOfTheYear() {
        TestUsers.login(accounts, "office");
        int year = LocalDate.now().getYear();
        List<DuplicateCluster> clusters = similarity.nearDuplicates(year, SimilarityService.DUPLICATE_THRESHOLD);
        DuplicateCluster lights = clusters.stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.id() == fixture.id("stair-lights"))).findFirst().orElseThrow();
        assertThat(lights.members()).extracting(DuplicateCluster.Member::id)
                .contains(fixture.id("stair-lights-twin"))
                .doesNotContain(fixture.id("parking-fees"), fixture.id("school-meals"), fixture.id("bus"));
        assertThat(lights.pairs().getFirst().score()).isBetween(SimilarityService.DUPLICATE_THRESHOLD, 1.0);
        assertThat(lights.pairs().getFirst().reason()).contains("楼道");
        assertThat(clusters).noneMatch(c -> c.members().stream().anyMatch(m -> m.id() == fixture.id("school-meals")));

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> similarity.nearDuplicates(year, 0.3)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEmptiedIndexIsFilledAgainAtStartAndByTheOfficesRebuild() throws Exception {
        TestUsers.login(accounts, "office");
        purge();
        assertThat(similarity.similarTo(SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.ELEVATOR_BODY, null, 20)).isEmpty();
        assertThat(index.fillEmptyIndexes()).isPositive();
        assertThat(similarity.similarTo(SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.ELEVATOR_BODY, null, 20))
                .extracting(SimilarHit::id).contains(fixture.id("elevator"));
        // an index with something in it is left alone
        assertThat(index.fillEmptyIndexes()).isZero();

        purge();
        similarity.rebuildIndex();
        assertThat(similarity.similarTo(SimilarityTexts.ELEVATOR_TITLE, SimilarityTexts.ELEVATOR_BODY, null, 20))
                .extracting(SimilarHit::id).contains(fixture.id("elevator"));
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> similarity.rebuildIndex()).isInstanceOf(AccessDeniedException.class);
    }

    private void purge() {
        var workspace = org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(List.of(Suggestion.class, Opinion.class)).workspace();
        workspace.purge();
        workspace.refresh();
    }

    private Long callersStreet() {
        return accounts.loadUserByUsername("street01") instanceof cn.silian.security.SilianUser u ? u.streetId() : null;
    }

    private static List<SimilarHit> suggestionsOnly(List<SimilarHit> hits) {
        return hits.stream().filter(h -> h.kind() == SimilarHit.Kind.SUGGESTION).toList();
    }

    private static SimilarHit hit(List<SimilarHit> hits, long suggestionId) {
        return hits.stream().filter(h -> h.kind() == SimilarHit.Kind.SUGGESTION && h.id() == suggestionId)
                .findFirst().orElseThrow(() -> new AssertionError("suggestion " + suggestionId + " not among " + hits));
    }
}
