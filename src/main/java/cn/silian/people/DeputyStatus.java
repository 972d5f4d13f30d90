package cn.silian.people;

/** 在任 / 暂停执行代表职务 / 代表资格终止. */
public enum DeputyStatus {
    ACTIVE, SUSPENDED, TERMINATED;

    public String messageKey() {
        return "status." + name();
    }
}
