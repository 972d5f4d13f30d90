package cn.silian.topics;

import cn.silian.people.Expertise;
import cn.silian.people.Level;

import java.util.Map;
import java.util.Set;

/** A row of the group list: public facts only, never the group's private work. */
public record GroupSummary(Long id, Long topicId, String topicTitle, TopicStatus topicStatus, String name,
                           String focus, Set<Expertise> expertise, Long leaderId, String leaderName, long members,
                           Map<Level, Long> levelMix, Progress progress, boolean openForJoining) {
}
