package cn.silian.demo;

import cn.silian.opinions.AnswerCategory;
import cn.silian.opinions.AnswerDraft;
import cn.silian.opinions.AssignmentDraft;
import cn.silian.opinions.ContactDraft;
import cn.silian.opinions.ContactKind;
import cn.silian.opinions.KeyMark;
import cn.silian.opinions.OpinionsClock;
import cn.silian.opinions.Satisfaction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionService;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.DeputySummary;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.RosterMember;
import cn.silian.stations.RosterService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * About sixty deputies' suggestions (代表建议) of the past year, in every state of the workflow,
 * each taken step by step through {@link SuggestionService} by the people who would take it:
 * the lead deputy drafts and submits, his co-signers of other levels confirm, the office
 * pre-reviews and assigns, {@code unit01} handles its own unit's and the office enters the other
 * units' steps on their behalf, the deputy rates. Each step runs {@link OpinionsClock#asOf as of}
 * the day it would have been taken, so the deadlines, the overdue ones and the re-handling come
 * out of the same rules as today's work. About twenty are key suggestions (重点督办), one was
 * handled a second time, several are published. Some grew from the open opinions of
 * {@link DemoOpinions}.
 */
@Component
class DemoSuggestions {

    /** Where a demo suggestion stops. */
    enum Target {
        DRAFT, SUBMITTED, RETURNED, NOT_FILED, WITHDRAWN, ACCEPTED, ASSIGNED, HANDLING, ANSWERED, REHANDLING,
        /** Rated satisfied (or basically) in the first round. */
        CLOSED,
        /** Closed by the office: the deputy did not rate the answer. */
        CLOSED_UNRATED,
        /** Rated not satisfied, handled again, answered again and rated. */
        REHANDLED
    }

    /** A matter: its category, the unit that handles it (and a co-unit, or -1), title and body ({s}: the street), the unit's answer. */
    record Matter(ReceptionCategory category, int unit, int coUnit, String title, String body, String answer) {
    }

    static final Matter[] MATTERS = {
            new Matter(ReceptionCategory.HOUSING, DemoUnits.HOUSING, -1, "关于加快推进{s}老旧小区综合改造的建议",
                    "{s}辖区仍有多个2000年以前建成的老旧小区，雨污管网老化、屋面渗漏、消防通道被占等问题突出，居民在代表联络站多次反映。建议将其列入明年改造计划，统筹实施雨污分流、屋面防水和适老化改造，方案阶段充分听取居民意见。",
                    "我局已将相关小区纳入2027年老旧小区改造计划，计划投入资金约1800万元，实施雨污分流、屋面防水、外墙整治和适老化改造；方案公示期间将组织居民议事会听取意见。"),
            new Matter(ReceptionCategory.HOUSING, DemoUnits.HOUSING, -1, "关于简化老旧小区加装电梯审批流程的建议",
                    "加装电梯涉及规划、住建、市场监管等多个部门，审批环节多、周期长，群众“跑多次”。建议推行“一窗受理、并联审批”，建立“一梯一策”协调机制，并明确低层住户补偿的参考标准。",
                    "已会同规划、市场监管部门出台加装电梯联合审批办法，实行一窗受理、并联审批，审批时限压缩至15个工作日；同时发布费用分摊指导意见，供各小区协商时参考。"),
            new Matter(ReceptionCategory.HOUSING, DemoUnits.HOUSING, -1, "关于建立加装电梯后期维保资金机制的建议",
                    "已加装电梯的小区普遍缺少维保资金来源，个别电梯因欠费停运。建议研究从住宅专项维修资金中列支、政府适当补助、保险兜底相结合的长效机制。",
                    "我局正在研究制定既有住宅加装电梯维护保养管理办法，拟允许使用住宅专项维修资金，并试点电梯综合保险，计划明年上半年出台。"),
            new Matter(ReceptionCategory.HOUSING, DemoUnits.HOUSING, -1, "关于加强{s}无物业小区管理的建议",
                    "{s}部分老旧小区无物业服务，楼道照明损坏、垃圾清运不及时、公共设施无人维修。建议由街道牵头引入“红色物业”或国有物业兜底服务，并给予启动补助。",
                    "已指导街道对无物业小区实行国有物业兜底托管，首批6个小区已进驻，区财政按每户每月1元标准给予三年补助。"),
            new Matter(ReceptionCategory.ENVIRONMENT, DemoUnits.HOUSING, -1, "关于治理{s}夜间施工噪音扰民的建议",
                    "{s}周边多个建筑工地夜间施工，噪音持续到凌晨，居民休息受到严重影响，多次投诉未见改善。建议严格夜间施工审批，安装噪声在线监测设备，对超标施工依法查处。",
                    "已对辖区在建工地开展专项检查，严格夜间施工许可，12个工地安装噪声在线监测设备并与执法平台联网，对3起超时施工依法立案处罚。"),
            new Matter(ReceptionCategory.ENVIRONMENT, DemoUnits.HOUSING, -1, "关于推进{s}河道水环境综合整治的建议",
                    "{s}境内河道夏季有明显异味，沿河仍有雨污混接排口。建议开展排口排查溯源，实施截污纳管和生态补水，建立河长巡河问题清单销号制度。",
                    "已完成沿河排口排查，发现混接点27处，年内完成整改19处，其余列入明年管网改造计划；同步实施生态补水，水质已由劣Ⅴ类提升至Ⅳ类。"),
            new Matter(ReceptionCategory.ENVIRONMENT, DemoUnits.HOUSING, -1, "关于完善{s}垃圾分类投放点设置的建议",
                    "部分小区垃圾分类投放点设置不合理，离单元门远、开放时间短，居民意见较大。建议结合居民意愿优化点位，延长定时投放时间，并增设洗手设施。",
                    "已会同街道对投放点逐一评估，调整点位42处，投放时间延长至早6点至9点、晚6点至9点，新增洗手设施35处。"),
            new Matter(ReceptionCategory.TRAFFIC, DemoUnits.TRANSPORT, DemoUnits.HOUSING, "关于缓解{s}老旧小区停车难的建议",
                    "{s}老旧小区建成时未配建停车位，夜间车辆占用消防通道和人行道现象普遍。建议挖潜周边公共停车资源，推行机关企事业单位停车场夜间错时共享，并在改造中增设立体停车设施。",
                    "已推动周边8家机关企事业单位停车场夜间错时共享，新增共享泊位460个；结合老旧小区改造新建立体停车库1处，增加泊位120个。"),
            new Matter(ReceptionCategory.TRAFFIC, DemoUnits.TRANSPORT, DemoUnits.EDUCATION, "关于优化学校周边上下学时段交通组织的建议",
                    "学校门口早晚高峰接送车辆乱停乱放，道路拥堵，学生安全存在隐患。建议设置限时停车接送区，实行错峰放学，并组织家长志愿者护学岗。",
                    "已在5所学校周边施划限时停车接送泊位86个，会同教育局推行错峰上下学，高峰时段拥堵时长平均缩短约40%。"),
            new Matter(ReceptionCategory.TRAFFIC, DemoUnits.TRANSPORT, -1, "关于增设{s}公交站台候车亭的建议",
                    "{s}多个公交站点只有站牌没有候车亭，雨天、烈日下老人和学生候车困难。建议结合道路条件分批增设候车亭，并设置实时到站信息屏。",
                    "已将11个站点列入年度候车亭建设计划，其中6个已建成投用，并同步安装电子站牌。"),
            new Matter(ReceptionCategory.TRAFFIC, DemoUnits.TRANSPORT, DemoUnits.HOUSING, "关于规范共享单车停放、保障人行道通行的建议",
                    "部分路段共享单车和电动车长期占用人行道，老人推轮椅、家长推童车只能走机动车道。建议施划停放区、推行电子围栏，并落实运营企业的调度和清理责任。",
                    "已在主要道路施划非机动车停放区1200余米，督促运营企业启用电子围栏，对违规停放车辆实行定时清运，并纳入企业服务质量考核。"),
            new Matter(ReceptionCategory.TRAFFIC, DemoUnits.TRANSPORT, -1, "关于延长{s}主要路口行人过街绿灯时间的建议",
                    "{s}几个主要路口行人绿灯时间过短，老人过马路经常走不完。建议对老年人聚居区周边路口开展信号配时评估，适当延长行人绿灯时间并设置二次过街安全岛。",
                    "已会同交警部门对9个路口开展信号配时优化，行人绿灯时间延长5至12秒，并在2个宽路口设置二次过街安全岛。"),
            new Matter(ReceptionCategory.EDUCATION, DemoUnits.EDUCATION, -1, "关于缓解{s}新建小区学位紧张的建议",
                    "{s}新建小区集中交付，适龄儿童增长较快，部分孩子需跨片区就读。建议科学预测学位需求，加快配套学校建设，过渡期通过集团化办学扩充学位。",
                    "我局已将配套小学列入明年开工项目，过渡期通过教育集团统筹调剂学位300个，确保片区适龄儿童就近入学。"),
            new Matter(ReceptionCategory.EDUCATION, DemoUnits.EDUCATION, -1, "关于延长小学课后服务时间的建议",
                    "小学课后服务结束时间早于多数家长下班时间，“三点半”难题依然存在。建议提供弹性离校服务，丰富托管内容，并引入社会力量参与。",
                    "全区小学已全面推行课后服务“5+2”模式，弹性离校时间延长至18点，引入非学科类社会机构课程68门。"),
            new Matter(ReceptionCategory.EDUCATION, DemoUnits.EDUCATION, -1, "关于推动中小学体育场地节假日向社区开放的建议",
                    "社区缺少健身场地，而学校操场节假日闲置。建议在确保校园安全的前提下，分批推动学校体育场地错时向社区居民开放。",
                    "已确定首批12所学校在节假日和暑期向社区开放操场，实行预约入校和保险保障，后续将视运行情况扩大范围。"),
            new Matter(ReceptionCategory.EDUCATION, DemoUnits.EDUCATION, DemoUnits.HEALTH, "关于增加{s}普惠性托育服务供给的建议",
                    "{s}年轻家庭多，0至3岁婴幼儿托育机构少、收费高。建议利用社区用房和幼儿园富余资源开设普惠托育班，并给予运营补贴。",
                    "已在3所公办幼儿园开设托班，新增普惠托位180个，并会同卫健局对社区托育点给予每个托位每月300元运营补贴。"),
            new Matter(ReceptionCategory.HEALTH, DemoUnits.HEALTH, -1, "关于社区卫生服务中心增设周末儿科门诊的建议",
                    "多数社区卫生服务中心周末不开儿科门诊，孩子周末生病只能去大医院排长队。建议通过医联体下沉儿科医生，在片区中心轮流开设周末儿科门诊。",
                    "已依托区人民医院医联体，在4个社区卫生服务中心开设周末儿科门诊，由上级医院儿科医生轮值坐诊。"),
            new Matter(ReceptionCategory.HEALTH, DemoUnits.HEALTH, -1, "关于丰富社区卫生服务中心慢性病常用药品种类的建议",
                    "社区卫生服务中心药品种类少，高血压、糖尿病患者需往返大医院开药。建议推动医联体用药目录衔接，扩充社区慢病常用药品种，推行长处方。",
                    "已推动医联体内用药目录统一，社区新增慢病常用药品种56个，对病情稳定的慢病患者实行最长12周的长处方。"),
            new Matter(ReceptionCategory.HEALTH, DemoUnits.HEALTH, -1, "关于提升家庭医生签约服务质量的建议",
                    "家庭医生签约后上门随访频次不够，部分居民“签而不约”。建议合理核定家庭医生团队服务人数，完善绩效考核，重点保障失能、高龄老人的上门服务。",
                    "已修订家庭医生签约服务考核办法，将上门服务和居民满意度纳入绩效，对失能、高龄老人每季度至少上门随访一次。"),
            new Matter(ReceptionCategory.HEALTH, DemoUnits.HEALTH, -1, "关于在{s}设置夜间社区急诊服务点的建议",
                    "{s}距区医院较远，夜间社区没有急诊，老人突发疾病只能打车就医。建议在片区中心设置夜间急诊服务点，并与120急救站点联动。",
                    "经评估，已在片区社区卫生服务中心设置夜间门急诊服务点，开放至22点，并与120急救分站建立转诊绿色通道。"),
            new Matter(ReceptionCategory.HEALTH, DemoUnits.HEALTH, -1, "关于推行社区卫生服务中心线上预约挂号的建议",
                    "社区卫生服务中心现场挂号排队时间长。建议接入全市预约挂号平台，推行分时段预约，同时保留老年人现场服务窗口。",
                    "全区社区卫生服务中心已全部接入市预约挂号平台，实行分时段预约，并保留老年人绿色通道和现场窗口。"),
            new Matter(ReceptionCategory.SAFETY, DemoUnits.POWER, DemoUnits.HOUSING, "关于在{s}老旧小区建设电动自行车集中充电设施的建议",
                    "{s}老旧小区电动自行车“飞线充电”、楼道充电现象普遍，火灾隐患大。建议结合改造统一建设集中充电棚，落实供电增容，并加强楼道充电执法。",
                    "已完成23个小区集中充电设施建设，新增充电端口1600余个，同步实施供电增容，物业和社区对楼道充电开展常态化劝导。"),
            new Matter(ReceptionCategory.SAFETY, DemoUnits.POWER, -1, "关于加快{s}老旧小区供电线路改造的建议",
                    "{s}部分小区供电线路老化、容量不足，夏季用电高峰频繁跳闸。建议将其列入配网改造计划，更换老旧线路和表箱。",
                    "已将相关小区纳入配网改造计划，年内完成5个小区线路和表箱更换，其余小区计划明年迎峰度夏前完成。"),
            new Matter(ReceptionCategory.SAFETY, DemoUnits.POWER, -1, "关于修复{s}背街小巷路灯的建议",
                    "{s}背街小巷路灯损坏较多，夜间照明不足，居民出行存在安全隐患。建议开展路灯排查，建立报修快速响应机制。",
                    "已完成辖区背街小巷路灯排查，修复损坏路灯137盏，新增路灯52盏，并开通报修热线，承诺48小时内修复。"),
            new Matter(ReceptionCategory.OTHER, DemoUnits.COURT, -1, "关于在社区设立诉源治理工作站的建议",
                    "邻里纠纷、物业纠纷等小矛盾进入诉讼程序，耗时耗力。建议法院在社区设立诉源治理工作站，法官定期进社区指导人民调解，推动矛盾就地化解。",
                    "我院已在6个社区设立诉源治理工作站，法官每周到站指导调解，今年以来诉前化解纠纷412件。"),
            new Matter(ReceptionCategory.OTHER, DemoUnits.COURT, -1, "关于加强涉老年人消费纠纷司法保护的建议",
                    "针对老年人的保健品、养老理财等消费纠纷多发，老年人维权难。建议开辟涉老案件绿色通道，加强典型案例发布和普法宣传。",
                    "我院已设立涉老案件绿色通道，实行快立快审，并发布涉老消费纠纷典型案例10件，联合社区开展普法讲座24场。"),
            new Matter(ReceptionCategory.EMPLOYMENT, DemoUnits.COURT, -1, "关于依法快速处理农民工欠薪纠纷的建议",
                    "年底农民工欠薪纠纷多发，诉讼周期长。建议对欠薪案件实行快立、快审、快执，加强与劳动监察、仲裁的衔接。",
                    "我院对农民工欠薪案件开通“快立快审快执”通道，平均审理周期缩短至20天，今年以来执行到位欠薪1260万元。"),
            new Matter(ReceptionCategory.EMPLOYMENT, DemoUnits.EDUCATION, -1, "关于加强大龄失业人员职业技能培训的建议",
                    "大龄失业人员再就业难，现有培训项目与岗位需求脱节。建议依托职业学校开设短平快技能培训，实行订单式培养并落实培训补贴。",
                    "已依托区职业高级中学开设养老护理、家政服务、电工等订单式培训班8期，培训大龄失业人员420人次。"),
            new Matter(ReceptionCategory.OTHER, DemoUnits.HEALTH, -1, "关于扩大{s}社区养老助餐服务覆盖面的建议",
                    "{s}老年人口比例高，现有社区食堂数量少、距离远。建议依托养老服务驿站增设助餐点，对高龄、独居老人提供送餐上门服务。",
                    "已会同民政部门在辖区新增助餐点9个，实现社区全覆盖，并对80周岁以上独居老人提供送餐上门服务。"),
            new Matter(ReceptionCategory.OTHER, DemoUnits.HOUSING, -1, "关于延长{s}社区活动室开放时间的建议",
                    "{s}社区活动室晚上八点即关门，上班族无法参加活动。建议延长开放时间，并引入志愿者参与管理。",
                    "已指导街道将社区活动室开放时间延长至21点，并招募志愿者参与日常管理。")};

    private static final String[] LEADERS = {"区人大常委会主任 周国华", "区人大常委会副主任 王建华", "区人大常委会副主任 林晓梅",
            "区人大常委会副主任 郑志远", "区人大常委会党组成员 何立新"};
    private static final String[] NOT_FILED_REASONS = {
            "所提事项属于街道职责范围，已转为群众来信交街道办理并答复代表。",
            "内容与已立案的同类建议重复，建议代表作为附议人参与该件建议的办理。",
            "所提为个案诉求，不宜作为代表建议，已转有关部门按信访程序处理。"};
    private static final String[] RETURN_COMMENTS = {
            "请补充问题涉及的小区范围和具体数据，建议部分请写明可操作的措施。",
            "标题与内容不够一致，请聚焦一个主要问题并补充调研情况。",
            "请补充与相关部门前期沟通的情况，避免与已办理事项重复。"};

    private final SuggestionService suggestions;
    private final DeputyService deputies;
    private final RosterService roster;
    private final AccountService accounts;

    DemoSuggestions(SuggestionService suggestions, DeputyService deputies, RosterService roster, AccountService accounts) {
        this.suggestions = suggestions;
        this.deputies = deputies;
        this.roster = roster;
        this.accounts = accounts;
    }

    /** A suggestion to make: where it stops, its matter and people, how old it is and what marks it gets. */
    private record Plan(Target target, Matter matter, DeputySummary lead, List<Long> cosigners, List<Long> opinionIds,
                        int age, boolean key, boolean published) {
    }

    /** How many of each target, in the order they are written (the oldest first within each). */
    static final Map<Target, Integer> COUNTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Target.DRAFT, 5), Map.entry(Target.SUBMITTED, 5), Map.entry(Target.RETURNED, 3),
            Map.entry(Target.NOT_FILED, 3), Map.entry(Target.WITHDRAWN, 2), Map.entry(Target.ACCEPTED, 4),
            Map.entry(Target.ASSIGNED, 6), Map.entry(Target.HANDLING, 10), Map.entry(Target.ANSWERED, 6),
            Map.entry(Target.REHANDLING, 2), Map.entry(Target.CLOSED, 11), Map.entry(Target.CLOSED_UNRATED, 2),
            Map.entry(Target.REHANDLED, 1)));
    /** Key ones per target: twenty in all. */
    private static final Map<Target, Integer> KEY = Map.of(Target.ACCEPTED, 2, Target.ASSIGNED, 3, Target.HANDLING, 4,
            Target.ANSWERED, 2, Target.REHANDLING, 1, Target.CLOSED, 7, Target.REHANDLED, 1);
    /** Assigned longer ago than the answer period and not answered: overdue today. */
    static final Map<Target, Integer> OVERDUE = Map.of(Target.ASSIGNED, 2, Target.HANDLING, 4);
    static final int PUBLISHED = 6;
    private static final int PER_TRANSACTION = 10;

    void load(TransactionTemplate transaction, long deputyId, long npcId, List<Long> unitIds, DemoOpinions.Pool pool,
              Random random) {
        UserDetails office = accounts.loadUserByUsername("office");
        UserDetails unit = accounts.loadUserByUsername(DemoUnits.UNIT_ACCOUNT);
        users.clear();
        users.put(deputyId, accounts.loadUserByUsername("deputy"));
        users.put(npcId, accounts.loadUserByUsername("npc"));
        People people = DemoActor.as(office, () -> people(deputyId, npcId));
        List<Plan> plans = DemoActor.as(office, () -> plans(people, pool, random));
        LocalDate today = LocalDate.now(Formats.ZONE);
        // A few suggestions per transaction: fewer commits, and fewer index updates after them, keep start-up short.
        for (int from = 0; from < plans.size(); from += PER_TRANSACTION) {
            List<Plan> batch = plans.subList(from, Math.min(plans.size(), from + PER_TRANSACTION));
            transaction.executeWithoutResult(status -> batch.forEach(plan ->
                    new Steps(plan, today, unitIds, office, unit, random).run()));
        }
    }

    /** The deputies the demo draws from: the demo accounts' two and the active ones of each level. */
    private record People(DeputySummary deputy, DeputySummary npc, Map<Level, List<DeputySummary>> byLevel) {
    }

    private People people(long deputyId, long npcId) {
        Map<Long, DeputySummary> two = deputies.summaries(List.of(deputyId, npcId));
        Map<Level, List<DeputySummary>> byLevel = new EnumMap<>(Level.class);
        for (Level level : List.of(Level.NATIONAL, Level.PROVINCIAL, Level.CITY, Level.DISTRICT)) {
            byLevel.put(level, deputies.page(new DeputyFilter(null, level, null, null, DeputyStatus.ACTIVE),
                    PageRequest.of(0, 80)).getContent().stream()
                    .filter(d -> d.id() != deputyId && d.id() != npcId && d.streetId() != null).toList());
        }
        return new People(two.get(deputyId), two.get(npcId), byLevel);
    }

    private List<Plan> plans(People people, DemoOpinions.Pool pool, Random random) {
        // The pool's opinions, those a roster member may draft from first.
        Iterator<List<DemoOpinions.Open>> sources = pool.byStation().values().stream()
                .filter(l -> !l.isEmpty()).iterator();
        Set<String> titles = new HashSet<>();
        List<Plan> plans = new ArrayList<>();
        int matter = 0;
        for (Target target : Target.values()) {
            int count = COUNTS.get(target);
            int key = KEY.getOrDefault(target, 0);
            int overdue = OVERDUE.getOrDefault(target, 0);
            for (int i = 0; i < count; i++) {
                DeputySummary lead;
                List<Long> opinionIds = List.of();
                Matter m = null;
                // The demo accounts lead one in the states a deputy acts in (and npc a few), so their home pages have work.
                if (i == 0 && DEMO_DEPUTY_LEADS.contains(target)) {
                    lead = people.deputy();
                } else if (i == 1 && (target == Target.SUBMITTED || target == Target.CLOSED || target == Target.HANDLING)) {
                    lead = people.npc();
                } else if (i % 3 == 2 && target != Target.DRAFT && sources.hasNext()) {
                    // Grown from open opinions: drafted by the deputy who heard them, or one on the station's roster.
                    List<DemoOpinions.Open> open = sources.next();
                    DemoOpinions.Open first = open.getFirst();
                    lead = first.heardBy() != null ? deputies.summaries(List.of(first.heardBy())).get(first.heardBy())
                            : rosterDeputy(first.stationId(), random);
                    if (lead != null) {
                        List<DemoOpinions.Open> same = open.stream().filter(o -> o.category() == first.category())
                                .limit(2).toList();
                        opinionIds = same.stream().map(DemoOpinions.Open::id).toList();
                        m = matterFor(first.category(), lead, titles, random);
                    } else {
                        lead = pick(people.byLevel().get(Level.DISTRICT), random);
                    }
                } else {
                    Level level = random.nextInt(10) < 7 ? Level.DISTRICT : random.nextBoolean() ? Level.CITY : Level.PROVINCIAL;
                    lead = pick(people.byLevel().get(level), random);
                }
                if (m == null) {
                    m = MATTERS[matter++ % MATTERS.length];
                    if (titles.contains(title(m, lead))) {
                        m = MATTERS[matter++ % MATTERS.length];
                    }
                }
                titles.add(title(m, lead));
                List<Long> cosigners = cosigners(people, lead, target, i, random);
                int age = age(target, i < overdue, random);
                boolean published = (target == Target.CLOSED && i < PUBLISHED - 1) || target == Target.REHANDLED;
                plans.add(new Plan(target, m, lead, cosigners, opinionIds, age, i < key, published));
            }
        }
        // Oldest first, so the numbers the office gives follow the days it accepted them.
        plans.sort((a, b) -> Integer.compare(b.age(), a.age()));
        return plans;
    }

    /** The states the demo deputy has one of his own in: to go on writing, to revise, to follow, to rate, to read. */
    private static final Set<Target> DEMO_DEPUTY_LEADS = java.util.EnumSet.of(Target.DRAFT, Target.RETURNED,
            Target.HANDLING, Target.ANSWERED, Target.CLOSED);

    /** Co-signers of other levels than the lead's; the demo deputy is asked to co-sign a draft of another. */
    private List<Long> cosigners(People people, DeputySummary lead, Target target, int i, Random random) {
        List<Long> result = new ArrayList<>();
        if (target == Target.DRAFT && i == 1) {
            result.add(people.deputy().id());
        }
        if (target == Target.CLOSED && i == 2 || target == Target.HANDLING && i == 3) {
            result.add(people.npc().id());
        }
        int n = random.nextInt(4);
        Level own = highest(lead);
        for (int k = 0; k < n; k++) {
            List<Level> others = new ArrayList<>(List.of(Level.NATIONAL, Level.PROVINCIAL, Level.CITY, Level.DISTRICT));
            others.remove(own);
            DeputySummary d = pick(people.byLevel().get(others.get(random.nextInt(others.size()))), random);
            if (!result.contains(d.id()) && d.id() != lead.id()) {
                result.add(d.id());
            }
        }
        return result;
    }

    private static Level highest(DeputySummary d) {
        return d.seats().stream().map(SeatInfo::level).min(java.util.Comparator.naturalOrder()).orElse(Level.DISTRICT);
    }

    private DeputySummary rosterDeputy(Long stationId, Random random) {
        if (stationId == null) {
            return null;
        }
        List<RosterMember> members = roster.members(stationId, PageRequest.of(0, 60)).getContent().stream()
                .filter(r -> r.levels().stream().anyMatch(l -> l != Level.STREET)).toList();
        if (members.isEmpty()) {
            return null;
        }
        long id = members.get(random.nextInt(members.size())).deputyId();
        DeputySummary d = deputies.summaries(List.of(id)).get(id);
        return d != null && d.status() == DeputyStatus.ACTIVE && d.streetId() != null ? d : null;
    }

    private static Matter matterFor(ReceptionCategory category, DeputySummary lead, Set<String> titles, Random random) {
        List<Matter> fitting = java.util.Arrays.stream(MATTERS).filter(m -> m.category() == category)
                .filter(m -> !titles.contains(title(m, lead))).toList();
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
    }

    private static DeputySummary pick(List<DeputySummary> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    static String title(Matter m, DeputySummary lead) {
        return m.title().replace("{s}", Objects.toString(lead.streetName(), ""));
    }

    /** Days before today the lead drafted it. */
    private static int age(Target target, boolean overdue, Random random) {
        return switch (target) {
            case DRAFT -> 1 + random.nextInt(20);
            case SUBMITTED -> 5 + random.nextInt(20);
            case RETURNED -> 20 + random.nextInt(20);
            case NOT_FILED, WITHDRAWN -> 30 + random.nextInt(150);
            case ACCEPTED -> 10 + random.nextInt(10);
            // Assigned eight days after drafting: more than the three months' answer period ago when overdue.
            case ASSIGNED, HANDLING -> overdue ? 110 + random.nextInt(25) : 15 + random.nextInt(75);
            case ANSWERED -> 60 + random.nextInt(120);
            case REHANDLING -> 62 + random.nextInt(12);
            case CLOSED, CLOSED_UNRATED -> 120 + random.nextInt(200);
            case REHANDLED -> 200;
        };
    }

    /** One plan taken step by step, each by its party, each as of its day. */
    private final class Steps {
        private final Plan plan;
        private final LocalDate today;
        private final List<Long> unitIds;
        private final UserDetails office;
        private final UserDetails unitAccount;
        private final UserDetails leadUser;
        private final Random random;
        private final LocalDate drafted;
        private SuggestionDetails s;

        Steps(Plan plan, LocalDate today, List<Long> unitIds, UserDetails office, UserDetails unitAccount,
              Random random) {
            this.plan = plan;
            this.today = today;
            this.unitIds = unitIds;
            this.office = office;
            this.unitAccount = unitAccount;
            this.random = random;
            this.leadUser = deputyUser(plan.lead().id(), plan.lead().name());
            this.drafted = today.minusDays(plan.age());
        }

        void run() {
            Target t = plan.target();
            Matter m = plan.matter();
            String street = Objects.toString(plan.lead().streetName(), "");
            long id = lead(0, () -> suggestions.draft(new SuggestionDraft(title(m, plan.lead()),
                    m.body().replace("{s}", street), m.category(), plan.opinionIds(), List.of())));
            s = lead(0, () -> suggestions.get(id));
            if (!plan.cosigners().isEmpty()) {
                s = lead(0, () -> suggestions.inviteCosigners(id, s.version(), plan.cosigners()));
                // A draft keeps its invitations open; otherwise most confirm and the odd one declines.
                if (t != Target.DRAFT) {
                    for (Long c : plan.cosigners()) {
                        boolean decline = random.nextInt(8) == 0;
                        // The answer comes back with the suggestion's new version, which the lead goes on from.
                        s = as(cosigner(c), 1, () -> decline ? suggestions.declineCosign(id) : suggestions.confirmCosign(id));
                    }
                }
            }
            if (t == Target.DRAFT) {
                return;
            }
            s = lead(2, () -> suggestions.submit(id, s.version(), null));
            switch (t) {
                case SUBMITTED -> {
                    return;
                }
                case WITHDRAWN -> {
                    s = lead(4, () -> suggestions.withdraw(id, s.version(), "经与相关部门沟通，问题已基本解决，撤回本件建议。"));
                    return;
                }
                case RETURNED -> {
                    s = office(5, () -> suggestions.returnForRevision(id, s.version(), RETURN_COMMENTS[random.nextInt(RETURN_COMMENTS.length)]));
                    return;
                }
                case NOT_FILED -> {
                    s = office(6, () -> suggestions.notFile(id, s.version(), NOT_FILED_REASONS[random.nextInt(NOT_FILED_REASONS.length)]));
                    return;
                }
                default -> {
                }
            }
            s = office(5, () -> suggestions.accept(id, s.version(), null));
            if (plan.key()) {
                String followers = random.nextBoolean() ? street + "人大工委" : "老旧小区改造与民生实事课题组";
                s = office(6, () -> suggestions.markKey(id, s.version(),
                        new KeyMark(LEADERS[random.nextInt(LEADERS.length)], followers)));
            }
            if (t == Target.ACCEPTED) {
                return;
            }
            Long lead = unitIds.get(m.unit());
            List<Long> co = m.coUnit() >= 0 && random.nextBoolean() ? List.of(unitIds.get(m.coUnit())) : List.of();
            s = office(8, () -> suggestions.assign(id, s.version(), new AssignmentDraft(lead, co, null,
                    "请按规定时限办理，办理前与领衔代表当面沟通。")));
            if (t == Target.ASSIGNED) {
                return;
            }
            s = unit(10, () -> suggestions.sign(id, s.version()));
            for (Long c : co) {
                // unit01 sends its own opinion as a co-unit; the office enters the others'.
                boolean own = c.equals(unitIds.get(DemoUnits.HOUSING));
                as(own ? unitAccount : office, 25, () -> suggestions.coUnitOpinion(id, own ? null : c,
                        "我单位同意主办单位的处理意见，将在职责范围内配合落实。"));
            }
            if (t == Target.HANDLING) {
                if (random.nextBoolean()) {
                    contact(30);
                }
                return;
            }
            contact(30);
            answer(50, m.answer());
            if (t == Target.ANSWERED) {
                return;
            }
            if (t == Target.CLOSED_UNRATED) {
                s = office(80, () -> suggestions.close(id, s.version(), "领衔代表逾期未评价，按规定办结。"));
                return;
            }
            if (t == Target.REHANDLING || t == Target.REHANDLED) {
                s = lead(55, () -> suggestions.rate(id, s.version(), Satisfaction.NOT_SATISFIED,
                        "答复只说明了困难，没有明确的时间表和具体措施，与面商时的承诺不一致。"));
                if (t == Target.REHANDLING) {
                    return;
                }
                contact(65);
                answer(80, "经再次研究，" + m.answer() + "具体进度将每季度向代表书面通报。");
                s = lead(85, () -> suggestions.rate(id, s.version(), Satisfaction.SATISFIED, null));
            } else {
                Satisfaction rating = random.nextInt(4) == 0 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
                s = lead(55, () -> suggestions.rate(id, s.version(), rating, null));
            }
            if (plan.published()) {
                s = office(90, () -> suggestions.publish(id, s.version()));
            }
        }

        private void contact(int day) {
            long id = s.id();
            ContactKind kind = random.nextBoolean() ? ContactKind.MEETING : ContactKind.PHONE;
            LocalDate on = day(day);
            s = unit(day, () -> suggestions.logContact(id, null, new ContactDraft(kind, on,
                    kind == ContactKind.MEETING ? "与领衔代表当面商谈办理方案，代表同意分步实施。" : "电话联系领衔代表，介绍办理进展，听取代表意见。")));
        }

        private void answer(int day, String text) {
            long id = s.id();
            AnswerCategory[] categories = AnswerCategory.values();
            AnswerCategory category = categories[random.nextInt(categories.length)];
            s = unit(day, () -> suggestions.answer(id, s.version(), new AnswerDraft(category, text, false)));
        }

        /** The lead unit's step: unit01 for its own unit, the office on behalf of the others. */
        private SuggestionDetails unit(int day, Supplier<SuggestionDetails> work) {
            boolean own = plan.matter().unit() == DemoUnits.HOUSING;
            return as(own ? unitAccount : office, day, work);
        }

        private SuggestionDetails office(int day, Supplier<SuggestionDetails> work) {
            return as(office, day, work);
        }

        private <T> T lead(int day, Supplier<T> work) {
            return as(leadUser, day, work);
        }

        private <T> T as(UserDetails user, int day, Supplier<T> work) {
            return DemoActor.as(user, () -> OpinionsClock.asOf(day(day), work));
        }

        /** The plan's day {@code offset} after drafting, never after today. */
        private LocalDate day(int offset) {
            LocalDate d = drafted.plusDays(offset);
            return d.isAfter(today) ? today : d;
        }

        private UserDetails cosigner(long deputyId) {
            UserDetails known = users.get(deputyId);
            return known != null ? known : deputyUser(deputyId, deputies.nameOf(deputyId).orElse(""));
        }
    }

    /**
     * The deputy taking a step: the demo accounts' two sign in as themselves; one without an
     * account is made up for the step, his name standing where an account's login would, so the
     * timeline names him rather than "system".
     */
    private UserDetails deputyUser(long deputyId, String name) {
        return users.computeIfAbsent(deputyId, id -> new SilianUser(null, name, "", true, name, Role.DEPUTY, null, id));
    }

    private final Map<Long, UserDetails> users = new HashMap<>();
}
