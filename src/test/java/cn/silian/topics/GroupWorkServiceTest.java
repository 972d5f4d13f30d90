package cn.silian.topics;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.Expertise;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.PersonName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Work needs due dates from today to the topic's end, so these tests run on a topic of this year
 * that ends on 31 December; on that very day every due date is today.
 */
@SilianSpringTest
@Transactional
@Tag("db")
class GroupWorkServiceTest {

    @Autowired TopicService topics;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;
    @Autowired AccountService accounts;
    @Autowired MilestoneRepository milestoneRepository;

    long deputy;
    long npc;
    long other;
    long topic;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    long group;
    LocalDate today;
    LocalDate end;

    /** A running topic of this year with one group: npc leads it, deputy and one other person are members. */
    @BeforeEach
    void group() {
        deputy = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        npc = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
        today = GroupService.today();
        end = LocalDate.of(today.getYear(), 12, 31);
        TestUsers.login(accounts, "office");
        TopicServiceTest.theme(topics, today.getYear());
        TopicDraft d = TopicServiceTest.draft("项目化管理测试");
        d.setYear(today.getYear());
        d.setStartsOn(LocalDate.of(today.getYear(), 1, 1));
        d.setEndsOn(end);
        topic = topics.create(d);
        long v = topics.changeStatus(topic, topics.get(topic).version(), TopicStatus.OPEN);
        topics.changeStatus(topic, v, TopicStatus.IN_PROGRESS);
        group = groups.create(topic, GroupServiceTest.groupDraft("项目组"));
        other = groups.proposeGrouping(topic, List.of(new GroupingAssistant.GroupSpec("x", EnumSet.of(Expertise.LAW), 3)))
                .groups().get("x").stream().map(ProposedMember::deputyId).filter(id -> id != deputy && id != npc)
                .findFirst().orElseThrow();
        groups.addMember(group, npc);
        groups.addMember(group, deputy);
        groups.addMember(group, other);
        groups.setLeader(group, groups.get(group).version(), npc);
        TestUsers.logout();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theLeaderPlansMilestonesAndTasks() {
        TestUsers.login(accounts, "npc");
        long milestone = work.addMilestone(group, "完成走访", soon(10));
        long task = work.addTask(group, task("走访社区食堂", deputy, soon(5), milestone));
        assertThat(work.milestones(group)).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("完成走访");
            assertThat(m.done()).isFalse();
        });
        assertThat(work.tasks(group)).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(task);
            assertThat(t.assigneeId()).isEqualTo(deputy);
            assertThat(t.milestoneId()).isEqualTo(milestone);
            assertThat(t.status()).isEqualTo(TaskStatus.TODO);
            assertThat(t.groupName()).isEqualTo("项目组");
        });
        Edit<TaskDraft> edit = work.editTask(task);
        edit.draft().setTitle("走访两家社区食堂");
        edit.draft().setDescription("第一行\n第二行");
        work.updateTask(task, edit.version(), edit.draft());
        assertThat(work.tasks(group).getFirst().title()).isEqualTo("走访两家社区食堂");
        long mv = work.updateMilestone(milestone, work.milestones(group).getFirst().version(), "完成全部走访", soon(12));
        assertThat(work.milestones(group).getFirst().version()).isEqualTo(mv);
        work.deleteTask(task, work.tasks(group).getFirst().version());
        assertThat(work.tasks(group)).isEmpty();

        TestUsers.login(accounts, "office");
        assertThat(work.addTask(group, task("办公室布置", other, soon(3)))).isPositive();
    }

    @Test
    void badDatesAndAssigneesAreRefusedAndNothingIsSaved() {
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> work.addTask(group, task("超出课题期限", deputy, end.plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(fields(e)).containsExactly("dueOn");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("work.due.after-topic");
                });
        assertThatThrownBy(() -> work.addTask(group, task("过去的日期", deputy, today.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(fields(e)).containsExactly("dueOn");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("validation.date-past");
                });
        long stranger = TestUsers.as(accounts, "office", () -> groups.proposeGrouping(topic, List.of(new GroupingAssistant.GroupSpec("y", EnumSet.of(Expertise.HEALTH), 1)))
                .groups().get("y").getFirst().deputyId());
        assertThatThrownBy(() -> work.addTask(group, task("非成员", stranger, soon(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(fields(e)).containsExactly("assignee");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo("task.assignee.not-member");
                });
        assertThatThrownBy(() -> work.addTask(group, task(" ", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("title", "dueOn", "assignee"));
        assertThatThrownBy(() -> work.addMilestone(group, "太晚", end.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("dueOn"));
        assertThat(work.tasks(group)).isEmpty();
        assertThat(work.milestones(group)).isEmpty();

        // The topic cannot end before work that is already planned.
        work.addTask(group, task("年底完成", deputy, end));
        TestUsers.login(accounts, "office");
        TopicDraft shorter = topics.edit(topic).draft();
        shorter.setEndsOn(end.minusDays(1));
        assertThatThrownBy(() -> topics.update(topic, topics.get(topic).version(), shorter))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("endsOn"));
        assertThat(topics.get(topic).summary().endsOn()).isEqualTo(end);
    }

    @Test
    void theAssigneeMovesHisOwnTaskAndNobodyElsesButTheLeaders() {
        long mine = TestUsers.as(accounts, "npc", () -> work.addTask(group, task("我的任务", deputy, soon(4))));
        long leaders = TestUsers.as(accounts, "npc", () -> work.addTask(group, task("组长的任务", npc, soon(4))));

        TestUsers.login(accounts, "deputy");
        work.setTaskStatus(mine, version(mine), TaskStatus.IN_PROGRESS);
        work.setTaskStatus(mine, version(mine), TaskStatus.DONE);
        assertThat(row(mine).status()).isEqualTo(TaskStatus.DONE);
        assertThat(row(mine).doneOn()).isEqualTo(today);
        assertThatThrownBy(() -> work.setTaskStatus(leaders, version(leaders), TaskStatus.DONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.updateTask(mine, version(mine), work.editTask(mine).draft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.deleteTask(mine, version(mine))).isInstanceOf(AccessDeniedException.class);
        long stale = version(mine) - 1;
        assertThatThrownBy(() -> work.setTaskStatus(mine, stale, TaskStatus.TODO)).isInstanceOf(ConcurrentEditException.class);
        assertThat(row(leaders).status()).isEqualTo(TaskStatus.TODO);

        TestUsers.login(accounts, "npc");
        work.setTaskStatus(mine, version(mine), TaskStatus.TODO);
        assertThat(row(mine).doneOn()).isNull();
    }

    @Test
    void progressCountsDoneTasksAndMilestonesAndOverdueWorkIsShownToThoseRunningTheGroup() {
        TestUsers.login(accounts, "npc");
        long milestone = work.addMilestone(group, "方案", soon(3));
        work.addMilestone(group, "报告", soon(20));
        long task = work.addTask(group, task("问卷", deputy, soon(2)));
        work.addTask(group, task("座谈", other, soon(6)));
        work.setMilestoneDone(milestone, work.milestones(group).getFirst().version(), true);
        work.setTaskStatus(task, version(task), TaskStatus.DONE);

        assertThat(groups.get(group).summary().progress()).isEqualTo(new Progress(2, 4));
        assertThat(groups.myGroups()).filteredOn(g -> g.groupId() == group).singleElement()
                .satisfies(g -> assertThat(g.progress().percent()).isEqualTo(50));
        assertThat(topics.get(topic).summary().progress()).isEqualTo(new Progress(2, 4));
        assertThat(groups.get(group).overdue()).isZero();

        // Due dates in the past cannot be entered, so the overdue milestone is planted directly.
        milestoneRepository.saveAndFlush(new Milestone(group, "逾期的节点", today.minusDays(2)));
        assertThat(groups.get(group).overdue()).isEqualTo(1);
        assertThat(work.milestones(group)).filteredOn(MilestoneRow::overdue).extracting(MilestoneRow::title)
                .containsExactly("逾期的节点");
        assertThat(TestUsers.as(accounts, "office", () -> groups.get(group).overdue())).isEqualTo(1);
        assertThat(TestUsers.as(accounts, "office", () -> topics.get(topic).summary().progress())).isEqualTo(new Progress(2, 5));
        // Outside the group the work and its overdue count stay private: npc lives in street02's street.
        TestUsers.login(accounts, "street02");
        assertThat(groups.get(group).rights().seeWork()).isFalse();
        assertThat(groups.get(group).overdue()).isZero();
    }

    @Test
    void aSuggestionDraftedFromAFindingLinksTheFindingToIt() {
        TestUsers.login(accounts, "deputy");
        long finding = work.addFinding(group, "食堂补贴", "需要补贴");
        assertThat(work.findingSource(finding).groupId()).isEqualTo(group);
        events.publishEvent(new cn.silian.opinions.SuggestionDrafted(77L, List.of(), List.of(finding)));
        assertThat(work.findings(group).getFirst()).satisfies(f -> {
            assertThat(f.suggestion()).isTrue();
            assertThat(f.suggestionId()).isEqualTo(77L);
        });
        // Outside the group the finding does not exist, and a draft naming it is refused.
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> work.findingSource(finding)).isInstanceOf(cn.silian.shared.NotFoundException.class);
        assertThatThrownBy(() -> events.publishEvent(new cn.silian.opinions.SuggestionDrafted(78L, List.of(), List.of(finding))))
                .isInstanceOf(cn.silian.shared.NotFoundException.class);
    }

    @Test
    void membersRecordFindingsAndOnlyTheLeaderMakesOneADraftSuggestion() {
        TestUsers.login(accounts, "deputy");
        long finding = work.addFinding(group, "食堂亏损", "8 家中 6 家亏损\n需要补贴");
        assertThat(work.findings(group)).singleElement().satisfies(f -> {
            assertThat(f.author()).isEqualTo(new PersonName("陈志强", "role.DEPUTY"));
            assertThat(f.suggestion()).isFalse();
        });
        assertThatThrownBy(() -> work.addFinding(group, " ", " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("title", "body"));
        long version = work.findings(group).getFirst().version();
        assertThatThrownBy(() -> work.markSuggestion(finding, version)).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "npc");
        work.markSuggestion(finding, version);
        assertThat(work.findings(group).getFirst()).satisfies(f -> {
            assertThat(f.suggestion()).isTrue();
            assertThat(f.suggestedBy()).isEqualTo(new PersonName("刘海燕", "role.DEPUTY"));
        });
        assertThatThrownBy(() -> work.markSuggestion(finding, work.findings(group).getFirst().version()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> work.markSuggestion(finding, version)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theReportIsSavedOnTheCurrentVersionOnly() {
        TestUsers.login(accounts, "npc");
        long version = groups.get(group).version();
        long next = work.saveReport(group, version, "一、基本情况\n二、问题");
        assertThatThrownBy(() -> work.saveReport(group, version, "覆盖"))
                .isInstanceOf(ConcurrentEditException.class);
        GroupDetails details = groups.get(group);
        assertThat(details.report()).isEqualTo("一、基本情况\n二、问题");
        assertThat(details.reportUpdatedBy()).isEqualTo(new PersonName("刘海燕", "role.DEPUTY"));
        assertThat(details.version()).isEqualTo(next);

        TestUsers.login(accounts, "deputy");
        assertThat(groups.get(group).report()).isEqualTo("一、基本情况\n二、问题");
        assertThatThrownBy(() -> work.saveReport(group, next, "成员改报告")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void myOpenTasksListsOnlyTheCallersOpenTasks() {
        TestUsers.login(accounts, "npc");
        long open = work.addTask(group, task("未完成", deputy, soon(2)));
        long started = work.addTask(group, task("进行中", deputy, soon(1)));
        long done = work.addTask(group, task("已完成", deputy, soon(3)));
        long others = work.addTask(group, task("别人的", other, soon(1)));
        work.setTaskStatus(started, version(started), TaskStatus.IN_PROGRESS);
        work.setTaskStatus(done, version(done), TaskStatus.DONE);

        TestUsers.login(accounts, "deputy");
        List<TaskRow> mine = work.myOpenTasks().stream().filter(t -> t.groupId() == group).toList();
        assertThat(mine).extracting(TaskRow::id).containsExactlyInAnyOrder(started, open);
        assertThat(mine).allSatisfy(t -> {
            assertThat(t.assigneeId()).isEqualTo(deputy);
            assertThat(t.topicTitle()).isEqualTo("项目化管理测试");
        });
        assertThat(work.myOpenTasks()).extracting(TaskRow::id).doesNotContain(done, others);
        assertThat(groups.myGroups()).filteredOn(g -> g.groupId() == group).singleElement()
                .satisfies(g -> assertThat(g.openTasks()).isEqualTo(2));
        TestUsers.login(accounts, "office");
        assertThat(work.myOpenTasks()).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** {@code days} from today, but never after the topic's end. */
    LocalDate soon(int days) {
        LocalDate due = today.plusDays(days);
        return due.isAfter(end) ? end : due;
    }

    TaskRow row(long task) {
        return work.tasks(group).stream().filter(t -> t.id() == task).findFirst().orElseThrow();
    }

    long version(long task) {
        return row(task).version();
    }

    static TaskDraft task(String title, Long assignee, LocalDate dueOn) {
        return task(title, assignee, dueOn, null);
    }

    static TaskDraft task(String title, Long assignee, LocalDate dueOn, Long milestone) {
        TaskDraft d = new TaskDraft();
        d.setTitle(title);
        d.setAssigneeId(assignee);
        d.setDueOn(dueOn);
        d.setMilestoneId(milestone);
        return d;
    }

    static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.Problem::field).toList();
    }

    @Autowired cn.silian.performance.PointsQuery points;
    @Autowired GroupWorkActivity activitySource;
    @Autowired cn.silian.ActivityEvents activityEvents;

    private long entries(long deputyId, String code) {
        return TestUsers.as(accounts, "office", () -> points.byDuty(deputyId, today.getYear(), java.util.Locale.ENGLISH))
                .stream().filter(d -> d.code().equals(code)).mapToLong(cn.silian.performance.DutyPoints::entries).sum();
    }

    private List<cn.silian.performance.DutyActivity> fromSource(long deputyId, String type, long id) {
        return TestUsers.as(accounts, "office", () -> activitySource.activitiesOf(deputyId, today.getYear())).stream()
                .filter(a -> a.sourceType().equals(type) && a.sourceId() == id).toList();
    }

    @Test
    void doneTasksFindingsAndTheReportEarnDutyAndUndoingTakesItBack() {
        long tasksDone = entries(deputy, "GROUP_TASK");
        long found = entries(deputy, "FINDING");
        long reports = entries(npc, "GROUP_REPORT");

        TestUsers.login(accounts, "npc");
        long task = work.addTask(group, task("走访养老机构", deputy, soon(5)));
        TestUsers.login(accounts, "deputy");
        long v = work.setTaskStatus(task, work.tasks(group).getFirst().version(), TaskStatus.DONE);
        long finding = work.addFinding(group, "养老机构护理员不足", "三家机构缺护理员。");
        assertThat(entries(deputy, "GROUP_TASK")).isEqualTo(tasksDone + 1);
        assertThat(entries(deputy, "FINDING")).isEqualTo(found + 1);
        assertThat(fromSource(deputy, GroupWorkActivity.TASK, task))
                .isEqualTo(activityEvents.last(GroupWorkActivity.TASK, task).orElseThrow()).hasSize(1);
        assertThat(fromSource(deputy, GroupWorkActivity.FINDING, finding))
                .isEqualTo(activityEvents.last(GroupWorkActivity.FINDING, finding).orElseThrow()).hasSize(1);

        TestUsers.login(accounts, "npc");
        long gv = work.saveReport(group, groups.get(group).version(), "调研报告：养老服务。");
        assertThat(entries(npc, "GROUP_REPORT")).isEqualTo(reports + 1);
        assertThat(fromSource(npc, GroupWorkActivity.REPORT, group)).hasSize(1);

        TestUsers.login(accounts, "deputy");
        work.setTaskStatus(task, v, TaskStatus.IN_PROGRESS);
        TestUsers.login(accounts, "npc");
        work.saveReport(group, gv, "");
        assertThat(entries(deputy, "GROUP_TASK")).isEqualTo(tasksDone);
        assertThat(entries(npc, "GROUP_REPORT")).isEqualTo(reports);
        assertThat(activityEvents.last(GroupWorkActivity.TASK, task).orElseThrow()).isEmpty();
        assertThat(fromSource(deputy, GroupWorkActivity.TASK, task)).isEmpty();
        assertThat(fromSource(npc, GroupWorkActivity.REPORT, group)).isEmpty();
    }
}
