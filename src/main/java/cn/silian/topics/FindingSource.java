package cn.silian.topics;

/** A finding as another module quotes it when it makes something of it (an opinion): readable by the caller. */
public record FindingSource(long id, long groupId, String groupName, String title, String body) {
}
