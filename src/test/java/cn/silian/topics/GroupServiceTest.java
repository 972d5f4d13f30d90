package cn.silian.topics;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.PersonName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class GroupServiceTest {

    @Autowired TopicService topics;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;
    @Autowired AccountService accounts;

    long deputy;
    long npc;

    @BeforeEach
    void people() {
        deputy = deputyOf("deputy");
        npc = deputyOf("npc");
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theAssistantMatchesExpertiseMixesLevelsAndAlwaysGivesTheSameAdvice() {
        long topic = topic(TopicStatus.OPEN);
        TestUsers.login(accounts, "office");
        List<GroupingAssistant.GroupSpec> specs = List.of(
                new GroupingAssistant.GroupSpec("教育组", EnumSet.of(Expertise.EDUCATION), 8),
                new GroupingAssistant.GroupSpec("医疗组", EnumSet.of(Expertise.HEALTH), 8));
        GroupingProposal proposal = groups.proposeGrouping(topic, specs);
        assertThat(proposal.groups().keySet()).containsExactly("教育组", "医疗组");
        assertThat(proposal.groups().get("教育组")).hasSize(8)
                .allSatisfy(m -> assertThat(m.expertise()).contains(Expertise.EDUCATION));
        assertThat(proposal.groups().get("医疗组")).hasSize(8)
                .allSatisfy(m -> assertThat(m.expertise()).contains(Expertise.HEALTH));
        proposal.groups().values().forEach(members ->
                assertThat(members.stream().map(ProposedMember::level).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(2));
        Set<Long> placed = proposal.groups().values().stream().flatMap(List::stream).map(ProposedMember::deputyId)
                .collect(Collectors.toSet());
        assertThat(placed).hasSize(16);
        assertThat(groups.proposeGrouping(topic, specs)).isEqualTo(proposal);

        assertThatThrownBy(() -> groups.proposeGrouping(topic, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("groups"));
        assertThatThrownBy(() -> groups.proposeGrouping(topic, List.of(new GroupingAssistant.GroupSpec("x", Set.of(), 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("size"));
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> groups.proposeGrouping(topic, specs)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void applyingTheGroupingSavesGroupsMembersAndLeaders() {
        long topic = topic(TopicStatus.OPEN);
        TestUsers.login(accounts, "office");
        List<PlannedGroup> planned = plan(topic);
        List<Long> ids = groups.applyGrouping(topic, planned);
        assertThat(ids).hasSize(2);
        assertThat(groups.count(GroupFilter.ofTopic(topic))).isEqualTo(2);
        for (int i = 0; i < ids.size(); i++) {
            PlannedGroup p = planned.get(i);
            GroupDetails g = groups.get(ids.get(i));
            assertThat(g.summary().name()).isEqualTo(p.name());
            assertThat(g.summary().leaderId()).isEqualTo(p.leaderId());
            assertThat(g.summary().members()).isEqualTo(p.memberIds().size());
            List<MemberRow> members = groups.members(ids.get(i));
            assertThat(members).extracting(MemberRow::deputyId).containsExactlyInAnyOrderElementsOf(p.memberIds());
            assertThat(members.getFirst().leader()).isTrue();
            assertThat(members).allSatisfy(m -> assertThat(m.how()).isEqualTo(JoinedHow.ASSISTANT));
        }
        assertThat(topics.get(topic).summary().groups()).isEqualTo(2);
        // The placed people are no longer proposed for this topic.
        GroupingProposal again = groups.proposeGrouping(topic,
                List.of(new GroupingAssistant.GroupSpec("再分一组", EnumSet.of(Expertise.EDUCATION), 5)));
        assertThat(again.groups().get("再分一组")).extracting(ProposedMember::deputyId)
                .doesNotContainAnyElementsOf(planned.getFirst().memberIds());
    }

    @Test
    void aLeaderWhoIsNotAMemberOrAPersonTwiceIsRefusedAndNothingIsSaved() {
        long topic = topic(TopicStatus.OPEN);
        TestUsers.login(accounts, "office");
        List<PlannedGroup> planned = plan(topic);
        PlannedGroup first = planned.getFirst();
        PlannedGroup strangerLeads = new PlannedGroup(first.name(), first.focus(), first.expertise(), npc, first.memberIds());
        assertThatThrownBy(() -> groups.applyGrouping(topic, List.of(strangerLeads, planned.get(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(fields(e)).containsExactly("leader");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("group.leader.not-member");
                });
        List<Long> twice = new ArrayList<>(planned.get(1).memberIds());
        twice.add(first.memberIds().getLast());
        PlannedGroup overlapping = new PlannedGroup(planned.get(1).name(), null, Set.of(), planned.get(1).leaderId(), twice);
        assertThatThrownBy(() -> groups.applyGrouping(topic, List.of(first, overlapping)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("grouping.person-twice"));
        PlannedGroup sameName = new PlannedGroup(first.name(), null, Set.of(), null, List.of(npc));
        assertThatThrownBy(() -> groups.applyGrouping(topic, List.of(first, sameName)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("name"));
        assertThat(groups.count(GroupFilter.ofTopic(topic))).isZero();
    }

    @Test
    void outsidersDoNotSeeAGroupsWorkAndMembersDoNotRunOtherGroups() {
        long topic = topic(TopicStatus.IN_PROGRESS);
        TestUsers.login(accounts, "office");
        List<Long> ids = groups.applyGrouping(topic, plan(topic));
        long mine = ids.get(0);
        long other = ids.get(1);

        TestUsers.login(accounts, "deputy");
        GroupDetails outside = groups.get(mine);
        assertThat(outside.rights().seeWork()).isFalse();
        assertThat(outside.report()).isNull();
        assertThat(groups.members(mine)).isNotEmpty();
        assertThatThrownBy(() -> work.tasks(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.milestones(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.findings(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.history(mine)).isInstanceOf(AccessDeniedException.class);

        TestUsers.as(accounts, "office", () -> {
            groups.addMember(mine, deputy);
            return null;
        });
        GroupDetails inside = groups.get(mine);
        assertThat(inside.rights().member()).isTrue();
        assertThat(inside.rights().seeWork()).isTrue();
        assertThat(inside.rights().manage()).isFalse();
        assertThat(work.tasks(mine)).isEmpty();
        GroupDraft edit = new GroupDraft();
        edit.setName("改名");
        assertThatThrownBy(() -> groups.update(other, groups.get(other).version(), edit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.update(mine, inside.version(), edit)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.edit(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.addTask(other, GroupWorkServiceTest.task("x", deputy, GroupService.today())))
                .isInstanceOf(AccessDeniedException.class);
        // Being a member is not enough to plan the work: that is the leader's.
        assertThatThrownBy(() -> work.addTask(mine, GroupWorkServiceTest.task("x", deputy, GroupService.today())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.removeMember(mine, inside.summary().leaderId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.setLeader(mine, inside.version(), deputy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.addMember(other, deputy)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeputyAsksToJoinTheLeaderAcceptsAndTheHistoryOutlivesHisLeaving() {
        long topic = topic(TopicStatus.OPEN);
        long group = npcLeadsAGroup(topic);

        TestUsers.login(accounts, "deputy");
        assertThat(groups.get(group).rights().mayAskToJoin()).isTrue();
        long request = groups.requestJoin(group, "我熟悉教育工作\n希望参加");
        GroupRights waiting = groups.get(group).rights();
        assertThat(waiting.pendingRequestId()).isEqualTo(request);
        assertThat(waiting.mayAskToJoin()).isFalse();
        assertThatThrownBy(() -> groups.requestJoin(group, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("group.join.pending"));
        assertThatThrownBy(() -> groups.pending(group)).isInstanceOf(AccessDeniedException.class);
        // The requester is not the leader, so he cannot decide; the service also refuses anybody's own request.
        assertThatThrownBy(() -> groups.decide(request, 0, true, null)).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "npc");
        List<JoinRequestRow> pending = groups.pending(group);
        assertThat(pending).singleElement().satisfies(r -> {
            assertThat(r.deputyId()).isEqualTo(deputy);
            assertThat(r.status()).isEqualTo(JoinStatus.PENDING);
        });
        groups.decide(request, pending.getFirst().version(), true, "欢迎");
        assertThat(groups.pending(group)).isEmpty();
        assertThat(groups.members(group)).filteredOn(m -> m.deputyId() == deputy).singleElement()
                .satisfies(m -> assertThat(m.how()).isEqualTo(JoinedHow.REQUEST));
        assertThatThrownBy(() -> groups.decide(request, pending.getFirst().version() + 1, false, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> groups.leave(group))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("group.leader.leave"));

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> groups.requestJoin(group, null)).isInstanceOf(InvalidInputException.class);
        groups.leave(group);
        assertThat(groups.get(group).rights().member()).isFalse();
        assertThat(groups.historyOf(deputy)).filteredOn(m -> m.groupId() == group).singleElement()
                .satisfies(m -> assertThat(m.leftOn()).isNotNull());
        assertThatThrownBy(() -> groups.historyOf(npc)).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "npc");
        assertThat(groups.members(group)).extracting(MemberRow::deputyId).doesNotContain(deputy);
        assertThat(groups.history(group)).filteredOn(m -> m.deputyId() == deputy).singleElement()
                .satisfies(m -> {
                    assertThat(m.leftOn()).isNotNull();
                    assertThat(m.leftBy()).isEqualTo(new PersonName("陈志强", "role.DEPUTY"));
                });
    }

    @Test
    void aClosedGroupTakesNoRequestsAndTheLeaderDeclines() {
        long topic = topic(TopicStatus.OPEN);
        long group = npcLeadsAGroup(topic);

        long request = TestUsers.as(accounts, "deputy", () -> groups.requestJoin(group, null));
        TestUsers.login(accounts, "npc");
        groups.decide(request, groups.pending(group).getFirst().version(), false, "本组已满员");
        Edit<GroupDraft> edit = groups.edit(group);
        GroupDraft closed = edit.draft();
        closed.setOpenForJoining(false);
        groups.update(group, edit.version(), closed);

        TestUsers.login(accounts, "deputy");
        assertThat(groups.get(group).rights().member()).isFalse();
        assertThat(groups.get(group).rights().mayAskToJoin()).isFalse();
        assertThatThrownBy(() -> groups.requestJoin(group, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("group.join.closed"));

        // A draft topic's groups take no requests either, even when open.
        long draftTopic = topic(TopicStatus.DRAFT);
        long draftGroup = TestUsers.as(accounts, "office", () -> {
            long g = groups.create(draftTopic, groupDraft("草稿组"));
            groups.addMember(g, deputy);
            return g;
        });
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> groups.requestJoin(draftGroup, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void streetStaffSeeOnlyGroupsWithMembersOfTheirStreet() {
        long topic = topic(TopicStatus.OPEN);
        long empty = TestUsers.as(accounts, "office", () -> groups.create(topic, groupDraft("暂无成员")));

        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> groups.get(empty)).isInstanceOf(NotFoundException.class);
        assertThat(groups.page(GroupFilter.ofTopic(topic), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(groups.count(GroupFilter.ofTopic(topic))).isZero();

        // The demo deputy lives in street01's street.
        TestUsers.as(accounts, "office", () -> {
            groups.addMember(empty, deputy);
            return null;
        });
        assertThat(groups.get(empty).rights().seeWork()).isFalse();
        assertThat(groups.page(GroupFilter.ofTopic(topic), PageRequest.of(0, 10)).getContent())
                .extracting(GroupSummary::id).containsExactly(empty);
        assertThat(groups.page(GroupFilter.none(), PageRequest.of(0, 50)).getContent()).allSatisfy(g ->
                assertThat(TestUsers.as(accounts, "office", () -> groups.members(g.id()))).isNotEmpty());
        assertThat(groups.members(empty)).extracting(MemberRow::deputyId).containsExactly(deputy);

        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> groups.get(empty)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deputiesSeeGroupsOfPublishedTopicsButOfADraftOnlyTheirOwn() {
        long draft = topic(TopicStatus.DRAFT);
        long open = topic(TopicStatus.OPEN);
        long[] ids = TestUsers.as(accounts, "office", () -> new long[]{
                groups.create(draft, groupDraft("草稿课题的组")), groups.create(open, groupDraft("公开课题的组"))});

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> groups.get(ids[0])).isInstanceOf(NotFoundException.class);
        assertThat(groups.page(GroupFilter.ofTopic(draft), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(groups.get(ids[1]).summary().openForJoining()).isTrue();
        assertThat(groups.page(GroupFilter.ofTopic(open), PageRequest.of(0, 10)).getContent())
                .extracting(GroupSummary::id).containsExactly(ids[1]);

        TestUsers.as(accounts, "office", () -> {
            groups.addMember(ids[0], deputy);
            return null;
        });
        assertThat(groups.get(ids[0]).rights().member()).isTrue();
        assertThat(groups.page(GroupFilter.ofTopic(draft), PageRequest.of(0, 10)).getContent())
                .extracting(GroupSummary::id).containsExactly(ids[0]);
        assertThat(groups.myGroups()).extracting(MyGroup::groupId).contains(ids[0]);
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> groups.get(ids[0])).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOfficeAddsPeopleDirectlyAndChoosesOnlyAMemberAsLeader() {
        long topic = topic(TopicStatus.OPEN);
        TestUsers.login(accounts, "office");
        long group = groups.create(topic, groupDraft("直接编入"));
        assertThatThrownBy(() -> groups.setLeader(group, groups.get(group).version(), npc))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("leader"));
        assertThat(groups.get(group).summary().leaderId()).isNull();
        groups.addMember(group, npc);
        assertThatThrownBy(() -> groups.addMember(group, npc)).isInstanceOf(InvalidInputException.class);
        groups.setLeader(group, groups.get(group).version(), npc);
        assertThat(groups.members(group)).singleElement().satisfies(m -> {
            assertThat(m.how()).isEqualTo(JoinedHow.DIRECT);
            assertThat(m.leader()).isTrue();
            assertThat(m.level()).isEqualTo(Level.NATIONAL);
        });
        assertThatThrownBy(() -> groups.removeMember(group, npc)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> groups.create(topic, groupDraft("直接编入")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("name"));
    }

    // ---- fixtures ----------------------------------------------------------------------------

    /** A topic of the tests' own year in the given status, with no groups. */
    long topic(TopicStatus status) {
        return TestUsers.as(accounts, "office", () -> {
            TopicServiceTest.theme(topics, TopicServiceTest.YEAR);
            long id = topics.create(TopicServiceTest.draft("编组测试 " + status));
            long version = topics.get(id).version();
            if (status != TopicStatus.DRAFT) {
                version = topics.changeStatus(id, version, TopicStatus.OPEN);
            }
            if (status == TopicStatus.IN_PROGRESS) {
                topics.changeStatus(id, version, TopicStatus.IN_PROGRESS);
            }
            return id;
        });
    }

    /** Two groups as the assistant proposes them, without the demo accounts, led by their first member. */
    List<PlannedGroup> plan(long topic) {
        GroupingProposal proposal = groups.proposeGrouping(topic, List.of(
                new GroupingAssistant.GroupSpec("教育组", EnumSet.of(Expertise.EDUCATION), 8),
                new GroupingAssistant.GroupSpec("医疗组", EnumSet.of(Expertise.HEALTH), 8)));
        return proposal.groups().entrySet().stream().map(e -> {
            List<Long> ids = e.getValue().stream().map(ProposedMember::deputyId)
                    .filter(id -> id != deputy && id != npc).toList();
            return new PlannedGroup(e.getKey(), "关注" + e.getKey(), Set.of(), ids.getFirst(), ids);
        }).toList();
    }

    long npcLeadsAGroup(long topic) {
        return TestUsers.as(accounts, "office", () -> {
            long g = groups.create(topic, groupDraft("刘海燕组"));
            groups.addMember(g, npc);
            groups.setLeader(g, groups.get(g).version(), npc);
            return g;
        });
    }

    static GroupDraft groupDraft(String name) {
        GroupDraft d = new GroupDraft();
        d.setName(name);
        d.setFocus("调研重点");
        d.setExpertise(EnumSet.of(Expertise.EDUCATION));
        return d;
    }

    long deputyOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.Problem::field).toList();
    }
}
