package cn.silian.topics.ui;

import cn.silian.TestUsers;
import cn.silian.people.Expertise;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.topics.GroupFilter;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupSummary;
import cn.silian.topics.ProposedMember;
import cn.silian.topics.ReviewDecision;
import cn.silian.topics.TopicDraft;
import cn.silian.topics.TopicFilter;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class TopicViewsTest extends BrowserlessTestBase {

    @Autowired TopicService topics;
    @Autowired GroupService groups;

    @Test
    void theOfficeSetsAThemeForAFutureYearAndCreatesATopicThroughTheDialog() {
        login("office");
        int year = freeYear();
        TopicListView list = navigate(TopicListView.class);
        assertThat(list.setTheme.isVisible()).isTrue();
        assertThat(list.create.isVisible()).isTrue();
        assertThat(list.propose.isVisible()).isFalse();

        test(list.setTheme).click();
        ThemeDialog theme = find(ThemeDialog.class).single();
        test(theme.year).setValue(year);
        test(theme.title).setValue("共建宜居街区");
        test(theme.description).setValue("四级代表联动，围绕老旧小区改造开展调研。");
        test(theme.save).click();
        assertThat(topics.theme(year)).hasValueSatisfying(t -> assertThat(t.title()).isEqualTo("共建宜居街区"));
        assertThat(list.year.getValue()).isEqualTo(year);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, list.themeCard).all())
                .anySatisfy(p -> assertThat(p.getText()).isEqualTo("共建宜居街区"));

        test(list.create).click();
        TopicDialog dialog = find(TopicDialog.class).single();
        assertThat(dialog.year.getValue()).isEqualTo(year);
        test(dialog.title).setValue("老旧小区加装电梯");
        dialog.startsOn.setValue(LocalDate.of(year, 3, 1));
        dialog.endsOn.setValue(LocalDate.of(year, 10, 31));
        dialog.leadOffice.setValue("城建环保工委");
        dialog.expertise.setValue(EnumSet.of(Expertise.URBAN_PLANNING, Expertise.ELDERLY_CARE));
        test(dialog.save).click();

        TopicView view = (TopicView) getCurrentView();
        assertThat(view.details.summary().title()).isEqualTo("老旧小区加装电梯");
        assertThat(view.details.summary().status()).isEqualTo(TopicStatus.DRAFT);
        assertThat(view.details.themeTitle()).isEqualTo("共建宜居街区");
        assertThat(view.statusButtons).extracting(b -> b.getText()).containsExactly("开放报名");
        assertThat(topics.count(TopicFilter.year(year))).isEqualTo(1);
    }

    @Test
    void aTopicWithoutTitleThatEndsBeforeItStartsShowsFieldErrorsAndCreatesNothing() {
        int year = themedYear();
        login("office");
        TopicListView list = navigate(TopicListView.class);
        list.year.setValue(year);
        test(list.create).click();
        TopicDialog dialog = find(TopicDialog.class).single();
        dialog.startsOn.setValue(LocalDate.of(year, 6, 1));
        dialog.endsOn.setValue(LocalDate.of(year, 5, 1));
        test(dialog.save).click();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("结束日期不能早于开始日期。");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(topics.count(TopicFilter.year(year))).isZero();
    }

    @Test
    void aDeputyProposesATopicAndSeesNoOfficeButtons() {
        int year = themedYear();
        login("deputy");
        TopicListView list = navigate(TopicListView.class);
        assertThat(list.setTheme.isVisible()).isFalse();
        assertThat(list.create.isVisible()).isFalse();
        assertThat(list.propose.isVisible()).isTrue();
        list.year.setValue(year);
        test(list.propose).click();
        TopicDialog dialog = find(TopicDialog.class).single();
        test(dialog.title).setValue("社区养老服务供给");
        dialog.startsOn.setValue(LocalDate.of(year, 4, 1));
        dialog.endsOn.setValue(LocalDate.of(year, 9, 30));
        test(dialog.save).click();

        TopicView view = (TopicView) getCurrentView();
        assertThat(view.details.summary().status()).isEqualTo(TopicStatus.PROPOSED);
        assertThat(view.edit).isNull();
        assertThat(view.review).isNull();
        assertThat(view.statusButtons).isEmpty();
        assertThat(view.newGroup).isNull();
        assertThat(view.grouping).isNull();
    }

    @Test
    void theOfficeReturnsAProposalWithACommentAndTheHistoryShowsIt() {
        int year = themedYear();
        long id = TestUsers.as(accounts, "deputy", () -> topics.propose(draft(year, "背街小巷环境整治", Set.of())));
        login("office");
        TopicView view = navigate("topics/" + id, TopicView.class);
        assertThat(view.reviewHistory).isNull();
        test(view.review).click();
        ReviewDialog dialog = find(ReviewDialog.class).single();
        dialog.decision.setValue(ReviewDecision.RETURN);
        test(dialog.save).click();
        assertThat(dialog.comment.isInvalid()).isTrue();
        test(dialog.comment).setValue("请补充调研方法和时间安排。");
        test(dialog.save).click();

        assertThat(view.details.summary().status()).isEqualTo(TopicStatus.RETURNED);
        assertThat(view.reviewHistory).isNotNull();
        assertThat(test(view.reviews).size()).isEqualTo(1);
        assertThat(test(view.reviews).getRow(0).comment()).isEqualTo("请补充调研方法和时间安排。");

        login("deputy");
        view = navigate("topics/" + id, TopicView.class);
        assertThat(view.revise).isNotNull();
        assertThat(test(view.reviews).size()).isEqualTo(1);
    }

    @Test
    void aDraftTopicDoesNotExistForADeputy() {
        int year = themedYear();
        long id = TestUsers.as(accounts, "office", () -> topics.create(draft(year, "尚未公布的课题", Set.of())));
        login("deputy");
        navigateTo("topics/" + id);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theGroupingAssistantProposesGroupsAndSavingCreatesThem() {
        int year = themedYear();
        long id = TestUsers.as(accounts, "office", () ->
                topics.create(draft(year, "教育与医疗资源均衡", Set.of(Expertise.EDUCATION, Expertise.HEALTH))));
        login("office");
        TopicView topic = navigate("topics/" + id, TopicView.class);
        test(topic.grouping).click();
        GroupingView view = (GroupingView) getCurrentView();
        assertThat(view.rows).extracting(r -> r.name.getValue()).containsExactly("教育", "医疗卫生");
        view.rows.forEach(r -> r.size.setValue(3));
        test(view.propose).click();
        assertThat(view.planned).containsOnlyKeys("教育", "医疗卫生");
        assertThat(view.planned.values()).allSatisfy(members -> assertThat(members).hasSize(3));
        assertThat(view.unplaced).isNotEmpty();
        assertThat(view.leaders.get("教育")).isNotNull();

        ProposedMember moved = view.planned.get("教育").getFirst();
        view.move(moved, "医疗卫生");
        ProposedMember added = view.unplaced.getFirst();
        view.place(added, "教育");
        ProposedMember dropped = view.planned.get("医疗卫生").getFirst();
        view.unplace(dropped);
        view.cards.get("医疗卫生").leader.setValue(moved);
        test(view.save).click();

        TopicView after = (TopicView) getCurrentView();
        assertThat(test(after.groupGrid).size()).isEqualTo(2);
        List<GroupSummary> saved = groups.page(GroupFilter.ofTopic(id), PageRequest.of(0, 10)).getContent();
        assertThat(saved).extracting(GroupSummary::name).containsExactlyInAnyOrder("教育", "医疗卫生");
        GroupSummary health = saved.stream().filter(g -> g.name().equals("医疗卫生")).findFirst().orElseThrow();
        GroupSummary education = saved.stream().filter(g -> g.name().equals("教育")).findFirst().orElseThrow();
        assertThat(health.members()).isEqualTo(3);
        assertThat(health.leaderId()).isEqualTo(moved.deputyId());
        assertThat(education.members()).isEqualTo(3);
    }

    @Test
    void namesGivenTwiceOrTakenAreMarkedBeforeAnythingIsProposed() {
        int year = themedYear();
        long id = TestUsers.as(accounts, "office", () -> {
            long created = topics.create(draft(year, "交通微循环", Set.of(Expertise.TRANSPORT)));
            cn.silian.topics.GroupDraft existing = new cn.silian.topics.GroupDraft();
            existing.setName("既有小组");
            groups.create(created, existing);
            return created;
        });
        login("office");
        GroupingView view = navigate("topics/" + id + "/grouping", GroupingView.class);
        test(view.addRow).click();
        view.rows.get(1).name.setValue("交通");
        test(view.addRow).click();
        view.rows.get(2).name.setValue("既有小组");
        test(view.propose).click();
        assertThat(view.rows.get(0).name.isInvalid()).isFalse();
        assertThat(view.rows.get(1).name.getErrorMessage()).isEqualTo("组名不能重复。");
        assertThat(view.rows.get(2).name.getErrorMessage()).isEqualTo("本课题下已有同名小组。");
        assertThat(view.planned).isEmpty();
    }

    @Test
    void aDeputyCannotOpenTheGroupingAssistant() {
        int year = themedYear();
        long id = TestUsers.as(accounts, "office", () -> {
            long created = topics.create(draft(year, "公开课题", Set.of(Expertise.LAW)));
            topics.changeStatus(created, topics.get(created).version(), TopicStatus.OPEN);
            return created;
        });
        login("deputy");
        navigateTo("topics/" + id + "/grouping");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        navigateTo("topics/" + id);
        assertThat(getCurrentView()).isInstanceOf(TopicView.class);
    }

    private int freeYear() {
        return TestUsers.as(accounts, "office", () -> {
            int year = 2040;
            while (topics.theme(year).isPresent()) {
                year++;
            }
            return year;
        });
    }

    /** A future year with a theme of its own, so no demo topic shares it. */
    private int themedYear() {
        int year = freeYear();
        TestUsers.as(accounts, "office", () -> topics.setTheme(year, null, "测试年度主题", null));
        return year;
    }

    private static TopicDraft draft(int year, String title, Set<Expertise> tags) {
        TopicDraft d = new TopicDraft();
        d.setYear(year);
        d.setTitle(title);
        d.setStartsOn(LocalDate.of(year, 3, 1));
        d.setEndsOn(LocalDate.of(year, 11, 30));
        d.setExpertise(tags);
        return d;
    }
}
