package cn.silian.projects;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static cn.silian.projects.BallotFixture.asDeputy;
import static cn.silian.projects.BallotFixture.voteAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("db")
@SilianSpringTest
@Transactional
@RecordApplicationEvents
class BallotServiceTest {

    static final int YEAR = 2091;

    @Autowired AccountService accounts;
    @Autowired BallotService ballots;
    @Autowired BallotStore store;
    @Autowired LivelihoodProjectRepository projectRepository;
    @Autowired EntityManager em;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    BallotFixture fixture;
    List<Long> eligible;

    @BeforeEach
    void signIn() {
        fixture = new BallotFixture(projectRepository, em);
        eligible = fixture.eligible();
        TestUsers.login(accounts, "office");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long deputy() {
        return ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
    }

    private long npc() {
        return ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
    }

    private static BallotDraft draft(int year, int max, boolean secret, BallotThreshold threshold, BallotTieRule tie) {
        return new BallotDraft(year, "Ballot " + year, LocalDate.of(year, 1, 10), max, secret, threshold, tie);
    }

    /** A ballot of {@code n} fresh candidates of {@code year}, still a draft. */
    private long draftBallot(int year, int n, int max, boolean secret, BallotThreshold threshold, BallotTieRule tie) {
        long id = ballots.create(draft(year, max, secret, threshold, tie));
        long version = ballots.get(id).version();
        for (long p : fixture.shortlisted(year, n)) {
            version = ballots.addCandidate(id, version, p);
        }
        return id;
    }

    private long openBallot(int year, int n, int max, boolean secret) {
        long id = draftBallot(year, n, max, secret, BallotThreshold.MORE_THAN_HALF_OF_CAST, BallotTieRule.EXCLUDE_TIED);
        ballots.open(id, ballots.get(id).version());
        return id;
    }

    private List<Long> candidates(long ballot) {
        return ballots.get(ballot).candidates().stream().map(BallotCandidate::projectId).toList();
    }

    private long cast(long ballot) {
        return ballots.result(ballot).cast();
    }

    @Test
    void aDeputyVotesOnceElectronicallyAndASecondVoteChangesNothing() {
        long ballot = openBallot(YEAR, 4, 2, true);
        List<Long> c = candidates(ballot);
        voteAs(ballots, deputy(), ballot, Set.of(c.get(0), c.get(1)));
        assertThatThrownBy(() -> voteAs(ballots, deputy(), ballot, Set.of(c.get(2))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.vote.already");
        BallotResult r = ballots.result(ballot);
        assertThat(r.cast()).isEqualTo(1);
        assertThat(r.lines()).filteredOn(l -> l.projectId() == c.get(2)).extracting(BallotResult.Line::votes).containsExactly(0L);
        assertThat(asDeputy(deputy(), () -> ballots.get(ballot))).satisfies(d -> {
            assertThat(d.voted()).isTrue();
            assertThat(d.mayVote()).isFalse();
        });
    }

    @Test
    void aDeputyOnAPaperSheetCannotVoteElectronicallyAndViceVersa() {
        long ballot = openBallot(YEAR, 3, 2, true);
        List<Long> c = candidates(ballot);
        long other = eligible.stream().filter(d -> d != deputy()).findFirst().orElseThrow();
        ballots.enterTally(ballot, new BallotTallySheet("table 1", List.of(deputy()), 0, Map.of(c.get(0), 1)));
        assertThatThrownBy(() -> voteAs(ballots, deputy(), ballot, Set.of(c.get(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.vote.already");
        voteAs(ballots, other, ballot, Set.of(c.get(1)));
        assertThatThrownBy(() -> ballots.enterTally(ballot, new BallotTallySheet("table 2", List.of(other), 0,
                Map.of(c.get(2), 1)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ballot.tally.already-voted");
        assertThat(ballots.tallies(ballot)).hasSize(1);
        assertThat(cast(ballot)).isEqualTo(2);
        // the database refuses a second row for the same deputy whatever the code above it checks
        assertThatThrownBy(() -> store.addVoter(ballot, other, BallotStore.PAPER, null))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void onlyActiveDistrictDeputiesOfTheCurrentTermVote() {
        long ballot = openBallot(YEAR, 3, 2, true);
        List<Long> c = candidates(ballot);
        assertThatThrownBy(() -> voteAs(ballots, npc(), ballot, Set.of(c.get(0)))).isInstanceOf(AccessDeniedException.class);
        long representative = fixture.streetRepresentative();
        assertThatThrownBy(() -> voteAs(ballots, representative, ballot, Set.of(c.get(0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ballots.enterTally(ballot, new BallotTallySheet("t", List.of(npc()), 0, Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.tally.not-eligible");
        assertThat(cast(ballot)).isZero();
        assertThat(asDeputy(npc(), () -> ballots.get(ballot).mayVote())).isFalse();
        assertThat(asDeputy(deputy(), () -> ballots.get(ballot).mayVote())).isTrue();
        assertThat(ballots.result(ballot).eligible()).isEqualTo(eligible.size());
        assertThat(ballots.notVoted(ballot)).hasSize(eligible.size()).extracting(BallotVoter::deputyId)
                .doesNotContain(npc(), representative);
    }

    @Test
    void paperAndElectronicVotesSumInOneCount() {
        long ballot = openBallot(YEAR, 3, 2, false);
        List<Long> c = candidates(ballot);
        voteAs(ballots, eligible.get(0), ballot, Set.of(c.get(0), c.get(1)));
        voteAs(ballots, eligible.get(1), ballot, Set.of());
        ballots.enterTally(ballot, new BallotTallySheet("table 1", List.of(eligible.get(2), eligible.get(3), eligible.get(4)),
                1, Map.of(c.get(0), 2, c.get(2), 1)));
        BallotResult r = ballots.result(ballot);
        assertThat(r.cast()).isEqualTo(5);
        assertThat(r.electronic()).isEqualTo(2);
        assertThat(r.paper()).isEqualTo(3);
        assertThat(r.invalid()).isEqualTo(1);
        assertThat(r.valid()).isEqualTo(4);
        Map<Long, Long> votes = new java.util.HashMap<>();
        r.lines().forEach(l -> votes.put(l.projectId(), l.votes()));
        assertThat(votes).containsEntry(c.get(0), 3L).containsEntry(c.get(1), 1L).containsEntry(c.get(2), 1L);
        // withdrawn, the sheet's deputies may vote again and its votes leave the count
        ballots.withdrawTally(ballot, ballots.tallies(ballot).getFirst().id());
        assertThat(cast(ballot)).isEqualTo(2);
        voteAs(ballots, eligible.get(2), ballot, Set.of(c.get(2)));
        assertThat(cast(ballot)).isEqualTo(3);
    }

    @Test
    void aSecretBallotStoresNoLinkFromADeputyToHisChoices() throws Exception {
        long secret = openBallot(YEAR, 3, 2, true);
        List<Long> c = candidates(secret);
        voteAs(ballots, eligible.get(0), secret, Set.of(c.get(0)));
        voteAs(ballots, eligible.get(1), secret, Set.of(c.get(1), c.get(2)));
        List<String> columns = jdbc.query("SELECT * FROM ballot_paper WHERE 1 = 0", rs -> {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
        assertThat(columns).containsExactlyInAnyOrder("id", "ballot_id", "deputy_id");
        List<Map<String, Object>> papers = jdbc.queryForList("SELECT id, deputy_id FROM ballot_paper WHERE ballot_id = ?", secret);
        assertThat(papers).hasSize(2);
        assertThat(papers).allSatisfy(p -> {
            assertThat(p.get("deputy_id")).isNull();
            assertThat(p.get("id").toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        });
        assertThat(jdbc.queryForList("SELECT * FROM ballot_paper_choice WHERE paper_id IN (SELECT id FROM ballot_paper"
                + " WHERE ballot_id = ?)", secret)).allSatisfy(row -> assertThat(row.keySet())
                .extracting(k -> k.toLowerCase(Locale.ROOT)).containsExactlyInAnyOrder("paper_id", "project_id"));
        List<Map<String, Object>> voters = jdbc.queryForList("SELECT * FROM ballot_voter WHERE ballot_id = ?", secret);
        assertThat(voters).hasSize(2).allSatisfy(row -> assertThat(row.keySet()).extracting(k -> k.toLowerCase(Locale.ROOT))
                .containsExactlyInAnyOrder("ballot_id", "deputy_id", "channel", "tally_id"));
        // the audit trail says who voted, not for what
        assertThat(events.stream(cn.silian.shared.AuditEvent.class)
                .filter(e -> e.summary().key().equals("audit.ballot.voted"))).hasSize(2).allSatisfy(e -> {
            assertThat(e.after()).doesNotContain(String.valueOf(c.get(0)));
            assertThat(e.summary().args()).hasSize(1);
        });

        long open = openBallot(YEAR + 1, 2, 1, false);
        voteAs(ballots, eligible.get(0), open, Set.of(candidates(open).getFirst()));
        assertThat(jdbc.queryForList("SELECT deputy_id FROM ballot_paper WHERE ballot_id = ?", Long.class, open))
                .containsExactly(eligible.get(0));
    }

    @Test
    void moreThanTheMostChoicesIsRefusedAndNothingIsStored() {
        long ballot = openBallot(YEAR, 4, 2, true);
        List<Long> c = candidates(ballot);
        assertThatThrownBy(() -> voteAs(ballots, deputy(), ballot, Set.of(c.get(0), c.get(1), c.get(2))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.vote.too-many");
        assertThatThrownBy(() -> voteAs(ballots, deputy(), ballot, Set.of(-5L)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.vote.not-candidate");
        assertThat(cast(ballot)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot_paper WHERE ballot_id = ?", Integer.class, ballot)).isZero();
        assertThat(asDeputy(deputy(), () -> ballots.get(ballot).mayVote())).isTrue();
    }

    @Test
    void aBallotWithFewerCandidatesThanChoicesDoesNotOpen() {
        long ballot = draftBallot(YEAR, 3, 4, true, BallotThreshold.MORE_THAN_HALF_OF_CAST, BallotTieRule.EXCLUDE_TIED);
        long version = ballots.get(ballot).version();
        assertThatThrownBy(() -> ballots.open(ballot, version)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ballot.open.too-few");
        assertThat(ballots.get(ballot).state()).isEqualTo(BallotState.DRAFT);
        assertThat(ballots.get(ballot).version()).isEqualTo(version);
        long single = draftBallot(YEAR + 2, 1, 1, true, BallotThreshold.NONE, BallotTieRule.EXCLUDE_TIED);
        assertThatThrownBy(() -> ballots.open(single, ballots.get(single).version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.open.too-few");
        // taking a candidate off gives it back to the shortlist
        long removed = candidates(ballot).getFirst();
        ballots.removeCandidate(ballot, version, removed);
        assertThat(fixture.state(removed)).isEqualTo(ProjectState.SHORTLISTED);
        assertThat(ballots.shortlist(ballot)).extracting(BallotCandidate::projectId).contains(removed);
    }

    @Test
    void aClosedBallotTakesNoVoteAndNoTally() {
        long ballot = openBallot(YEAR, 3, 2, true);
        List<Long> c = candidates(ballot);
        voteAs(ballots, eligible.get(0), ballot, Set.of(c.get(0)));
        ballots.close(ballot, ballots.get(ballot).version());
        assertThatThrownBy(() -> voteAs(ballots, deputy(), ballot, Set.of(c.get(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.state.not-OPEN");
        assertThatThrownBy(() -> ballots.enterTally(ballot, new BallotTallySheet("late", List.of(deputy()), 0, Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.state.not-OPEN");
        assertThat(cast(ballot)).isEqualTo(1);
        assertThat(asDeputy(deputy(), () -> ballots.get(ballot).mayVote())).isFalse();
    }

    @Test
    void aTallyCountAboveTheValidPapersIsRefusedAndChangesNothing() {
        long ballot = openBallot(YEAR, 3, 2, true);
        List<Long> c = candidates(ballot);
        List<Long> two = List.of(eligible.get(0), eligible.get(1));
        assertThatThrownBy(() -> ballots.enterTally(ballot, new BallotTallySheet("t", two, 1, Map.of(c.get(0), 2))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.tally.count-range");
        assertThatThrownBy(() -> ballots.enterTally(ballot, new BallotTallySheet("t", two, 0,
                Map.of(c.get(0), 2, c.get(1), 2, c.get(2), 1)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ballot.tally.total-too-high");
        assertThatThrownBy(() -> ballots.enterTally(ballot, new BallotTallySheet("t", two, 3, Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.tally.invalid-range");
        assertThatThrownBy(() -> ballots.enterTally(ballot, new BallotTallySheet("t", two, 0, Map.of(c.get(0), -1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.tally.count-range");
        assertThat(ballots.tallies(ballot)).isEmpty();
        assertThat(cast(ballot)).isZero();
        assertThat(ballots.notVoted(ballot)).extracting(BallotVoter::deputyId).contains(eligible.get(0), eligible.get(1));
    }

    @Test
    void publishingSettlesEachCandidateAndAnnouncesTheAdoptedOnes() {
        // at most 2 of 4; 5 voters: A 4, B 3, C 3, D 0 — A, B and C above half, B and C tied at the last place
        long ballot = draftBallot(YEAR, 4, 2, true, BallotThreshold.MORE_THAN_HALF_OF_CAST, BallotTieRule.EXCLUDE_TIED);
        ballots.open(ballot, ballots.get(ballot).version());
        List<Long> c = candidates(ballot);
        voteAs(ballots, eligible.get(0), ballot, Set.of(c.get(0), c.get(1)));
        voteAs(ballots, eligible.get(1), ballot, Set.of(c.get(0), c.get(2)));
        voteAs(ballots, eligible.get(2), ballot, Set.of(c.get(1), c.get(2)));
        ballots.enterTally(ballot, new BallotTallySheet("t", List.of(eligible.get(3), eligible.get(4)), 0,
                Map.of(c.get(0), 2, c.get(1), 1, c.get(2), 1)));
        assertThatThrownBy(() -> ballots.publish(ballot, ballots.get(ballot).version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ballot.state.not-CLOSED");
        ballots.close(ballot, ballots.get(ballot).version());
        ballots.publish(ballot, ballots.get(ballot).version());
        BallotResult r = ballots.result(ballot);
        assertThat(r.lines()).extracting(BallotResult.Line::outcome).containsExactly(BallotOutcome.ADOPTED,
                BallotOutcome.TIED, BallotOutcome.TIED, BallotOutcome.BELOW_THRESHOLD);
        assertThat(fixture.state(c.get(0))).isEqualTo(ProjectState.ADOPTED);
        assertThat(fixture.state(c.get(1))).isEqualTo(ProjectState.NOT_ADOPTED);
        assertThat(fixture.state(c.get(3))).isEqualTo(ProjectState.NOT_ADOPTED);
        assertThat(events.stream(ProjectAdopted.class)).singleElement().satisfies(e -> {
            assertThat(e.projectId()).isEqualTo(c.get(0));
            assertThat(e.ballotId()).isEqualTo(ballot);
            assertThat(e.year()).isEqualTo(YEAR);
        });
        // published, everyone signed in reads the result
        assertThat(TestUsers.as(accounts, "street01", () -> ballots.result(ballot).adopted())).isEqualTo(1);
        assertThat(TestUsers.as(accounts, "unit01", () -> ballots.get(ballot).state())).isEqualTo(BallotState.PUBLISHED);
    }

    @Test
    void includingTiesAdoptsAllTiedAtTheLastPlace() {
        long ballot = draftBallot(YEAR, 3, 1, false, BallotThreshold.NONE, BallotTieRule.INCLUDE_TIED);
        ballots.open(ballot, ballots.get(ballot).version());
        List<Long> c = candidates(ballot);
        voteAs(ballots, eligible.get(0), ballot, Set.of(c.get(0)));
        voteAs(ballots, eligible.get(1), ballot, Set.of(c.get(1)));
        ballots.close(ballot, ballots.get(ballot).version());
        ballots.publish(ballot, ballots.get(ballot).version());
        assertThat(fixture.state(c.get(0))).isEqualTo(ProjectState.ADOPTED);
        assertThat(fixture.state(c.get(1))).isEqualTo(ProjectState.ADOPTED);
        assertThat(fixture.state(c.get(2))).isEqualTo(ProjectState.NOT_ADOPTED);
        assertThat(events.stream(ProjectAdopted.class)).hasSize(2);
    }

    @Test
    void draftsAreTheOfficesAloneAndOnlyTheOfficeRunsTheBallot() {
        long ballot = openBallot(YEAR, 3, 2, true);
        long draft = draftBallot(YEAR + 3, 2, 1, true, BallotThreshold.NONE, BallotTieRule.EXCLUDE_TIED);
        List<Long> c = candidates(ballot);
        // a deputy enters no tally and runs nothing
        assertThatThrownBy(() -> asDeputy(deputy(), () -> ballots.enterTally(ballot,
                new BallotTallySheet("t", List.of(deputy()), 0, Map.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDeputy(deputy(), () -> ballots.close(ballot, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDeputy(deputy(), () -> ballots.get(draft))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asDeputy(deputy(), () -> ballots.result(ballot))).isInstanceOf(NotFoundException.class);
        assertThat(asDeputy(deputy(), () -> ballots.page(Pageable.unpaged()).getContent()))
                .extracting(BallotRow::id).contains(ballot).doesNotContain(draft);
        // street staff and units: nothing before publication
        for (String user : List.of("street01", "unit01")) {
            assertThatThrownBy(() -> TestUsers.as(accounts, user, () -> ballots.get(ballot)))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> TestUsers.as(accounts, user, () -> ballots.create(draft(YEAR, 1, true,
                    BallotThreshold.NONE, BallotTieRule.EXCLUDE_TIED)))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestUsers.as(accounts, user, () -> ballots.page(Pageable.unpaged())))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestUsers.as(accounts, user, () -> {
                ballots.vote(ballot, Set.of(c.get(0)));
                return null;
            })).as(user).isInstanceOf(AccessDeniedException.class);
        }
        // the office votes for nobody: a vote is always the signed-in deputy's own
        assertThatThrownBy(() -> ballots.vote(ballot, Set.of(c.get(0)))).isInstanceOf(AccessDeniedException.class);
        voteAs(ballots, deputy(), ballot, Set.of(c.get(0)));
        assertThat(store.voters(ballot)).containsExactly(deputy());
        // without the role, method security refuses even the office's own account
        TestUsers.loginWithoutRoles(accounts, "office");
        assertThatThrownBy(() -> ballots.open(draft, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void settingsChangeOnlyWhileADraftAndRefuseBadInput() {
        long ballot = draftBallot(YEAR, 2, 1, true, BallotThreshold.NONE, BallotTieRule.EXCLUDE_TIED);
        long version = ballots.get(ballot).version();
        assertThatThrownBy(() -> ballots.update(ballot, version, new BallotDraft(YEAR, " ", null, 0, true, null, null)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("title", "sessionDate", "maxChoices", "threshold", "tieRule"));
        long changed = ballots.update(ballot, version, draft(YEAR, 2, false, BallotThreshold.NONE, BallotTieRule.INCLUDE_TIED));
        assertThatThrownBy(() -> ballots.update(ballot, version, draft(YEAR, 1, true, BallotThreshold.NONE,
                BallotTieRule.INCLUDE_TIED))).isInstanceOf(cn.silian.shared.ConcurrentEditException.class);
        ballots.open(ballot, changed);
        long opened = ballots.get(ballot).version();
        assertThatThrownBy(() -> ballots.update(ballot, opened, draft(YEAR, 1, true, BallotThreshold.NONE,
                BallotTieRule.INCLUDE_TIED))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ballot.state.not-DRAFT");
        assertThat(ballots.get(ballot).maxChoices()).isEqualTo(2);
    }

    @Test
    void theResultPdfCarriesTheFiguresAndEachCandidate() throws IOException {
        long ballot = openBallot(YEAR, 3, 2, true);
        List<Long> c = candidates(ballot);
        voteAs(ballots, eligible.get(0), ballot, Set.of(c.get(0), c.get(1)));
        voteAs(ballots, eligible.get(1), ballot, Set.of(c.get(0)));
        ballots.close(ballot, ballots.get(ballot).version());
        ballots.publish(ballot, ballots.get(ballot).version());
        byte[] pdf = TestUsers.as(accounts, "deputy", () -> ballots.resultPdf(ballot, Locale.CHINA));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Ballot " + YEAR).contains("2091-01-10").contains("应到 " + eligible.size())
                .contains("投票 2 人").contains("第 1 页").contains("Project " + YEAR + "-1").contains("通过");
    }

    @Test
    void theDemoVoteOf2026AdoptedTenOfFifteenWithNineInTenVoting() {
        BallotRow demo = ballots.page(Pageable.unpaged()).stream().filter(b -> b.year() == 2026).findFirst().orElseThrow();
        assertThat(demo.state()).isEqualTo(BallotState.PUBLISHED);
        BallotResult r = ballots.result(demo.id());
        assertThat(r.lines()).hasSize(15);
        assertThat(r.adopted()).isEqualTo(10);
        assertThat(r.turnoutPercent()).isBetween(85.0, 95.0);
        assertThat(r.paper()).isPositive();
        assertThat(r.electronic()).isGreaterThan(r.paper());
        assertThat(ballots.tallies(demo.id())).hasSize(2);
        assertThat(asDeputy(deputy(), () -> ballots.get(demo.id()).voted())).isTrue();
        assertThat(r.lines()).filteredOn(l -> l.outcome().adopted())
                .allSatisfy(l -> assertThat(fixture.state(l.projectId())).isEqualTo(ProjectState.ADOPTED));
    }
}
