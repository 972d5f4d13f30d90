package cn.silian.topics;

import cn.silian.people.Expertise;

import java.util.List;
import java.util.Set;

/** A group as the office accepts it from the grouping assistant, after review and adjustment. */
public record PlannedGroup(String name, String focus, Set<Expertise> expertise, Long leaderId, List<Long> memberIds) {
}
