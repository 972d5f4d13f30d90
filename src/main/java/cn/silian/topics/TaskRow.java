package cn.silian.topics;

import java.time.LocalDate;

/** A task as lists show it; {@code groupName} and {@code topicTitle} fill the home page's list. */
public record TaskRow(Long id, Long groupId, String groupName, String topicTitle, String title, String description,
                      Long assigneeId, String assigneeName, Long milestoneId, LocalDate dueOn, TaskStatus status,
                      LocalDate doneOn, boolean overdue, long version) {
}
