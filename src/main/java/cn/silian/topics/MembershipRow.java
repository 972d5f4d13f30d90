package cn.silian.topics;

import java.time.LocalDate;

/** One of a person's group memberships, current or past. */
public record MembershipRow(Long groupId, String groupName, String topicTitle, JoinedHow how, LocalDate joinedOn,
                            LocalDate leftOn, boolean leader) {
}
