package cn.silian.campaigns;

/** A group's figures: its meetings and visits, opinions its members heard, projects its members proposed. */
public record GroupProgress(long groupId, String groupName, long visits, long opinions, long projects) {
}
