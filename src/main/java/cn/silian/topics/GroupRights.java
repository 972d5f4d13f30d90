package cn.silian.topics;

/**
 * What the caller may do in one group. {@code seeWork}: milestones, tasks, findings and report;
 * {@code manage}: plan that work, decide join requests, remove members (leader or office);
 * {@code administer}: add people directly and choose the leader (office).
 */
public record GroupRights(boolean seeWork, boolean manage, boolean administer, boolean member, boolean leader,
                          boolean mayAskToJoin, Long pendingRequestId) {
}
