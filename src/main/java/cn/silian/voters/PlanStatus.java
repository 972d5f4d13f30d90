package cn.silian.voters;

/** A year's plan: proposed and changed by the office, then confirmed (and fixed). */
public enum PlanStatus {
    DRAFT, CONFIRMED;

    public String messageKey() {
        return "voters.plan.status." + name();
    }
}
