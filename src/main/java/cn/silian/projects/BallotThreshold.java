package cn.silian.projects;

/**
 * What a candidate needs besides its rank: more than half of the ballots cast (the district's rule,
 * 过半数), or nothing, so that the rank alone decides.
 */
public enum BallotThreshold {
    MORE_THAN_HALF_OF_CAST, NONE;

    public String messageKey() {
        return "ballot.threshold." + name();
    }
}
