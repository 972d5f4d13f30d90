package cn.silian.topics;

import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Who may do what in a group, decided in one place for every service method: the office runs
 * all; a leader runs his group; members see and do its work; other deputies see published
 * groups; street staff see groups with members of their street.
 */
@Component
class GroupAccess {

    private final GroupMemberRepository members;
    private final JoinRequestRepository requests;

    GroupAccess(GroupMemberRepository members, JoinRequestRepository requests) {
        this.members = members;
        this.requests = requests;
    }

    GroupRights rights(SilianUser me, TopicGroup group, Topic topic) {
        boolean office = me.isOfficeOrAdmin();
        boolean leader = isLeader(me, group);
        boolean member = me.deputyId() != null && members.currentOf(group.getId(), me.deputyId()).isPresent();
        Long pending = me.deputyId() == null ? null
                : requests.pendingOf(group.getId(), me.deputyId()).map(JoinRequest::getId).orElse(null);
        boolean mayAsk = me.is(Role.DEPUTY) && !member && pending == null && group.openForJoining() && topic.status().running();
        return new GroupRights(office || leader || member, office || leader, office, member, leader, mayAsk, pending);
    }

    boolean mayView(SilianUser me, TopicGroup group, Topic topic) {
        if (me.isOfficeOrAdmin() || isLeader(me, group)) {
            return true;
        }
        if (me.is(Role.DEPUTY)) {
            return topic.status().published() || members.currentOf(group.getId(), me.deputyId()).isPresent();
        }
        return me.is(Role.STREET_STAFF) && members.anyFromStreet(group.getId(), me.streetId());
    }

    void requireWork(SilianUser me, TopicGroup group, Topic topic) {
        if (!rights(me, group, topic).seeWork()) {
            throw new AccessDeniedException("not a member of the group");
        }
    }

    void requireManage(SilianUser me, TopicGroup group) {
        if (!me.isOfficeOrAdmin() && !isLeader(me, group)) {
            throw new AccessDeniedException("not the group's leader or the office");
        }
    }

    static boolean isLeader(SilianUser me, TopicGroup group) {
        return leads(me, group.leaderId());
    }

    /** Whether the caller is the deputy of this leader id. */
    static boolean leads(SilianUser me, Long leaderId) {
        return me.deputyId() != null && Objects.equals(me.deputyId(), leaderId);
    }
}
