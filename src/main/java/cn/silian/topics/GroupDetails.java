package cn.silian.topics;

import cn.silian.shared.PersonName;
import java.time.Instant;
import java.time.LocalDate;

/** A group's page header; {@code report} is {@code null} for those who may not see the work. */
public record GroupDetails(GroupSummary summary, LocalDate topicStartsOn, LocalDate topicEndsOn, long version,
                           GroupRights rights, String report, Instant reportUpdatedAt, PersonName reportUpdatedBy,
                           long overdue) {
}
