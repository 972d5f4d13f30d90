package cn.silian.supervision;

/** The year-end rating: open for the deputies' ratings, closed to them, its figures published. */
public enum RoundStatus {
    OPEN, CLOSED, PUBLISHED;

    public String messageKey() {
        return "supervision.round.status." + name();
    }
}
