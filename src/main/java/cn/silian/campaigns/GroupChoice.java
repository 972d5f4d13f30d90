package cn.silian.campaigns;

/** A topic group that may take part in a campaign, with its topic's title. */
public record GroupChoice(long id, String name, String topicTitle, int topicYear) {
}
