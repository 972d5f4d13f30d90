package cn.silian.stations;

public enum SwapStatus {
    PENDING, APPROVED, DECLINED;

    public String messageKey() {
        return "duty.swap.status." + name();
    }
}
