package cn.silian.topics.ui;

import cn.silian.TestUsers;
import cn.silian.home.HomeView;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Expertise;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupSummary;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.MemberRow;
import cn.silian.topics.PlannedGroup;
import cn.silian.topics.TaskDraft;
import cn.silian.topics.TopicDraft;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class GroupViewsTest extends BrowserlessTestBase {

    @Autowired TopicService topics;
    @Autowired GroupService groups;
    @Autowired GroupWorkService work;
    @Autowired DeputyService deputies;

    LocalDate today;
    LocalDate topicEnds;
    long deputy;
    long npc;
    long other;
    /** npc leads, deputy is a member. */
    long workGroup;
    /** npc leads, other is a member, deputy is not: in another open topic. */
    long openGroup;
    /** In a draft topic, without deputy: he may not know of it. */
    long hiddenGroup;

    @BeforeEach
    void fixture() {
        today = LocalDate.now(Formats.ZONE);
        topicEnds = today.plusDays(300);
        deputy = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        npc = ((SilianUser) accounts.loadUserByUsername("npc")).deputyId();
        TestUsers.as(accounts, "office", () -> {
            other = deputies.page(DeputyFilter.none(), PageRequest.of(0, 10)).getContent().stream()
                    .map(d -> d.id()).filter(id -> id != deputy && id != npc).findFirst().orElseThrow();
            if (topics.theme(today.getYear()).isEmpty()) {
                topics.setTheme(today.getYear(), null, "测试年度主题", null);
            }
            long first = topic("测试课题一", true);
            long second = topic("测试课题二", true);
            long draft = topic("测试课题三", false);
            workGroup = groups.applyGrouping(first, List.of(new PlannedGroup("测试工作组", "社区养老", Set.of(Expertise.ELDERLY_CARE),
                    npc, List.of(npc, deputy)))).getFirst();
            openGroup = groups.applyGrouping(second, List.of(new PlannedGroup("测试开放组", null, Set.of(),
                    npc, List.of(npc, other)))).getFirst();
            hiddenGroup = groups.applyGrouping(draft, List.of(new PlannedGroup("测试草稿组", null, Set.of(),
                    other, List.of(other)))).getFirst();
            return null;
        });
    }

    private long topic(String title, boolean open) {
        TopicDraft d = new TopicDraft();
        d.setYear(today.getYear());
        d.setTitle(title);
        d.setStartsOn(today);
        d.setEndsOn(topicEnds);
        long id = topics.create(d);
        if (open) {
            topics.changeStatus(id, topics.get(id).version(), TopicStatus.OPEN);
        }
        return id;
    }

    @Test
    void theMembershipHistoryNamesWhoAddedAMemberAndTheDemoLoaderAsTheSystemNeverByLoginName() {
        login("office");
        GroupView view = navigate("groups/" + workGroup, GroupView.class);
        Grid<MemberRow> history = view.members.history;
        assertThat(test(history).getCellText(0, columnOf(history, "加入日期")))
                .contains("分类编组（代表工委 王敏）").doesNotContain("office");

        long demoGroup = groups.page(GroupFilter.none(), PageRequest.of(0, 50)).stream()
                .filter(g -> !g.name().startsWith("测试") && g.members() > 0).findFirst().orElseThrow().id();
        view = navigate("groups/" + demoGroup, GroupView.class);
        history = view.members.history;
        assertThat(test(history).getCellText(0, columnOf(history, "加入日期")))
                .contains("（系统）").doesNotContain("system");
    }

    @Test
    void aMemberSeesTheWorkButNoEditButtons() {
        login("deputy");
        GroupView view = navigate("groups/" + workGroup, GroupView.class);
        assertThat(view.sections).extracting(Details::getSummaryText).containsExactly("成员", "里程碑", "任务", "调研成果", "调研报告");
        assertThat(test(view.members.members).size()).isEqualTo(2);
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.leave.isVisible()).isTrue();
        assertThat(view.askToJoin.isVisible()).isFalse();
        assertThat(view.milestones.create.getParent()).isEmpty();
        assertThat(view.tasks.create.getParent()).isEmpty();
        assertThat(view.report.text.isReadOnly()).isTrue();
        assertThat(view.report.save.isVisible()).isFalse();
        assertThat(view.members.person.getParent()).isEmpty();
        assertThat(view.findings.create.getParent()).isPresent();
    }

    @Test
    void aDeputyOutsideTheGroupSeesItsMembersButNotItsWorkAndAsksToJoin() {
        login("deputy");
        GroupView view = navigate("groups/" + openGroup, GroupView.class);
        assertThat(view.sections).extracting(Details::getSummaryText).containsExactly("成员");
        assertThat(view.tasks).isNull();
        assertThat(test(view.members.members).size()).isEqualTo(2);
        assertThat(view.askToJoin.isVisible()).isTrue();
        test(view.askToJoin).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(TextArea.class, dialog).single()).setValue("我熟悉社区工作");
        test(find(Button.class, dialog).withText("提交申请").single()).click();
        assertThat(view.askToJoin.isVisible()).isFalse();
        assertThat(view.withdraw.isVisible()).isTrue();

        login("npc");
        GroupView leader = navigate("groups/" + openGroup, GroupView.class);
        assertThat(test(leader.members.pending).size()).isEqualTo(1);
        assertThat(test(leader.members.pending).getRow(0).deputyId()).isEqualTo(deputy);
        Button accept = (Button) ((HorizontalLayout) test(leader.members.pending).getCellComponent(0, 3)).getComponentAt(0);
        test(accept).click();
        assertThat(test(leader.members.pending).size()).isZero();
        assertThat(groups.members(openGroup)).extracting(MemberRow::deputyId).contains(deputy);
    }

    @Test
    void aTaskDueAfterTheTopicEndsIsRefusedAndNothingIsAdded() {
        login("office");
        GroupView view = navigate("groups/" + workGroup, GroupView.class);
        int before = test(view.tasks.grid).size();
        test(view.tasks.create).click();
        TaskDialog dialog = find(TaskDialog.class).single();
        test(dialog.title).setValue("走访养老机构");
        dialog.assignee.setValue(dialog.assignee.getListDataView().getItems()
                .filter(m -> m.deputyId() == deputy).findFirst().orElseThrow());
        dialog.dueOn.setValue(topicEnds.plusDays(1));
        test(dialog.save).click();
        assertThat(dialog.dueOn.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).contains("截止日期不能晚于课题结束日期");
        assertThat(work.tasks(workGroup)).hasSize(before);

        dialog.dueOn.setValue(today.plusDays(20));
        test(dialog.save).click();
        assertThat(work.tasks(workGroup)).hasSize(before + 1);
        assertThat(test(view.tasks.grid).size()).isEqualTo(before + 1);
    }

    @Test
    void aTaskAssignedToADeputyShowsOnHisHomePage() {
        TestUsers.as(accounts, "office", () -> {
            TaskDraft d = new TaskDraft();
            d.setTitle("整理问卷");
            d.setAssigneeId(deputy);
            d.setDueOn(today.plusDays(10));
            return work.addTask(workGroup, d);
        });
        login("deputy");
        HomeView home = navigate(HomeView.class);
        assertThat(find(ListItem.class, home).all()).anySatisfy(item -> {
            assertThat(item.getElement().getTextRecursively()).contains("整理问卷");
            assertThat(find(Anchor.class, item).single().getHref()).isEqualTo("groups/" + workGroup);
        });
        assertThat(find(Anchor.class, home).all()).extracting(Anchor::getHref).contains("groups/" + workGroup);
    }

    @Test
    void streetStaffListOnlyGroupsWithMembersOfTheirStreet() {
        login("street01");
        GroupListView view = navigate(GroupListView.class);
        assertThat(view.street.isVisible()).isFalse();
        assertThat(view.mine.isVisible()).isFalse();
        int size = test(view.grid).size();
        assertThat(size).isPositive();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            GroupSummary row = test(view.grid).getRow(i);
            ids.add(row.id());
            assertThat(groups.members(row.id())).extracting(MemberRow::streetName).contains("城关街道");
        }
        assertThat(ids).contains(workGroup);
    }

    @Test
    void aDeputyFiltersHisOwnGroups() {
        login("deputy");
        GroupListView view = navigate(GroupListView.class);
        view.mine.setValue(true);
        int size = test(view.grid).size();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(test(view.grid).getRow(i).id());
        }
        assertThat(ids).contains(workGroup).doesNotContain(openGroup, hiddenGroup);
    }

    @Test
    void aGroupTheCallerMayNotSeeIsNotFound() {
        login("deputy");
        navigateTo("groups/" + hiddenGroup);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
