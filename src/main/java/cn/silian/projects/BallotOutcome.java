package cn.silian.projects;

/** Why a candidate was or was not adopted. */
public enum BallotOutcome {
    ADOPTED, BELOW_THRESHOLD, OUTSIDE_LIMIT, TIED;

    public boolean adopted() {
        return this == ADOPTED;
    }

    public String messageKey() {
        return "ballot.outcome." + name();
    }
}
