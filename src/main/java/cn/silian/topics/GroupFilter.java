package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.people.Level;

/**
 * Filters of the group list; {@code null} means any. {@code level}: the group has a current
 * member of that level; {@code streetId}: a current member living in that street;
 * {@code mine}: the caller is a current member.
 */
public record GroupFilter(Long topicId, Integer year, TopicStatus status, Level level, Expertise expertise,
                          Long streetId, String text, boolean mine) {
    public static GroupFilter none() {
        return new GroupFilter(null, null, null, null, null, null, null, false);
    }

    public static GroupFilter ofTopic(long topicId) {
        return new GroupFilter(topicId, null, null, null, null, null, null, false);
    }

    public static GroupFilter onlyMine() {
        return new GroupFilter(null, null, null, null, null, null, null, true);
    }
}
