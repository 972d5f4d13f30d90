package cn.silian.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The count's rules, apart from where the votes come from: each candidate's rank among all, whether
 * it passes the threshold, and which of those passing are adopted within the most a deputy may
 * choose, ties at the boundary settled by the tie rule. Pure, so that the rules are tested alone.
 */
public final class BallotCount {

    private BallotCount() {
    }

    /** One candidate's place in the count. */
    public record Line(long projectId, long votes, int rank, BallotOutcome outcome) {
    }

    /**
     * @param candidates the candidates' ids, in the order they stood on the ballot (it orders equal votes)
     * @param votes      votes per candidate; a candidate missing has none
     * @param cast       ballots cast, valid or not: the threshold's base
     */
    public static List<Line> count(List<Long> candidates, Map<Long, Long> votes, long cast, int maxChoices,
                                   BallotThreshold threshold, BallotTieRule tieRule) {
        List<Long> ordered = new ArrayList<>(candidates);
        Comparator<Long> byVotes = Comparator.comparingLong(id -> -votes.getOrDefault(id, 0L));
        ordered.sort(byVotes);
        List<Long> passing = ordered.stream().filter(id -> passes(votes.getOrDefault(id, 0L), cast, threshold)).toList();
        long boundary = passing.size() > maxChoices ? votes.getOrDefault(passing.get(maxChoices - 1), 0L) : -1;
        long above = passing.stream().filter(id -> votes.getOrDefault(id, 0L) > boundary).count();
        long tied = passing.stream().filter(id -> votes.getOrDefault(id, 0L) == boundary).count();
        boolean tieFits = above + tied <= maxChoices || tieRule == BallotTieRule.INCLUDE_TIED;
        List<Line> lines = new ArrayList<>();
        for (long id : ordered) {
            long v = votes.getOrDefault(id, 0L);
            int rank = 1 + (int) ordered.stream().filter(o -> votes.getOrDefault(o, 0L) > v).count();
            BallotOutcome outcome;
            if (!passes(v, cast, threshold)) {
                outcome = BallotOutcome.BELOW_THRESHOLD;
            } else if (v > boundary) {
                outcome = BallotOutcome.ADOPTED;
            } else if (v == boundary) {
                outcome = tieFits ? BallotOutcome.ADOPTED : BallotOutcome.TIED;
            } else {
                outcome = BallotOutcome.OUTSIDE_LIMIT;
            }
            lines.add(new Line(id, v, rank, outcome));
        }
        return lines;
    }

    static boolean passes(long votes, long cast, BallotThreshold threshold) {
        return switch (threshold) {
            case MORE_THAN_HALF_OF_CAST -> votes * 2 > cast;
            case NONE -> true;
        };
    }
}
