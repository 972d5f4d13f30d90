package cn.silian.demo;

import cn.silian.opinions.OpinionsClock;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.DeputySummary;
import cn.silian.people.Level;
import cn.silian.projects.ProjectAdopted;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.supervision.ProblemService;
import cn.silian.supervision.ProgressDraft;
import cn.silian.supervision.ProjectDetails;
import cn.silian.supervision.ProjectRating;
import cn.silian.supervision.ProjectRow;
import cn.silian.supervision.RatingRoundService;
import cn.silian.supervision.SupervisionFilter;
import cn.silian.supervision.SupervisionService;
import cn.silian.supervision.VisitDraft;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The supervision of the 2026 livelihood projects: for every adopted project a group with a lead
 * and members (陈志强 leads the first, the housing bureau's, which unit01 reports for, and is a member
 * of the second), milestones, two to four progress reports, a site visit for the first two, two
 * problems (one answered), and the year-end rating of 2026 open with some ratings in (none of
 * his). Without a ballot demo (the projects module's) it announces ten adopted projects itself.
 */
@Component
class DemoSupervision {

    static final int YEAR = 2026;
    static final String[][] PROJECTS = {
            {"老旧小区加装电梯", "为建成 20 年以上的多层住宅加装电梯 60 台，方便老年居民出行。"},
            {"中小学校门口护学通道改造", "改造 12 所中小学校门口交通设施，设置护学通道和临时停车带。"},
            {"社区卫生服务中心智慧诊室建设", "在 8 个社区卫生服务中心建设智慧诊室，开通远程会诊。"},
            {"公交站台候车亭提升", "新建和改造公交候车亭 80 座，增设电子站牌。"},
            {"居家养老助餐点建设", "新建社区老年食堂和助餐点 15 个，覆盖全部街道。"},
            {"背街小巷路灯亮化", "为 120 条背街小巷更换和增设节能路灯。"},
            {"农贸市场提升改造", "完成 6 个农贸市场的标准化改造，改善环境卫生。"},
            {"口袋公园建设", "利用边角地新建口袋公园 10 个，增加居民休闲空间。"},
            {"老旧管网更新改造", "更新改造老旧供水管网 30 公里，解决水压不足和水质问题。"},
            {"新能源汽车充电桩建设", "在居住小区和公共停车场建设充电桩 500 个。"}};
    private static final int[][] PERCENTS = {{30, 55, 80, 95}, {35, 60, 85}, {40, 70}, {30, 50, 75, 100},
            {45, 65, 90}, {50, 100}, {30, 45, 60}, {40, 65, 85, 100}, {35, 55}, {30, 60, 80}};
    private static final LocalDate[] REPORT_DAYS = {LocalDate.of(YEAR, 3, 31), LocalDate.of(YEAR, 6, 30),
            LocalDate.of(YEAR, 9, 30), LocalDate.of(YEAR, 11, 30)};
    private static final String[] MILESTONES = {"完成方案设计和招标", "主体工程开工", "完成主体工程", "竣工验收"};
    private static final int RATERS = 24;

    private final SupervisionService supervision;
    private final ProblemService problems;
    private final RatingRoundService rounds;
    private final DeputyService deputies;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    DemoSupervision(SupervisionService supervision, ProblemService problems, RatingRoundService rounds,
                    DeputyService deputies, AccountService accounts, ApplicationEventPublisher events) {
        this.supervision = supervision;
        this.problems = problems;
        this.rounds = rounds;
        this.deputies = deputies;
        this.accounts = accounts;
        this.events = events;
    }

    void load(TransactionTemplate transaction, long deputyId, List<Long> units, List<Long> streets, Random random) {
        UserDetails office = accounts.loadUserByUsername("office");
        List<ProjectRow> rows = DemoActor.as(office, () -> transaction.execute(status -> {
            if (supervision.count(SupervisionFilter.of(YEAR)) == 0) {
                for (int i = 0; i < PROJECTS.length; i++) {
                    events.publishEvent(new ProjectAdopted(-(YEAR * 100L + i + 1), 0, YEAR, PROJECTS[i][0], PROJECTS[i][1],
                            units.get(i % units.size()), List.of(streets.get(i % streets.size()),
                            streets.get((i + 3) % streets.size()))));
                }
            }
            return supervision.page(SupervisionFilter.of(YEAR), Pageable.unpaged()).getContent();
        }));
        List<Long> pool = DemoActor.as(office, () -> deputies.page(new DeputyFilter(null, Level.DISTRICT, null, null,
                DeputyStatus.ACTIVE), PageRequest.of(0, 200)).stream().map(DeputySummary::id).filter(id -> id != deputyId).toList());
        DemoActor.as(office, () -> transaction.execute(status -> {
            for (int i = 0; i < rows.size(); i++) {
                group(rows.get(i).id(), i, deputyId, pool, random);
            }
            return null;
        }));
        for (int i = 0; i < rows.size(); i++) {
            long id = rows.get(i).id();
            int n = i;
            DemoActor.as(office, () -> transaction.execute(status -> progress(id, n)));
        }
        if (!rows.isEmpty()) {
            DemoActor.as(office, () -> transaction.execute(status -> visitsAndProblems(rows)));
            DemoActor.as(office, () -> transaction.execute(status -> rounds.open(YEAR)));
            transaction.executeWithoutResult(status -> ratings(rows, pool, random));
        }
    }

    private void group(long id, int i, long deputyId, List<Long> pool, Random random) {
        int size = 4 + random.nextInt(3);
        Set<Long> members = new LinkedHashSet<>();
        int from = (i * 7) % Math.max(1, pool.size() - size);
        for (int k = 0; k < size && from + k < pool.size(); k++) {
            members.add(pool.get(from + k));
        }
        Long lead = i == 0 ? deputyId : members.iterator().next();
        if (i == 1) {
            members.add(deputyId);
        }
        supervision.setGroup(id, supervision.get(id).version(), lead, members);
    }

    private Object progress(long id, int i) {
        for (int m = 0; m < MILESTONES.length; m++) {
            supervision.addMilestone(id, MILESTONES[m], REPORT_DAYS[m].plusDays(5));
        }
        int[] percents = PERCENTS[i % PERCENTS.length];
        for (int r = 0; r < percents.length; r++) {
            ProjectDetails d = supervision.get(id);
            Long reached = d.milestones().get(r).id();
            supervision.addReport(id, d.version(), new ProgressDraft(REPORT_DAYS[r], MILESTONES[r], percents[r],
                    "按计划推进。", reached));
        }
        return null;
    }

    private Object visitsAndProblems(List<ProjectRow> rows) {
        LocalDate day = OpinionsClock.today().plusDays(8);
        supervision.scheduleVisit(rows.get(0).id(), new VisitDraft(day.atTime(9, 30), "项目现场"), SilianI18nProvider.CHINESE);
        if (rows.size() > 1) {
            supervision.scheduleVisit(rows.get(1).id(), new VisitDraft(day.plusDays(2).atTime(14, 30), "项目现场"),
                    SilianI18nProvider.CHINESE);
        }
        long answered = problems.raise(rows.get(0).id(), "部分楼栋施工时间与居民作息冲突，噪音投诉较多。", null);
        // raised in October with the default deadline, and not answered yet: overdue now
        long late = rows.get(rows.size() > 1 ? 1 : 0).id();
        OpinionsClock.asOf(LocalDate.of(YEAR, 10, 15), () -> problems.raise(late, "施工路段临时通道不足，学生上下学存在安全隐患。", null));
        long version = supervision.get(rows.get(0).id()).problems().stream().filter(p -> p.id() == answered)
                .findFirst().orElseThrow().version();
        // the first project is the housing bureau's: its own account answers
        DemoActor.as(accounts.loadUserByUsername(DemoUnits.UNIT_ACCOUNT), () -> problems.answer(answered, version,
                "已调整施工时间为每日 8:00 至 18:00，午间停止高噪音作业，并设立居民联络员。"));
        return null;
    }

    private void ratings(List<ProjectRow> rows, List<Long> pool, Random random) {
        ProjectRating[] values = ProjectRating.values();
        int[] weights = {6, 3, 1};
        for (int k = 0; k < Math.min(RATERS, pool.size()); k++) {
            long rater = pool.get(pool.size() - 1 - k);
            Map<Long, ProjectRating> sheet = new HashMap<>();
            for (ProjectRow r : rows) {
                int x = random.nextInt(10);
                sheet.put(r.id(), values[x < weights[0] ? 0 : x < weights[0] + weights[1] ? 1 : 2]);
            }
            DemoActor.as(new SilianUser(null, "demo-" + rater, "", true, "demo", Role.DEPUTY, null, rater),
                    () -> rounds.rate(YEAR, sheet));
        }
    }
}
