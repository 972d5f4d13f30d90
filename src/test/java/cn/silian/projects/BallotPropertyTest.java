package cn.silian.projects;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random ballots entered in random order, split at random between electronic votes and paper
 * tally sheets (some papers invalid), give the same count as the rules applied to all the choices
 * at once: how the votes come in cannot change the result.
 */
@org.junit.jupiter.api.Tag("db")
@SilianSpringTest
@Transactional
class BallotPropertyTest {

    @Autowired AccountService accounts;
    @Autowired BallotService ballots;
    @Autowired LivelihoodProjectRepository projectRepository;
    @Autowired EntityManager em;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    /** One deputy's paper: his choices, or invalid. */
    record Paper(long deputy, Set<Long> choices, boolean invalid) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theCountDoesNotDependOnHowOrInWhichOrderTheVotesAreEntered(long seed) {
        Random random = new Random(seed);
        BallotFixture fixture = new BallotFixture(projectRepository, em);
        TestUsers.login(accounts, "office");
        int year = 2070 + (int) seed;
        int n = 3 + random.nextInt(10);
        int max = 1 + random.nextInt(n);
        BallotThreshold threshold = BallotThreshold.values()[random.nextInt(2)];
        BallotTieRule tie = BallotTieRule.values()[random.nextInt(2)];
        long ballot = ballots.create(new BallotDraft(year, "Property " + seed, LocalDate.of(year, 1, 10), max,
                random.nextBoolean(), threshold, tie));
        long version = ballots.get(ballot).version();
        List<Long> candidates = fixture.shortlisted(year, n);
        for (long p : candidates) {
            version = ballots.addCandidate(ballot, version, p);
        }
        ballots.open(ballot, version);

        List<Long> deputies = new ArrayList<>(fixture.eligible());
        Collections.shuffle(deputies, random);
        int voters = 20 + random.nextInt(40);
        List<Paper> papers = new ArrayList<>();
        Map<Long, Long> expected = new HashMap<>();
        for (long d : deputies.subList(0, voters)) {
            // few choices or many, so that both sides of the threshold and ties at the limit occur
            int k = random.nextInt(max + 1);
            List<Long> shuffled = new ArrayList<>(candidates.subList(0, Math.min(n, 1 + random.nextInt(n))));
            Collections.shuffle(shuffled, random);
            Set<Long> choices = new LinkedHashSet<>(shuffled.subList(0, Math.min(k, shuffled.size())));
            boolean invalid = random.nextInt(10) == 0;
            papers.add(new Paper(d, choices, invalid));
            if (!invalid) {
                choices.forEach(c -> expected.merge(c, 1L, Long::sum));
            }
        }

        // electronic votes can only be valid; invalid papers go on a sheet
        List<Paper> electronic = new ArrayList<>();
        int sheetCount = 1 + random.nextInt(3);
        List<List<Paper>> sheets = new ArrayList<>();
        for (int i = 0; i < sheetCount; i++) {
            sheets.add(new ArrayList<>());
        }
        for (Paper p : papers) {
            if (!p.invalid() && random.nextBoolean()) {
                electronic.add(p);
            } else {
                sheets.get(random.nextInt(sheetCount)).add(p);
            }
        }
        List<Runnable> entries = new ArrayList<>();
        for (Paper p : electronic) {
            entries.add(() -> BallotFixture.voteAs(ballots, p.deputy(), ballot, p.choices()));
        }
        for (List<Paper> sheet : sheets) {
            if (sheet.isEmpty()) {
                continue;
            }
            Map<Long, Integer> counts = new HashMap<>();
            sheet.stream().filter(p -> !p.invalid()).forEach(p -> p.choices().forEach(c -> counts.merge(c, 1, Integer::sum)));
            int invalid = (int) sheet.stream().filter(Paper::invalid).count();
            List<Long> who = sheet.stream().map(Paper::deputy).toList();
            entries.add(() -> ballots.enterTally(ballot, new BallotTallySheet("sheet", who, invalid, counts)));
        }
        Collections.shuffle(entries, random);
        entries.forEach(Runnable::run);

        BallotResult result = ballots.result(ballot);
        List<BallotCount.Line> pure = BallotCount.count(candidates, expected, voters, max, threshold, tie);
        assertThat(result.cast()).isEqualTo(voters);
        assertThat(result.invalid()).isEqualTo(papers.stream().filter(Paper::invalid).count());
        assertThat(result.lines()).extracting(l -> List.<Object>of(l.projectId(), l.votes(), (long) l.rank(), l.outcome()))
                .containsExactlyElementsOf(pure.stream()
                        .map(l -> List.<Object>of(l.projectId(), l.votes(), (long) l.rank(), l.outcome())).toList());
    }
}
