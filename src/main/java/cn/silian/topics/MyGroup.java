package cn.silian.topics;

/** One of the caller's groups, for his home page. */
public record MyGroup(Long groupId, String groupName, String topicTitle, TopicStatus topicStatus, boolean leader,
                      Progress progress, long openTasks) {
}
