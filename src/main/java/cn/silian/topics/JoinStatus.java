package cn.silian.topics;

public enum JoinStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN;

    public String messageKey() {
        return "join.status." + name();
    }
}
