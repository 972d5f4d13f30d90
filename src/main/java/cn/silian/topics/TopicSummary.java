package cn.silian.topics;

import cn.silian.people.Expertise;

import java.time.LocalDate;
import java.util.Set;

public record TopicSummary(Long id, int year, String title, TopicStatus status, LocalDate startsOn, LocalDate endsOn,
                           String leadOffice, Set<Expertise> expertise, long groups, long members, Progress progress) {
}
