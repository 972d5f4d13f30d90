package cn.silian.topics;

import java.time.Instant;
import java.time.LocalDate;

/** A group's page header; {@code report} is {@code null} for those who may not see the work. */
public record GroupDetails(GroupSummary summary, LocalDate topicStartsOn, LocalDate topicEndsOn, long version,
                           GroupRights rights, String report, Instant reportUpdatedAt, String reportUpdatedBy,
                           long overdue) {
}
