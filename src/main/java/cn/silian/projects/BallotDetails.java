package cn.silian.projects;

import java.time.LocalDate;
import java.util.List;

/**
 * A ballot as its page shows it to the caller: the settings, the candidates, and for a deputy
 * whether he may vote and whether he has (never what he chose).
 */
public record BallotDetails(long id, long version, int year, String title, LocalDate sessionDate, int maxChoices,
                            boolean secret, BallotThreshold threshold, BallotTieRule tieRule, BallotState state,
                            List<BallotCandidate> candidates, boolean mayVote, boolean voted) {

    public BallotDraft draft() {
        return new BallotDraft(year, title, sessionDate, maxChoices, secret, threshold, tieRule);
    }
}
