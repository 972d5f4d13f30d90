package cn.silian.voters;

import java.util.Comparator;
import java.util.List;

/**
 * Who reports orally this year: at least {@code share} of the district deputies, those with the
 * fewest oral reports in the term first, so that over the five years of a term everyone reports
 * orally once; ties by the name's pinyin, then id, so the same data gives the same plan.
 */
final class OralPlanner {

    /** A district deputy of the term and how often he has reported orally in it already. */
    record Candidate(long deputyId, String name, String pinyin, int oralReports) {
    }

    static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::oralReports)
            .thenComparing(Candidate::pinyin, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Candidate::deputyId);

    private OralPlanner() {
    }

    /** How many must report orally out of {@code deputies}: the share, rounded up. */
    static int needed(int deputies, double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share");
        }
        return (int) Math.ceil(deputies * share - 1e-9);
    }

    /** The proposed oral reporters, in the planner's order. */
    static List<Candidate> propose(List<Candidate> candidates, double share) {
        return candidates.stream().sorted(ORDER).limit(needed(candidates.size(), share)).toList();
    }
}
