package cn.silian.voters;

/**
 * A year's plan as the office sees it: how many district deputies it covers, how many report
 * orally, and how many must (the share, rounded up).
 */
public record PlanSummary(long id, int year, int term, PlanStatus status, long version, long deputies, long oral,
                          int oralNeeded, double share, long done) {

    public boolean confirmed() {
        return status == PlanStatus.CONFIRMED;
    }
}
