package cn.silian.supervision;

/**
 * A problem the group found: sent to the department (OPEN), answered (ANSWERED), sent back once
 * after an unsatisfactory answer (REOPENED), or settled (CLOSED).
 */
public enum ProblemState {
    OPEN, ANSWERED, REOPENED, CLOSED;

    public String messageKey() {
        return "supervision.problem.state." + name();
    }
}
