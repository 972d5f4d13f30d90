package cn.silian.demo;

import cn.silian.campaigns.CampaignDraft;
import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.GroupChoice;
import cn.silian.campaigns.ItemKind;
import cn.silian.campaigns.StreetTarget;
import cn.silian.meetings.AgendaLine;
import cn.silian.meetings.Attendance;
import cn.silian.meetings.MeetingDraft;
import cn.silian.meetings.MeetingHistory;
import cn.silian.meetings.MeetingKind;
import cn.silian.meetings.Rsvp;
import cn.silian.opinions.OpinionDraft;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.OpinionsClock;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.DeputySummary;
import cn.silian.people.Level;
import cn.silian.security.AccountService;
import cn.silian.stations.ReceptionCategory;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo's research months: last year's (September 2025, collecting the projects of 2026),
 * closed with its summary, every street taking part, opinions and research visits tagged; and
 * this year's (November–December 2026, collecting for 2027), open, with opinions and visits of
 * 城关街道 and a few other streets so far. Opinions are recorded as of their days, so the open
 * campaign tags them as it would any opinion recorded then.
 */
@Component
class DemoCampaigns {

    static final String LAST_THEME = "2025年集中调研月：民生实事项目征集";
    static final LocalDate LAST_START = LocalDate.of(2025, 9, 1);
    static final LocalDate LAST_END = LocalDate.of(2025, 9, 30);
    static final String THIS_THEME = "2026年集中调研月";
    static final LocalDate THIS_START = LocalDate.of(2026, 11, 1);
    static final LocalDate THIS_END = LocalDate.of(2026, 12, 31);
    static final String SUMMARY = """
            全区13个街道全部参加，代表们深入社区、企业、学校开展调研走访，共收集群众意见建议，\
            经梳理形成民生实事候选项目，提交区人民代表大会票决。加装电梯、老旧小区改造、停车难、\
            养老助餐等问题反映集中。""";

    private static final String[][] OPINIONS = {
            {"HOUSING", "老旧小区没有电梯，老年人上下楼困难，希望加装电梯。"},
            {"TRAFFIC", "小区周边停车位严重不足，晚上车辆乱停影响消防通道。"},
            {"HEALTH", "社区卫生服务站缺少全科医生，看病要跑很远。"},
            {"EDUCATION", "附近小学放学早，希望开设课后托管服务。"},
            {"ENVIRONMENT", "河道有异味，希望加强治理和日常保洁。"},
            {"SAFETY", "老街区路灯损坏多，夜间出行不安全。"},
            {"OTHER", "希望在社区设立老年助餐点，解决高龄老人吃饭难。"},
            {"HOUSING", "老旧小区雨污管网老化，雨天经常返水。"},
    };

    private final CampaignService campaigns;
    private final OpinionService opinions;
    private final MeetingHistory history;
    private final DeputyService deputies;
    private final StreetService streets;
    private final AccountService accounts;

    DemoCampaigns(CampaignService campaigns, OpinionService opinions, MeetingHistory history, DeputyService deputies,
                  StreetService streets, AccountService accounts) {
        this.campaigns = campaigns;
        this.opinions = opinions;
        this.history = history;
        this.deputies = deputies;
        this.streets = streets;
        this.accounts = accounts;
    }

    void load(TransactionTemplate transaction, Random random) {
        UserDetails office = accounts.loadUserByUsername("office");
        UserDetails deputy = accounts.loadUserByUsername("deputy");
        List<StreetSummary> all = streets.all();
        List<DeputySummary> district = deputies.page(new DeputyFilter(null, Level.DISTRICT, null, null, DeputyStatus.ACTIVE),
                PageRequest.of(0, 120)).getContent();
        transaction.executeWithoutResult(status -> {
            List<GroupChoice> groups = OpinionsClock.asOf(LAST_START.minusDays(10),
                    () -> DemoActor.as(office, campaigns::groupChoices));
            long last = campaign(office, LAST_THEME, 2026, LAST_START, LAST_END, all, 2, 4, groupsOf(groups, 2025));
            for (int i = 0; i < all.size(); i++) {
                StreetSummary s = all.get(i);
                // Every fourth street falls one visit short of its target.
                int visits = i % 4 == 3 ? 1 : 2;
                for (int v = 0; v < visits; v++) {
                    visit(office, last, s, LAST_START.plusDays(1 + random.nextInt(28)), district, random);
                }
                int heard = i == 0 ? 5 : 3 + random.nextInt(3);
                for (int o = 0; o < heard; o++) {
                    opinion(i == 0 ? deputy : office, s, LAST_START.plusDays(random.nextInt(30)), random);
                }
            }
            OpinionsClock.asOf(LocalDate.of(2025, 10, 10), () -> DemoActor.as(office,
                    () -> campaigns.close(last, campaigns.details(last).version(), SUMMARY)));
        });
        transaction.executeWithoutResult(status -> {
            List<GroupChoice> groups = OpinionsClock.asOf(THIS_START.minusDays(7),
                    () -> DemoActor.as(office, campaigns::groupChoices));
            long current = campaign(office, THIS_THEME, 2027, THIS_START, THIS_END, all, 4, 8, groupsOf(groups, 2026));
            LocalDate today = OpinionsClock.today();
            LocalDate until = today.isBefore(THIS_END) ? today : THIS_END;
            int days = (int) Math.max(1, until.toEpochDay() - THIS_START.toEpochDay());
            for (int i = 0; i < 4; i++) {
                StreetSummary s = all.get(i);
                for (int v = 0; v < (i == 0 ? 3 : 1); v++) {
                    visit(office, current, s, THIS_START.plusDays(random.nextInt(days)), district, random);
                }
                for (int o = 0; o < (i == 0 ? 6 : 2); o++) {
                    opinion(i == 0 ? deputy : office, s, THIS_START.plusDays(random.nextInt(days)), random);
                }
            }
        });
    }

    private static Set<Long> groupsOf(List<GroupChoice> choices, int topicYear) {
        Set<Long> ids = new HashSet<>();
        choices.stream().filter(g -> g.topicYear() == topicYear).limit(3).forEach(g -> ids.add(g.id()));
        return ids;
    }

    /** Created a week before it starts and opened the day before, as the office would. */
    private long campaign(UserDetails office, String theme, int year, LocalDate start, LocalDate end,
                          List<StreetSummary> all, int visits, int opinionsTarget, Set<Long> groups) {
        List<StreetTarget> targets = new ArrayList<>();
        for (StreetSummary s : all) {
            targets.add(new StreetTarget(s.id(), visits, opinionsTarget));
        }
        CampaignDraft draft = new CampaignDraft(theme, "各街道组织代表围绕民生实事项目开展集中调研，收集群众意见建议，形成候选项目。",
                year, start, end, targets, groups);
        long id = OpinionsClock.asOf(start.minusDays(7), () -> DemoActor.as(office, () -> campaigns.create(draft)));
        OpinionsClock.asOf(start.minusDays(1), () -> DemoActor.as(office,
                () -> campaigns.open(id, campaigns.details(id).version())));
        return id;
    }

    /** A research visit to the street held on the day, with two of its district deputies, tagged for the street. */
    private void visit(UserDetails office, long campaign, StreetSummary street, LocalDate day, List<DeputySummary> district,
                       Random random) {
        List<MeetingHistory.PastInvitee> invitees = new ArrayList<>();
        district.stream().filter(d -> street.id().equals(d.streetId())).limit(2)
                .forEach(d -> invitees.add(new MeetingHistory.PastInvitee(d.id(), Rsvp.ACCEPTED, null, Attendance.PRESENT)));
        if (invitees.isEmpty()) {
            invitees.add(new MeetingHistory.PastInvitee(district.get(random.nextInt(district.size())).id(), Rsvp.ACCEPTED,
                    null, Attendance.PRESENT));
        }
        MeetingDraft m = new MeetingDraft();
        m.setTitle(street.name() + "民生实事调研走访");
        m.setKind(MeetingKind.VISIT);
        m.setStartsAt(LocalDateTime.of(day, LocalTime.of(9, 0)));
        m.setEndsAt(LocalDateTime.of(day, LocalTime.of(11, 30)));
        m.setPlace(street.name() + "党群服务中心");
        m.setDescription("代表们实地察看，座谈听取群众对民生实事项目的意见。");
        m.setAgenda(List.of(new AgendaLine("实地察看", null, 60), new AgendaLine("座谈交流", null, 90)));
        DemoActor.as(office, () -> {
            long meeting = history.recordHeld(m, invitees, "实地察看并与居民座谈，收集意见建议。", null, List.of());
            campaigns.tag(campaign, ItemKind.MEETING, meeting, street.id());
            return meeting;
        });
    }

    /** An opinion of the street recorded on the day: the open campaign tags it as it is recorded. */
    private void opinion(UserDetails who, StreetSummary street, LocalDate day, Random random) {
        String[] o = OPINIONS[random.nextInt(OPINIONS.length)];
        OpinionsClock.asOf(day, () -> DemoActor.as(who, () -> opinions.record(OpinionSource.DIRECT, null,
                new OpinionDraft(o[1], ReceptionCategory.valueOf(o[0]), street.id(), null, null, null, null))));
    }
}
