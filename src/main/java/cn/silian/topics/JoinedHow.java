package cn.silian.topics;

/** How a person came into a group, kept in the membership history. */
public enum JoinedHow {
    ASSISTANT, DIRECT, REQUEST;

    public String messageKey() {
        return "group.joined." + name();
    }
}
