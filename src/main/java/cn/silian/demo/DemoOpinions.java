package cn.silian.demo;

import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.Attendance;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingHistory;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.Rsvp;
import cn.silian.opinions.IntakeDraft;
import cn.silian.opinions.IntakeService;
import cn.silian.opinions.OpinionDetails;
import cn.silian.opinions.OpinionDraft;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionsClock;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.SourcedDraft;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.DeputySummary;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionDraft;
import cn.silian.stations.ReceptionRecord;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationFilter;
import cn.silian.stations.StationService;
import cn.silian.stations.StationSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The public opinions (社情民意) of the demo district, all through the opinions service as the
 * people who would enter them: most made from the stations' reception logs by the street's
 * staff, some from three research visits, some recorded directly by a deputy or staff, a few
 * sent through the public form. The streets' staff then triage them: some classified, duplicates
 * merged, some resolved on the spot, some forwarded to a unit (half of which answered). The open
 * ones are the pool the demo suggestions grow from ({@link Pool}).
 */
@Component
class DemoOpinions {

    /**
     * A concern logged at the demo deputy's home station and made an opinion, left open for the
     * browser test and the tour: the deputy turns it into a suggestion.
     */
    static final String RECEPTION_CONCERN = "小区南门人行道长期被共享单车和电动车占用，老人推轮椅、家长推童车只能走机动车道";
    static final String RECEPTION_OUTCOME = "已拍照记录，拟向区交通运输局和街道城管中队反映";

    private static final String[][] VISITS = {
            {"老旧小区加装电梯专题调研", "HOUSING",
                    "加装电梯费用分摊方案难以达成一致，低层住户意见较大",
                    "加装电梯审批涉及部门多，群众希望一窗受理",
                    "电梯加装后缺少维保资金来源"},
            {"社区医疗服务能力视察", "HEALTH",
                    "社区卫生服务中心药品种类少，慢性病患者需往返大医院开药",
                    "家庭医生签约后上门服务频次不够",
                    "夜间社区缺少急诊，老人突发疾病只能打车去区医院"},
            {"中小学学位和校园周边交通调研", "EDUCATION",
                    "新建小区入住后学位紧张，孩子需跨片区就读",
                    "学校门口早晚高峰接送车辆乱停放",
                    "课后服务结束时间早于家长下班时间"}};

    private static final String[][] DIRECT = {
            {"ENVIRONMENT", "小区周边夜间施工噪音扰民，居民多次投诉未见改善"},
            {"HOUSING", "老旧小区雨污管网老化，雨天地下室反复进水"},
            {"TRAFFIC", "菜市场周边停车难，早市时段车辆占道严重"},
            {"SAFETY", "背街小巷路灯损坏多，夜间出行存在安全隐患"},
            {"EMPLOYMENT", "希望为退役军人和大龄失业人员提供更多技能培训"},
            {"OTHER", "社区养老服务驿站活动少，希望增加助餐和文娱服务"},
            {"HEALTH", "希望在社区卫生服务中心开设心理咨询门诊"}};

    private static final String[][] PUBLIC = {
            {"TRAFFIC", "小区门口公交站台没有遮雨棚，雨天等车很不方便"},
            {"ENVIRONMENT", "河边步道垃圾桶太少，周末垃圾满地"},
            {"SAFETY", "楼道里堆放杂物，物业劝说无效，担心火灾"},
            {"EDUCATION", "希望学校暑期开放操场给孩子锻炼"},
            {"HOUSING", "小区外墙瓷砖脱落，怕砸到人"},
            {"OTHER", "社区活动室晚上八点就关门，希望延长开放时间"},
            {"HEALTH", "社区卫生服务中心挂号排队时间长，希望推行线上预约"},
            {"TRAFFIC", "路口红绿灯时间太短，老人过马路走不完"}};

    /** The reception categories' natural unit, by index into {@link DemoUnits#UNITS}. */
    static int unitFor(ReceptionCategory category) {
        return switch (category) {
            case EDUCATION -> DemoUnits.EDUCATION;
            case HEALTH -> DemoUnits.HEALTH;
            case TRAFFIC -> DemoUnits.TRANSPORT;
            case SAFETY -> DemoUnits.POWER;
            case EMPLOYMENT, OTHER -> DemoUnits.COURT;
            case HOUSING, ENVIRONMENT -> DemoUnits.HOUSING;
        };
    }

    /**
     * An opinion left open, for a suggestion to grow from. Who may draft from it: the deputy who
     * heard it ({@code heardBy}), else the station's roster.
     */
    record Open(long id, Long stationId, long streetId, ReceptionCategory category, String content, Long heardBy) {
    }

    /** The open opinions by station, oldest first, and the one kept for the browser test. */
    record Pool(Map<Long, List<Open>> byStation, long receptionOpinionId) {
    }

    private final OpinionService opinions;
    private final IntakeService intake;
    private final ReceptionService receptions;
    private final StationService stations;
    private final RosterService roster;
    private final MeetingHistory history;
    private final DeputyService deputies;
    private final AccountService accounts;

    DemoOpinions(OpinionService opinions, IntakeService intake, ReceptionService receptions, StationService stations,
                 RosterService roster, MeetingHistory history, DeputyService deputies, AccountService accounts) {
        this.opinions = opinions;
        this.intake = intake;
        this.receptions = receptions;
        this.stations = stations;
        this.roster = roster;
        this.history = history;
        this.deputies = deputies;
        this.accounts = accounts;
    }

    Pool load(TransactionTemplate transaction, long deputyId, List<Long> unitIds, Random random) {
        UserDetails office = accounts.loadUserByUsername("office");
        UserDetails unit = accounts.loadUserByUsername(DemoUnits.UNIT_ACCOUNT);
        Map<Long, UserDetails> staff = new HashMap<>();
        for (String name : List.of("street01", "street02")) {
            UserDetails user = accounts.loadUserByUsername(name);
            staff.put(((cn.silian.security.SilianUser) user).streetId(), user);
        }
        List<StationSummary> ordinary = stations.page(new StationFilter(null, null, null, null, false),
                PageRequest.of(0, 100)).getContent();
        Map<Long, List<Open>> pool = new LinkedHashMap<>();

        // The concern the browser test starts from: logged at the demo deputy's home station today.
        long home = roster.membershipsOf(deputyId).stream().filter(m -> m.home() && m.leftOn() == null)
                .findFirst().orElseThrow().stationId();
        StationSummary homeStation = ordinary.stream().filter(s -> s.id() == home).findFirst().orElseThrow();
        UserDetails homeStaff = staff.getOrDefault(homeStation.streetId(), office);
        long kept = transaction.execute(status -> DemoActor.as(homeStaff, () -> {
            long reception = receptions.log(home, null, new ReceptionDraft(
                    LocalDateTime.now(Formats.ZONE).withSecond(0).withNano(0).minusHours(2), "居民张阿姨", "13905710123",
                    ReceptionCategory.TRAFFIC, RECEPTION_CONCERN, RECEPTION_OUTCOME));
            return fromReception(reception, null);
        }));

        // The reception logs, station by station, made opinions and triaged by their street's staff.
        for (StationSummary station : ordinary) {
            UserDetails who = staff.getOrDefault(station.streetId(), office);
            transaction.executeWithoutResult(status -> DemoActor.as(who, () -> {
                triageStation(station, kept, unitIds, random, pool, unit);
                return null;
            }));
        }

        transaction.executeWithoutResult(status -> DemoActor.as(office, () -> {
            visits(random, pool);
            return null;
        }));

        // Recorded directly: by the demo deputy (he heard it himself) and by street01's staff.
        UserDetails deputy = accounts.loadUserByUsername("deputy");
        UserDetails street01 = accounts.loadUserByUsername("street01");
        long firstStreet = ((cn.silian.security.SilianUser) street01).streetId();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < DIRECT.length; i++) {
                String[] d = DIRECT[i];
                UserDetails who = i < 4 ? deputy : street01;
                long id = DemoActor.as(who, () -> opinions.record(OpinionSource.DIRECT, null, new OpinionDraft(d[1],
                        ReceptionCategory.valueOf(d[0]), firstStreet, null, null, null, null)));
                if (i == 1 || i == 5) {
                    DemoActor.as(street01, () -> classify(id));
                }
            }
        });

        // Sent through the public form at four stations, from as many phones (an address range the tests leave alone).
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < PUBLIC.length; i++) {
                String[] p = PUBLIC[i];
                StationSummary station = ordinary.get((i * 7) % ordinary.size());
                intake.submit(station.id(), new IntakeDraft(p[1], ReceptionCategory.valueOf(p[0]), null,
                        i % 3 == 0 ? null : "市民" + "甲乙丙丁戊己庚辛".charAt(i), i % 2 == 0 ? null : "1385710" + String.format("%04d", 100 + i),
                        null), "192.0.2." + (10 + i));
            }
        });
        return new Pool(pool, kept);
    }

    private void triageStation(StationSummary station, long kept, List<Long> unitIds, Random random,
                               Map<Long, List<Open>> pool, UserDetails unit) {
        List<ReceptionRecord> logged = new ArrayList<>(receptions.page(station.id(), PageRequest.of(0, 30)).getContent());
        // Oldest first, so a duplicate is merged into the one heard before it.
        java.util.Collections.reverse(logged);
        Map<String, Long> firstOpenWithText = new HashMap<>();
        String community = intake.station(station.id()).map(cn.silian.stations.PublicStation::community).orElse(null);
        for (ReceptionRecord r : logged) {
            // About half the visits are worth an opinion; the others were settled at the desk.
            if (Objects.equals(RECEPTION_CONCERN, r.concern()) || random.nextInt(10) >= 5) {
                continue;
            }
            // Heard, and triaged, on the day of the visit, so the list reads like a year of work.
            OpinionsClock.asOf(r.receivedAt().toLocalDate(), () -> {
                long id = fromReception(r.id(), community);
                Long earlier = firstOpenWithText.get(r.concern());
                int roll = random.nextInt(10);
                if (earlier != null && roll < 6) {
                    opinions.merge(id, version(id), earlier);
                    return null;
                }
                if (roll < 3) {
                    remember(pool, station, id, r);
                    firstOpenWithText.putIfAbsent(r.concern(), id);
                } else if (roll < 5) {
                    classify(id);
                    remember(pool, station, id, r);
                    firstOpenWithText.putIfAbsent(r.concern(), id);
                } else if (roll < 7) {
                    opinions.resolveOnSpot(id, version(id), r.outcome() == null ? "接待时当场答复" : r.outcome(),
                            "您反映的问题已由联络站当场答复处理，感谢您的参与。");
                } else {
                    int u = unitFor(r.category());
                    long version = opinions.forward(id, version(id), unitIds.get(u));
                    if (roll == 9) {
                        answerMatter(id, version, u == DemoUnits.HOUSING ? unit : null);
                    }
                }
                return null;
            });
        }
    }

    /** A forwarded matter answered by its unit: unit01 for the first unit, the office on the others' behalf. */
    private void answerMatter(long id, long version, UserDetails unit) {
        String answer = "经现场核查，已安排专人处理，预计两周内整改完毕，并将结果告知来访群众。";
        String publicAnswer = "您反映的问题已由承办单位受理，正在整改，感谢您的监督。";
        if (unit != null) {
            DemoActor.as(unit, () -> opinions.answerMatter(id, version, answer, publicAnswer));
        } else {
            DemoActor.as(accounts.loadUserByUsername("office"), () -> opinions.answerMatter(id, version, answer, publicAnswer));
        }
    }

    private long fromReception(long receptionId, String community) {
        SourcedDraft prefilled = opinions.prefill(OpinionSource.RECEPTION, receptionId);
        OpinionDraft d = prefilled.draft();
        return opinions.record(OpinionSource.RECEPTION, receptionId, new OpinionDraft(d.content(), d.category(), d.streetId(),
                community, d.heardBy(), d.contactName(), d.contactPhone()));
    }

    private long classify(long id) {
        OpinionDetails d = opinions.get(id);
        return opinions.classify(id, d.version(), d.category(), d.community());
    }

    private long version(long id) {
        return opinions.get(id).version();
    }

    private static void remember(Map<Long, List<Open>> pool, StationSummary station, long id, ReceptionRecord r) {
        pool.computeIfAbsent(station.id(), k -> new ArrayList<>())
                .add(new Open(id, station.id(), station.streetId(), r.category(), r.concern(), null));
    }

    /**
     * Three research visits (视察/调研) of this year, recorded afterwards by the office with the
     * deputies who went, and what they heard there as opinions.
     */
    private void visits(Random random, Map<Long, List<Open>> pool) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        List<DeputySummary> district = deputies.page(new DeputyFilter(null, Level.DISTRICT, null, null, DeputyStatus.ACTIVE),
                PageRequest.of(0, 60)).getContent();
        int[] daysAgo = {200, 120, 45};
        for (int v = 0; v < VISITS.length; v++) {
            String[] visit = VISITS[v];
            LocalDate day = today.minusDays(daysAgo[v]);
            List<MeetingHistory.PastInvitee> invitees = new ArrayList<>();
            List<DeputySummary> went = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                DeputySummary d = district.get(10 + v * 6 + i);
                went.add(d);
                invitees.add(new MeetingHistory.PastInvitee(d.id(), Rsvp.ACCEPTED, null, Attendance.PRESENT));
            }
            MeetingDraft m = new MeetingDraft();
            m.setTitle(visit[0]);
            m.setKind(MeetingKind.VISIT);
            m.setStartsAt(LocalDateTime.of(day, LocalTime.of(9, 0)));
            m.setEndsAt(LocalDateTime.of(day, LocalTime.of(11, 30)));
            // Held in the street of the first who went; what was heard there belongs to that street.
            long streetId = went.getFirst().streetId();
            m.setPlace(went.getFirst().streetName() + "党群服务中心");
            m.setDescription("组织部分区人大代表实地察看、座谈听取群众意见。");
            m.setAgenda(List.of(new AgendaLine("实地察看", null, 60), new AgendaLine("座谈交流", null, 90)));
            long meeting = history.recordHeld(m, invitees, "代表们实地察看并与居民座谈，收集意见 " + (visit.length - 2) + " 条，已整理为社情民意。",
                    null, List.of());
            for (int i = 2; i < visit.length; i++) {
                DeputySummary heard = went.get(random.nextInt(went.size()));
                long id = opinions.record(OpinionSource.VISIT, meeting, new OpinionDraft(visit[i],
                        ReceptionCategory.valueOf(visit[1]), streetId, null, heard.id(), null, null));
                if (i == 2) {
                    classify(id);
                }
                pool.computeIfAbsent(-meeting, k -> new ArrayList<>())
                        .add(new Open(id, null, streetId, ReceptionCategory.valueOf(visit[1]), visit[i], heard.id()));
            }
        }
    }
}
