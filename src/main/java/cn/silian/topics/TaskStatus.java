package cn.silian.topics;

public enum TaskStatus {
    TODO, IN_PROGRESS, DONE;

    public String messageKey() {
        return "task.status." + name();
    }
}
