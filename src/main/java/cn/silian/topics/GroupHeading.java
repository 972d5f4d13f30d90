package cn.silian.topics;

/**
 * What a list of a deputy's groups or tasks shows of a group, read in one query with its topic
 * and without the group's and the topic's expertise sets.
 */
record GroupHeading(long id, String name, Long leaderId, String topicTitle, TopicStatus topicStatus) {
}
