package cn.silian.projects;

import java.util.List;
import java.util.Map;

/**
 * A tally sheet of paper ballots: which deputies handed theirs in, how many of those papers were
 * invalid, and the votes per candidate counted on the valid ones.
 */
public record BallotTallySheet(String label, List<Long> deputyIds, int invalid, Map<Long, Integer> votes) {

    public static final int LABEL_MAX = 100;
}
