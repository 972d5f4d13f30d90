package cn.silian.projects;

/**
 * Candidates tied at the last place that would take the adopted beyond the most a deputy may
 * choose: none of them is adopted (a further vote decides), or all of them are.
 */
public enum BallotTieRule {
    EXCLUDE_TIED, INCLUDE_TIED;

    public String messageKey() {
        return "ballot.tie." + name();
    }
}
