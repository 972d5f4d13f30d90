package cn.silian.topics;

/**
 * A topic as its page shows it. {@code manageable}: the caller runs it (the office);
 * {@code revisable}: the caller proposed it and it was returned to him.
 */
public record TopicDetails(TopicSummary summary, String background, String goals, String proposedBy,
                           String themeTitle, long version, boolean manageable, boolean revisable) {
}
