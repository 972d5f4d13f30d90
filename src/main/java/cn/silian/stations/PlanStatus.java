package cn.silian.stations;

public enum PlanStatus {
    DRAFT, PUBLISHED;

    public String messageKey() {
        return "duty.plan.status." + name();
    }
}
