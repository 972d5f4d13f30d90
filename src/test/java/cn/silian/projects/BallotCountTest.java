package cn.silian.projects;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.silian.projects.BallotOutcome.ADOPTED;
import static cn.silian.projects.BallotOutcome.BELOW_THRESHOLD;
import static cn.silian.projects.BallotOutcome.OUTSIDE_LIMIT;
import static cn.silian.projects.BallotOutcome.TIED;
import static cn.silian.projects.BallotThreshold.MORE_THAN_HALF_OF_CAST;
import static cn.silian.projects.BallotThreshold.NONE;
import static cn.silian.projects.BallotTieRule.EXCLUDE_TIED;
import static cn.silian.projects.BallotTieRule.INCLUDE_TIED;
import static org.assertj.core.api.Assertions.assertThat;

class BallotCountTest {

    private static final List<Long> FIVE = List.of(1L, 2L, 3L, 4L, 5L);

    private static Map<Long, BallotOutcome> outcomes(Map<Long, Long> votes, long cast, int max, BallotThreshold threshold,
                                                     BallotTieRule tie) {
        return BallotCount.count(FIVE, votes, cast, max, threshold, tie).stream()
                .collect(java.util.stream.Collectors.toMap(BallotCount.Line::projectId, BallotCount.Line::outcome));
    }

    @Test
    void exactlyHalfOfTheBallotsCastIsNotMoreThanHalf() {
        Map<Long, BallotOutcome> o = outcomes(Map.of(1L, 11L, 2L, 10L, 3L, 9L), 20, 3, MORE_THAN_HALF_OF_CAST, EXCLUDE_TIED);
        assertThat(o).containsEntry(1L, ADOPTED).containsEntry(2L, BELOW_THRESHOLD).containsEntry(3L, BELOW_THRESHOLD)
                .containsEntry(4L, BELOW_THRESHOLD);
    }

    @Test
    void withoutAThresholdTheRankAloneDecides() {
        Map<Long, BallotOutcome> o = outcomes(Map.of(1L, 11L, 2L, 10L, 3L, 9L), 20, 3, NONE, EXCLUDE_TIED);
        assertThat(o).containsEntry(1L, ADOPTED).containsEntry(2L, ADOPTED).containsEntry(3L, ADOPTED)
                .containsEntry(4L, OUTSIDE_LIMIT).containsEntry(5L, OUTSIDE_LIMIT);
    }

    @Test
    void aTieAcrossTheLastPlaceAdoptsNoneOfTheTiedOrAllOfThemAsConfigured() {
        Map<Long, Long> votes = Map.of(1L, 9L, 2L, 8L, 3L, 8L, 4L, 2L, 5L, 8L);
        assertThat(outcomes(votes, 10, 2, MORE_THAN_HALF_OF_CAST, EXCLUDE_TIED)).containsEntry(1L, ADOPTED)
                .containsEntry(2L, TIED).containsEntry(3L, TIED).containsEntry(5L, TIED).containsEntry(4L, BELOW_THRESHOLD);
        assertThat(outcomes(votes, 10, 2, MORE_THAN_HALF_OF_CAST, INCLUDE_TIED)).containsEntry(1L, ADOPTED)
                .containsEntry(2L, ADOPTED).containsEntry(3L, ADOPTED).containsEntry(5L, ADOPTED)
                .containsEntry(4L, BELOW_THRESHOLD);
    }

    @Test
    void aTieThatFitsWithinTheLimitIsAdoptedUnderEitherRule() {
        Map<Long, Long> votes = Map.of(1L, 9L, 2L, 8L, 3L, 8L, 4L, 7L, 5L, 1L);
        for (BallotTieRule rule : BallotTieRule.values()) {
            assertThat(outcomes(votes, 10, 3, NONE, rule)).as(rule.name()).containsEntry(1L, ADOPTED)
                    .containsEntry(2L, ADOPTED).containsEntry(3L, ADOPTED).containsEntry(4L, OUTSIDE_LIMIT)
                    .containsEntry(5L, OUTSIDE_LIMIT);
        }
    }

    @Test
    void aTieBelowTheThresholdIsNotAdoptedEvenIfAllTiedAreIncluded() {
        Map<Long, Long> votes = Map.of(1L, 6L, 2L, 5L, 3L, 5L);
        assertThat(outcomes(votes, 10, 1, MORE_THAN_HALF_OF_CAST, INCLUDE_TIED)).containsEntry(1L, ADOPTED)
                .containsEntry(2L, BELOW_THRESHOLD).containsEntry(3L, BELOW_THRESHOLD);
    }

    @Test
    void ranksShareAPlaceOnEqualVotesAndSkipTheNext() {
        List<BallotCount.Line> lines = BallotCount.count(FIVE, Map.of(1L, 3L, 2L, 5L, 3L, 5L, 4L, 1L), 6, 5, NONE,
                EXCLUDE_TIED);
        assertThat(lines).extracting(BallotCount.Line::projectId).containsExactly(2L, 3L, 1L, 4L, 5L);
        assertThat(lines).extracting(BallotCount.Line::rank).containsExactly(1, 1, 3, 4, 5);
        assertThat(lines).extracting(BallotCount.Line::votes).containsExactly(5L, 5L, 3L, 1L, 0L);
    }

    @Test
    void noBallotsCastAdoptsNothingUnderTheThreshold() {
        assertThat(outcomes(Map.of(), 0, 2, MORE_THAN_HALF_OF_CAST, EXCLUDE_TIED).values()).containsOnly(BELOW_THRESHOLD);
    }
}
