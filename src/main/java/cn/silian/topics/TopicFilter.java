package cn.silian.topics;

import cn.silian.people.Expertise;

/** Filters of the topic list; {@code null} means any. */
public record TopicFilter(Integer year, TopicStatus status, Expertise expertise, String text) {
    public static TopicFilter none() {
        return new TopicFilter(null, null, null, null);
    }

    public static TopicFilter year(int year) {
        return new TopicFilter(year, null, null, null);
    }
}
