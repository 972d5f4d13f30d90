package cn.silian.projects;

import java.time.LocalDate;
import java.util.List;

/**
 * The count of a ballot: who could vote, how many ballots were cast (electronically and on paper),
 * how many of those were invalid, and each candidate's votes, rank and outcome, best first.
 */
public record BallotResult(long ballotId, int year, String title, LocalDate sessionDate, BallotState state,
                           int maxChoices, BallotThreshold threshold, BallotTieRule tieRule, int eligible,
                           long cast, long electronic, long paper, long invalid, List<Line> lines) {

    public long valid() {
        return cast - invalid;
    }

    /** Ballots cast per hundred eligible deputies, to one decimal. */
    public double turnoutPercent() {
        return eligible == 0 ? 0 : Math.round(cast * 1000.0 / eligible) / 10.0;
    }

    public long adopted() {
        return lines.stream().filter(l -> l.outcome().adopted()).count();
    }

    public record Line(long projectId, String title, long votes, int rank, BallotOutcome outcome) {
    }
}
