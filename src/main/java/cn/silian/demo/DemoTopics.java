package cn.silian.demo;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.DeputySummary;
import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.security.SystemUser;
import cn.silian.shared.Formats;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.GroupingAssistant;
import cn.silian.topics.GroupingProposal;
import cn.silian.topics.PlannedGroup;
import cn.silian.topics.ProposedMember;
import cn.silian.topics.ReviewDecision;
import cn.silian.topics.TaskDraft;
import cn.silian.topics.TaskStatus;
import cn.silian.topics.TopicDraft;
import cn.silian.topics.TopicService;
import cn.silian.topics.TopicStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The demo district's research work: this year's theme with three published topics and eight
 * groups formed by the grouping assistant, their milestones, tasks, findings and a report draft;
 * last year's concluded topic; a street's proposal awaiting review and a deputy's returned one.
 * The demo accounts have parts to play: {@code npc} leads a group of the open topic that takes
 * join requests and {@code deputy} is not in; {@code deputy} works in another group with open tasks.
 * Every date is counted from today and kept inside the year, so the data fits any day it loads.
 */
@Component
class DemoTopics {

    static final String THEME = "推进老旧小区改造与一老一小服务，助力共同富裕";
    private static final int GROUP_SIZE = 8;

    private record GroupPlan(String name, String focus, Set<Expertise> tags, String[] tasks, String[][] findings) {
    }

    private record TopicPlan(String title, String leadOffice, int startMonth, String background, String goals,
                             Set<Expertise> tags, TopicStatus status, List<GroupPlan> groups) {
    }

    private static final TopicPlan RENEWAL = new TopicPlan("老旧小区改造中的加装电梯与管网更新", "城建环保工委", 3,
            "全区 2000 年前建成的老旧小区共 126 个，涉及居民 3.8 万户，加装电梯意见难统一、地下管网老化、"
                    + "楼道消防通道堵塞等问题群众反映集中，是代表进站接待中听到最多的诉求之一。",
            "摸清老旧小区加装电梯和管网更新的底数与难点，形成可复制的协商议事办法和资金分摊建议，"
                    + "年内提出不少于 5 条高质量建议，推动纳入区政府民生实事项目。",
            EnumSet.of(Expertise.URBAN_PLANNING, Expertise.SAFETY, Expertise.ENVIRONMENT, Expertise.SOCIAL_WORK),
            TopicStatus.IN_PROGRESS, List.of(
            new GroupPlan("加装电梯协调组", "加装电梯的意见协调、资金分摊与后期维保",
                    EnumSet.of(Expertise.URBAN_PLANNING, Expertise.SOCIAL_WORK),
                    new String[]{"梳理已加装电梯小区的资金分摊方式", "约谈区住建局了解审批流程"},
                    new String[][]{{"低层住户补偿缺少统一标准", "走访的 12 个小区中有 9 个因一、二层住户补偿分歧搁置，"
                            + "建议由区里出台补偿指导标准，并明确街道调解程序。"},
                            {"维保费用由谁承担尚无约定", "已加装的电梯普遍没有约定维保资金来源，三年后维保压力集中显现。"}}),
            new GroupPlan("管网与消防安全组", "老旧管网排查、楼道消防通道和电动车充电隐患",
                    EnumSet.of(Expertise.SAFETY, Expertise.URBAN_PLANNING),
                    new String[]{"会同消防救援站抽查楼道消防通道", "统计集中充电桩覆盖情况", "查阅近三年管网爆漏维修记录",
                            "走访物业企业了解管网维护难点", "整理居民安全隐患反映台账"},
                    new String[][]{{"电动车集中充电桩覆盖不足", "抽查的 20 个小区中仅 7 个建有集中充电设施，"
                            + "楼道飞线充电仍较普遍。"}}),
            new GroupPlan("小区环境与长效管理组", "垃圾分类、绿化提升与物业长效管理机制",
                    EnumSet.of(Expertise.ENVIRONMENT, Expertise.SOCIAL_WORK),
                    new String[]{"调查无物业小区的管理现状", "对比三种准物业管理模式", "召开居民议事会听取意见",
                            "整理改造后小区的回访问卷"},
                    new String[][]{{"改造后缺少长效管理", "部分小区改造完成后无人管理，一年内绿化和停车秩序明显回落。"}})));

    private static final TopicPlan YOUNG_AND_OLD = new TopicPlan("完善“一老一小”社区服务体系", "社会建设委员会", 4,
            "全区 60 岁以上户籍老年人占 24.6%，3 岁以下婴幼儿托育需求逐年增长，"
                    + "社区养老服务设施分布不均、普惠托育供给不足、课后服务时间与家长下班时间不衔接。",
            "调查社区养老、托育和课后服务的供需缺口，提出设施布局、运营补贴和人才培养的建议，"
                    + "形成专题调研报告提交四级人大代表联席会。",
            EnumSet.of(Expertise.ELDERLY_CARE, Expertise.EDUCATION, Expertise.HEALTH, Expertise.SOCIAL_WORK),
            TopicStatus.IN_PROGRESS, List.of(
            new GroupPlan("社区居家养老组", "社区食堂、助浴助洁和居家养老服务站运营",
                    EnumSet.of(Expertise.ELDERLY_CARE, Expertise.SOCIAL_WORK),
                    new String[]{"走访社区老年食堂了解运营成本", "统计居家养老服务站使用率", "访谈独居老人家庭",
                            "整理养老服务补贴政策"},
                    new String[][]{{"社区老年食堂普遍亏损", "走访的 8 家老年食堂中 6 家依靠街道补贴维持，"
                            + "建议建立按就餐人次补贴的机制。"},
                            {"助浴服务需求大但供给少", "失能老人助浴需求集中，全区仅 2 家机构提供上门助浴。"}}),
            new GroupPlan("托育与课后服务组", "普惠托育机构布局和小学课后服务",
                    EnumSet.of(Expertise.EDUCATION, Expertise.SOCIAL_WORK),
                    new String[]{"调查普惠托育机构收费与空位", "听取家长对课后服务时间的意见", "座谈小学校长和教师",
                            "对比周边区县托育补贴标准", "统计社区儿童之家开放情况"},
                    new String[][]{{"课后服务结束时间偏早", "多数学校课后服务 17:30 结束，双职工家庭接送仍有困难。"}}),
            new GroupPlan("医养结合组", "社区卫生服务中心与养老机构的签约服务",
                    EnumSet.of(Expertise.HEALTH, Expertise.ELDERLY_CARE),
                    new String[]{"调查家庭医生签约服务的履约情况", "走访养老机构内设医务室", "整理医养结合试点经验",
                            "收集老年人慢病管理需求"},
                    new String[][]{{"养老机构医务室人员不足", "内设医务室普遍只有 1 名医生，夜间无人值守。"}})));

    private static final TopicPlan SHARED_PROSPERITY = new TopicPlan("发展社区经济，促进居民就业增收", "代表工委", 6,
            "就业是最基本的民生。全区登记失业人员中 40 岁以上占六成，城郊村社集体经济收入差距较大，"
                    + "需要代表们发挥专业特长，为稳就业、促增收出主意。",
            "摸清就业困难群体和村社集体经济的现状，提出就业服务下沉社区和盘活集体资产的建议。",
            EnumSet.of(Expertise.ECONOMY, Expertise.FINANCE, Expertise.AGRICULTURE, Expertise.SOCIAL_WORK),
            TopicStatus.OPEN, List.of(
            new GroupPlan("社区就业服务组", "就业服务下沉社区和大龄失业人员再就业",
                    EnumSet.of(Expertise.ECONOMY, Expertise.SOCIAL_WORK), new String[0], new String[0][]),
            new GroupPlan("村社集体经济组", "城郊村社集体资产盘活和分红机制",
                    EnumSet.of(Expertise.AGRICULTURE, Expertise.FINANCE), new String[0], new String[0][])));

    private static final String[] MILESTONES = {"制定调研方案", "完成实地走访与问卷", "形成调研报告初稿", "提交四级人大代表联席会审议"};

    private final TopicService topics;
    private final GroupService groups;
    private final GroupWorkService work;
    private final DeputyService deputies;
    private final AccountService accounts;

    DemoTopics(TopicService topics, GroupService groups, GroupWorkService work, DeputyService deputies,
               AccountService accounts) {
        this.topics = topics;
        this.groups = groups;
        this.work = work;
        this.deputies = deputies;
        this.accounts = accounts;
    }

    void load(TransactionTemplate transaction, long deputyId, long npcId) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        int year = today.getYear();
        transaction.executeWithoutResult(status -> lastYear(year - 1));
        transaction.executeWithoutResult(status -> topics.setTheme(year, null, THEME,
                "围绕群众反映最集中的老旧小区改造和“一老一小”服务，四级人大代表和街道议政代表"
                        + "分类编组、联动调研，每个课题形成一份调研报告和一批高质量建议，以小切口推动共同富裕。"));
        // One transaction per topic and per group: the assistant loads hundreds of people, and a
        // persistence context holding them all would slow every later flush.
        List<Long> renewal = transaction.execute(status -> topic(RENEWAL, year, today, deputyId, npcId));
        List<Long> youngAndOld = transaction.execute(status -> topic(YOUNG_AND_OLD, year, today, deputyId, npcId));
        List<Long> prosperity = transaction.execute(status -> topic(SHARED_PROSPERITY, year, today, deputyId, npcId));
        LocalDate end = LocalDate.of(year, 12, 31);
        for (int i = 0; i < renewal.size(); i++) {
            int index = i;
            transaction.executeWithoutResult(status -> work(renewal.get(index), RENEWAL.groups().get(index), index,
                    today, end, index == 0 ? deputyId : null));
        }
        for (int i = 0; i < youngAndOld.size(); i++) {
            int index = i;
            transaction.executeWithoutResult(status -> work(youngAndOld.get(index), YOUNG_AND_OLD.groups().get(index),
                    index + 3, today, end, null));
        }
        transaction.executeWithoutResult(status -> {
            // Somebody else already asks to join npc's group; deputy's own request is left to the user.
            long requester = groups.members(renewal.get(1)).stream().filter(m -> !m.leader()).findFirst().orElseThrow().deputyId();
            asDeputy(requester, () -> groups.requestJoin(prosperity.getFirst(), "我在城郊村社工作多年，熟悉集体经济情况，希望参加本组调研。"));
        });
        transaction.executeWithoutResult(status -> proposals(year));
    }

    private void lastYear(int year) {
        topics.setTheme(year, null, "聚焦基层治理现代化，提升代表履职实效",
                "以社区议事协商为切入点，推动代表联系群众常态化、制度化。");
        TopicDraft d = draft(year, "社区议事协商机制建设", "代表工委", LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 31),
                "各社区议事会规则不一，议而不决、决而不行的情况时有发生。",
                "总结议事协商经验，提出社区议事规则范本。", EnumSet.of(Expertise.SOCIAL_WORK, Expertise.LAW));
        long id = topics.create(d);
        long version = topics.get(id).version();
        for (TopicStatus s : List.of(TopicStatus.OPEN, TopicStatus.IN_PROGRESS, TopicStatus.CONCLUDED)) {
            version = topics.changeStatus(id, version, s);
        }
    }

    /** Creates a published topic and forms its groups from the assistant's proposal; the groups' ids in plan order. */
    private List<Long> topic(TopicPlan plan, int year, LocalDate today, long deputyId, long npcId) {
        LocalDate start = LocalDate.of(year, plan.startMonth(), 1);
        long id = topics.create(draft(year, plan.title(), plan.leadOffice(), start.isAfter(today) ? today : start,
                LocalDate.of(year, 12, 31), plan.background(), plan.goals(), plan.tags()));
        long version = topics.changeStatus(id, topics.get(id).version(), TopicStatus.OPEN);
        List<GroupingAssistant.GroupSpec> specs = plan.groups().stream()
                .map(g -> new GroupingAssistant.GroupSpec(g.name(), g.tags(), GROUP_SIZE)).toList();
        GroupingProposal proposal = groups.proposeGrouping(id, specs);

        // The office's adjustments: the demo accounts go where their parts need them, and every
        // group gets all five levels, from the unplaced or, failing that, the directory.
        Map<Long, Level> levels = new HashMap<>();
        List<Long> spare = new ArrayList<>();
        proposal.unplaced().forEach(p -> {
            levels.put(p.deputyId(), p.level());
            spare.add(p.deputyId());
        });
        spare.removeAll(List.of(deputyId, npcId));
        Set<Long> used = new HashSet<>();
        List<List<Long>> memberLists = new ArrayList<>();
        for (GroupPlan g : plan.groups()) {
            List<Long> ids = new ArrayList<>();
            for (ProposedMember p : proposal.groups().get(g.name())) {
                levels.put(p.deputyId(), p.level());
                if (p.deputyId() != deputyId && p.deputyId() != npcId) {
                    ids.add(p.deputyId());
                    used.add(p.deputyId());
                }
            }
            memberLists.add(ids);
        }
        Long leaderOfFirst = null;
        if (plan == RENEWAL) {
            memberLists.getFirst().add(deputyId);
            levels.put(deputyId, Level.DISTRICT);
        } else if (plan == SHARED_PROSPERITY) {
            memberLists.getFirst().addFirst(npcId);
            levels.put(npcId, Level.NATIONAL);
            leaderOfFirst = npcId;
        }
        used.add(deputyId);
        used.add(npcId);
        List<PlannedGroup> planned = new ArrayList<>();
        for (int i = 0; i < plan.groups().size(); i++) {
            GroupPlan g = plan.groups().get(i);
            List<Long> ids = memberLists.get(i);
            for (Level level : Level.values()) {
                if (ids.stream().noneMatch(m -> levels.get(m) == level)) {
                    Long extra = spare.stream().filter(s -> levels.get(s) == level).findFirst()
                            .orElseGet(() -> fromDirectory(level, used, levels));
                    if (extra != null) {
                        spare.remove(extra);
                        used.add(extra);
                        if (ids.size() >= GROUP_SIZE) {
                            ids.remove(mostCommonLevel(ids, levels, Set.of(deputyId, npcId)));
                        }
                        ids.add(extra);
                    }
                }
            }
            Long leader = i == 0 && leaderOfFirst != null ? leaderOfFirst : ids.stream()
                    .filter(m -> m != deputyId)
                    .min(Comparator.comparing((Long m) -> levels.get(m), Comparator.nullsLast(Comparator.naturalOrder())))
                    .orElseThrow();
            planned.add(new PlannedGroup(g.name(), g.focus(), g.tags(), leader, ids));
        }
        List<Long> ids = groups.applyGrouping(id, planned);
        if (plan.status() == TopicStatus.IN_PROGRESS) {
            topics.changeStatus(id, version, TopicStatus.IN_PROGRESS);
        }
        return ids;
    }

    private Long fromDirectory(Level level, Set<Long> used, Map<Long, Level> levels) {
        for (DeputySummary d : deputies.page(new DeputyFilter(null, level, null, null, DeputyStatus.ACTIVE),
                PageRequest.of(0, 200)).getContent()) {
            Level highest = d.seats().stream().map(SeatInfo::level).min(Comparator.naturalOrder()).orElse(null);
            if (highest == level && !used.contains(d.id())) {
                levels.put(d.id(), level);
                return d.id();
            }
        }
        return null;
    }

    /** The last member of the level most represented in the group, to make room for a missing level. */
    private static Long mostCommonLevel(List<Long> ids, Map<Long, Level> levels, Set<Long> keep) {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        ids.forEach(m -> counts.merge(levels.get(m), 1, Integer::sum));
        Level most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (levels.get(ids.get(i)) == most && !keep.contains(ids.get(i))) {
                return ids.get(i);
            }
        }
        return ids.getLast();
    }

    /** A group's plan of work; {@code demoDeputy} gets two open tasks, one due soon, and one done. */
    private void work(long groupId, GroupPlan plan, int index, LocalDate today, LocalDate end, Long demoDeputy) {
        List<Long> milestones = new ArrayList<>();
        int count = index % 2 == 0 ? 4 : 3;
        for (int i = 0; i < count; i++) {
            milestones.add(work.addMilestone(groupId, MILESTONES[i], due(today, end, 5 + index + i * 30)));
        }
        work.setMilestoneDone(milestones.getFirst(), work.milestones(groupId).getFirst().version(), true);

        Long leader = groups.get(groupId).summary().leaderId();
        List<Long> members = groups.members(groupId).stream().map(m -> m.deputyId())
                .filter(m -> !m.equals(leader) && !m.equals(demoDeputy)).toList();
        if (demoDeputy != null) {
            task(groupId, "走访幸福社区加装电梯意见不一致的住户", "重点听取一、二层住户的顾虑，记录补偿诉求。",
                    demoDeputy, milestones.get(1), due(today, end, 3), TaskStatus.TODO);
            task(groupId, "整理居民问卷数据", "汇总 3 个社区共 420 份问卷，按楼栋统计同意率。",
                    demoDeputy, milestones.get(1), due(today, end, 21), TaskStatus.IN_PROGRESS);
            task(groupId, "收集兄弟区县加装电梯经验", null, demoDeputy, milestones.getFirst(), due(today, end, 2),
                    TaskStatus.DONE);
        }
        TaskStatus[] statuses = {TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.TODO, TaskStatus.TODO, TaskStatus.DONE};
        for (int i = 0; i < plan.tasks().length; i++) {
            task(groupId, plan.tasks()[i], null, members.get((i + index) % members.size()),
                    milestones.get(i < 2 ? 1 : 2), due(today, end, 10 + 7 * i + index), statuses[i % statuses.length]);
        }
        for (int i = 0; i < plan.findings().length; i++) {
            String[] f = plan.findings()[i];
            Runnable add = () -> work.addFinding(groupId, f[0], f[1]);
            if (demoDeputy != null && i == 1) {
                as("deputy", add);
            } else {
                add.run();
            }
        }
        var first = work.findings(groupId).getLast();
        work.markSuggestion(first.id(), first.version());
        if (demoDeputy != null) {
            work.saveReport(groupId, groups.get(groupId).version(), """
                    一、基本情况
                    本组走访城关、东湖两个街道的 12 个老旧小区，发放问卷 420 份，召开居民议事会 3 场。

                    二、主要问题
                    1. 低层住户补偿缺少统一标准，协调成本高；
                    2. 加装电梯后的维保资金没有来源。

                    三、初步建议
                    （待走访完成后补充）""");
        }
    }

    private void task(long groupId, String title, String description, long assignee, Long milestone, LocalDate due,
                      TaskStatus status) {
        TaskDraft d = new TaskDraft();
        d.setTitle(title);
        d.setDescription(description);
        d.setAssigneeId(assignee);
        d.setMilestoneId(milestone);
        d.setDueOn(due);
        long id = work.addTask(groupId, d);
        if (status != TaskStatus.TODO) {
            work.setTaskStatus(id, version(groupId, id), status);
        }
    }

    private long version(long groupId, long taskId) {
        return work.tasks(groupId).stream().filter(t -> t.id() == taskId).findFirst().orElseThrow().version();
    }

    private void proposals(int year) {
        as("street01", () -> topics.propose(draft(year, "背街小巷夜间照明改善", "城建环保工委", LocalDate.of(year, 7, 1),
                LocalDate.of(year, 12, 31), "城关街道多条背街小巷路灯损坏或间距过大，居民夜间出行不便，进站接待中反映多次。",
                "摸清照明盲区，提出路灯补建和维护责任划分的建议。", EnumSet.of(Expertise.URBAN_PLANNING, Expertise.SAFETY))));
        long returned = as("deputy", () -> topics.propose(draft(year, "社区食堂运营补贴机制研究",
                "社会建设委员会", LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31),
                "社区老年食堂普遍依靠补贴维持，补贴标准各街道不一。", "提出按就餐人次补贴的办法。",
                EnumSet.of(Expertise.ELDERLY_CARE, Expertise.FINANCE))));
        topics.review(returned, topics.get(returned).version(), ReviewDecision.RETURN,
                "选题与“一老一小”课题的社区居家养老组有重叠，请聚焦补贴标准与可持续运营，补充调研对象和时间安排后再报。");
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work as a demo account, so proposals and findings carry their authors' names. */
    private <T> T as(String username, Supplier<T> work) {
        return as(accounts.loadUserByUsername(username), work);
    }

    /** A deputy without an account, for the one join request the demo needs from somebody else. */
    private void asDeputy(long deputyId, Runnable work) {
        as(new SilianUser(null, SystemUser.NAME, "", true, SystemUser.NAME, Role.DEPUTY, null, deputyId), () -> {
            work.run();
            return null;
        });
    }

    private static <T> T as(UserDetails user, Supplier<T> work) {
        return DemoActor.as(user, work);
    }

    private static TopicDraft draft(int year, String title, String leadOffice, LocalDate start, LocalDate end,
                                    String background, String goals, Set<Expertise> tags) {
        TopicDraft d = new TopicDraft();
        d.setYear(year);
        d.setTitle(title);
        d.setLeadOffice(leadOffice);
        d.setStartsOn(start);
        d.setEndsOn(end);
        d.setBackground(background);
        d.setGoals(goals);
        d.setExpertise(tags);
        return d;
    }

    /** {@code days} from today, but never after the topic's end. */
    private static LocalDate due(LocalDate today, LocalDate end, int days) {
        LocalDate due = today.plusDays(days);
        return due.isAfter(end) ? end : due;
    }
}
