package cn.silian.projects;

/** A ballot's way: prepared by the office, open for votes, closed, its result published. */
public enum BallotState {
    DRAFT, OPEN, CLOSED, PUBLISHED;

    public String messageKey() {
        return "ballot.state." + name();
    }
}
