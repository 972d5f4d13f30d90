package cn.silian.performance;

public enum AppealState {
    OPEN, ACCEPTED, REJECTED;

    public String messageKey() {
        return "points.appeal.state." + name();
    }
}
