package cn.silian.topics;

/** The office's decision on a proposed topic; a return sends it back to the proposer to revise. */
public enum ReviewDecision {
    APPROVE, RETURN, REJECT;

    public String messageKey() {
        return "topic.review." + name();
    }
}
