package cn.silian.demo;

import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.CampaignSummary;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionRow;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionsClock;
import cn.silian.projects.ProjectDraft;
import cn.silian.projects.ProjectService;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's candidate livelihood projects: last autumn's research month collected projects for
 * 2026, of which the office shortlisted 15 in December 2025 (two more were merged into them and
 * one declined) — the ballot of January 2026 is the ballot module's; this year's campaign has
 * four proposals for 2027 so far, from street01's staff and the demo deputy, grown from opinions.
 */
@Component
class DemoProjects {

    static final int LAST_YEAR = 2026;
    static final int THIS_YEAR = 2027;

    /** Title, description, unit index ({@link DemoUnits}), street indexes, cost in 万元. */
    private static final Object[][] CANDIDATES = {
            {"老旧小区加装电梯", "为城关、东湖街道 12 个老旧小区加装电梯 60 部，统一一窗受理审批，设立维保资金。",
                    DemoUnits.HOUSING, new int[]{0, 1}, "1800.00"},
            {"社区卫生服务中心慢病药品扩容", "在全区社区卫生服务中心增配慢性病常用药品 200 种，实现长处方。",
                    DemoUnits.HEALTH, new int[]{2, 3, 4}, "650.00"},
            {"新建小区配套学位扩容", "新华、人民街道新建小区配套小学扩建教室 36 间，新增学位 1600 个。",
                    DemoUnits.EDUCATION, new int[]{5, 6}, "4200.00"},
            {"校园周边交通综合整治", "在 20 所中小学门口设置临时停车泊位和接送通道，高峰时段交警值守。",
                    DemoUnits.TRANSPORT, new int[]{0, 7}, "380.00"},
            {"课后服务延时托管", "全区小学课后服务延长至 18:30，增设托管教师补贴。",
                    DemoUnits.EDUCATION, new int[]{8, 9}, "520.00"},
            {"背街小巷路灯改造", "更换和新增背街小巷路灯 1500 盏，实现夜间照明全覆盖。",
                    DemoUnits.POWER, new int[]{10, 11}, "460.00"},
            {"老旧小区雨污管网改造", "改造老旧小区雨污分流管网 18 公里，解决地下室进水问题。",
                    DemoUnits.HOUSING, new int[]{1, 12}, "2600.00"},
            {"菜市场周边停车改善", "在 8 个农贸市场周边新增公共停车位 600 个，规范早市停车。",
                    DemoUnits.TRANSPORT, new int[]{3}, "900.00"},
            {"社区养老服务驿站提升", "提升 30 个社区养老服务驿站，增加助餐、日间照料和文娱服务。",
                    DemoUnits.HOUSING, new int[]{4, 5, 6}, "750.00"},
            {"公交站台遮雨棚建设", "为 120 个公交站台加装遮雨棚和座椅。",
                    DemoUnits.TRANSPORT, new int[]{7, 8}, "300.00"},
            {"社区心理咨询门诊", "在 6 个社区卫生服务中心开设心理咨询门诊，配备专职心理医生。",
                    DemoUnits.HEALTH, new int[]{9}, "240.00"},
            {"河道步道环境提升", "沿河步道增设垃圾桶、公厕和休息座椅，实行每日保洁。",
                    DemoUnits.HOUSING, new int[]{10}, "410.00"},
            {"退役军人和大龄失业人员技能培训", "开设电工、养老护理等技能培训班 40 期，培训 2000 人次。",
                    DemoUnits.COURT, new int[]{11, 12}, "180.00"},
            {"路口信号灯适老化改造", "延长 50 个路口行人过街绿灯时间，增设安全岛和语音提示。",
                    DemoUnits.TRANSPORT, new int[]{0, 2}, "220.00"},
            {"社区卫生服务线上预约", "全区社区卫生服务中心推行线上预约挂号和检查结果查询。",
                    DemoUnits.HEALTH, new int[]{1, 3}, "150.00"}};

    private final ProjectService projects;
    private final CampaignService campaigns;
    private final OpinionService opinions;
    private final StreetService streets;
    private final AccountService accounts;

    DemoProjects(ProjectService projects, CampaignService campaigns, OpinionService opinions, StreetService streets,
                 AccountService accounts) {
        this.projects = projects;
        this.campaigns = campaigns;
        this.opinions = opinions;
        this.streets = streets;
        this.accounts = accounts;
    }

    /** The 15 shortlisted candidates of 2026 (with 2 merged and 1 declined) and 2027's first proposals. */
    void loadCandidates(TransactionTemplate transaction, List<Long> unitIds, Random random) {
        List<StreetSummary> streetList = streets.all();
        UserDetails office = accounts.loadUserByUsername("office");
        UserDetails street01 = accounts.loadUserByUsername("street01");
        UserDetails deputy = accounts.loadUserByUsername("deputy");
        transaction.executeWithoutResult(status -> DemoActor.as(office, () -> {
            Long campaign = campaignOf(LAST_YEAR);
            List<Long> heardLastYear = opinions.page(new OpinionFilter(null, null, null, null, null, null,
                    LocalDate.of(LAST_YEAR - 1, 12, 31)), PageRequest.of(0, CANDIDATES.length)).stream().map(OpinionRow::id).toList();
            List<long[]> candidates = new ArrayList<>();
            for (int i = 0; i < CANDIDATES.length; i++) {
                Object[] c = CANDIDATES[i];
                Set<Long> streetIds = new LinkedHashSet<>();
                for (int s : (int[]) c[3]) {
                    streetIds.add(streetList.get(s).id());
                }
                Set<Long> linked = i < heardLastYear.size() ? Set.of(heardLastYear.get(i)) : Set.of();
                ProjectDraft draft = new ProjectDraft((String) c[0], (String) c[1], streetIds, new BigDecimal((String) c[4]),
                        unitIds.get((Integer) c[2]), campaign, LAST_YEAR, linked);
                LocalDate proposed = LocalDate.of(LAST_YEAR - 1, 10, 8 + random.nextInt(20));
                candidates.add(new long[]{OpinionsClock.asOf(proposed, () -> projects.propose(draft))});
            }
            // Two proposals duplicated candidates already made: folded into them.
            long lift = propose(campaign, "城关街道加装电梯补充项目", "城关街道幸福社区 4 个小区加装电梯 12 部。",
                    Set.of(streetList.get(0).id()), "360.00", unitIds.get(DemoUnits.HOUSING), LocalDate.of(LAST_YEAR - 1, 10, 20));
            long bus = propose(campaign, "东湖街道公交站台改造", "东湖街道沿线公交站台加装遮雨棚 15 个。",
                    Set.of(streetList.get(1).id()), "45.00", unitIds.get(DemoUnits.TRANSPORT), LocalDate.of(LAST_YEAR - 1, 10, 25));
            long stadium = propose(campaign, "新建区级体育中心", "新建区级综合体育中心一座，含游泳馆和体育馆。",
                    Set.of(streetList.get(12).id()), "68000.00", unitIds.get(DemoUnits.EDUCATION), LocalDate.of(LAST_YEAR - 1, 10, 28));
            LocalDate decided = LocalDate.of(LAST_YEAR - 1, 12, 10);
            OpinionsClock.asOf(decided, () -> {
                projects.merge(lift, projects.get(lift).version(), candidates.get(0)[0], "与老旧小区加装电梯项目内容重复，合并办理");
                projects.merge(bus, projects.get(bus).version(), candidates.get(9)[0], "与公交站台遮雨棚建设项目内容重复，合并办理");
                projects.decline(stadium, projects.get(stadium).version(), "投资规模超出民生实事项目范围，建议列入区政府重大项目计划");
                for (long[] c : candidates) {
                    projects.shortlist(c[0], projects.get(c[0]).version(), "群众需求迫切，投资可控，当年可完成");
                }
                return null;
            });
            return null;
        }));

        // This year's campaign, under way: the first proposals for 2027, from street01 and the deputy.
        transaction.executeWithoutResult(status -> {
            Long campaign = DemoActor.as(office, () -> campaignOf(THIS_YEAR));
            long firstStreet = ((SilianUser) street01).streetId();
            DemoActor.as(street01, () -> {
                List<Long> ours = opinions.page(new OpinionFilter(null, null, firstStreet, null, null, null, null),
                        PageRequest.of(0, 2)).stream().map(OpinionRow::id).toList();
                proposeNow(campaign, "城关街道社区食堂建设", "在城关街道 4 个社区建设老年食堂，提供平价助餐服务。",
                        firstStreet, "280.00", unitIds.get(DemoUnits.HOUSING), ours.isEmpty() ? Set.of() : Set.of(ours.get(0)));
                proposeNow(campaign, "城关街道背街小巷微改造", "对城关街道 15 条背街小巷路面、排水和照明进行微改造。",
                        firstStreet, "540.00", null, ours.size() < 2 ? Set.of() : Set.of(ours.get(1)));
                return null;
            });
            DemoActor.as(deputy, () -> {
                List<Long> his = opinions.page(OpinionFilter.none(), PageRequest.of(0, 2)).stream().map(OpinionRow::id).toList();
                proposeNow(campaign, "人行道共享单车停放治理", "在主要小区出入口划设共享单车和电动车停放区，还路于行人。",
                        firstStreet, "120.00", unitIds.get(DemoUnits.TRANSPORT), his.isEmpty() ? Set.of() : Set.of(his.get(0)));
                proposeNow(campaign, "中小学暑期操场开放", "暑期向周边居民和学生开放 30 所中小学操场，配备安全管理人员。",
                        streetList.get(2).id(), "90.00", unitIds.get(DemoUnits.EDUCATION), Set.of());
                return null;
            });
        });
    }

    private long propose(Long campaign, String title, String text, Set<Long> streetIds, String cost, Long unit, LocalDate on) {
        return OpinionsClock.asOf(on, () -> projects.propose(new ProjectDraft(title, text, streetIds, new BigDecimal(cost),
                unit, campaign, LAST_YEAR, Set.of())));
    }

    private void proposeNow(Long campaign, String title, String text, long street, String cost, Long unit, Set<Long> opinionIds) {
        projects.propose(new ProjectDraft(title, text, Set.of(street), new BigDecimal(cost), unit, campaign, THIS_YEAR, opinionIds));
    }

    /** The campaign collecting projects for that year, if the campaigns module has one. */
    private Long campaignOf(int year) {
        return campaigns.forProjects().stream().filter(c -> c.year() == year).map(CampaignSummary::id).findFirst().orElse(null);
    }
}
