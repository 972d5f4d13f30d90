package cn.silian.campaigns;

/** How many of a campaign's opinions are of one category; {@code categoryKey} is a message key. */
public record CategoryCount(String categoryKey, long opinions) {
}
