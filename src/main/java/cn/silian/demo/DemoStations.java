package cn.silian.demo;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.people.Expertise;
import cn.silian.stations.DutyService;
import cn.silian.stations.PlanRequest;
import cn.silian.stations.PlanSummary;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionDraft;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.RosterService;
import cn.silian.stations.ShiftRow;
import cn.silian.stations.StationDraft;
import cn.silian.stations.StationKind;
import cn.silian.stations.StationService;
import cn.silian.shared.Formats;
import cn.silian.streets.StreetSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo district's 31 stations and 9 specialist stations, everybody placed near home, a
 * published quarter of reception duty per station, and a quarter of past reception logs.
 */
@Component
class DemoStations {

    static final int ORDINARY = 31;
    static final int SPECIALIST = 9;
    private static final Expertise[] FIELDS = {Expertise.EDUCATION, Expertise.HEALTH, Expertise.LAW, Expertise.ECONOMY,
            Expertise.ENVIRONMENT, Expertise.TECHNOLOGY, Expertise.AGRICULTURE, Expertise.ELDERLY_CARE,
            Expertise.URBAN_PLANNING};
    private static final String[] FIELD_NAMES = {"教育", "医疗卫生", "法律", "经济", "生态环境", "科技", "农业", "养老服务", "城市规划"};
    private static final String[][] CONCERNS = {
            {"EMPLOYMENT", "希望街道多举办针对大龄失业人员的招聘会", "已登记，转街道就业服务站跟进"},
            {"HEALTH", "社区卫生服务中心周末没有儿科门诊", "向区卫健局反映，建议增设周末门诊"},
            {"EDUCATION", "小学放学后托管名额不足", "记录在案，纳入课后服务调研"},
            {"HOUSING", "老旧小区加装电梯意见不统一", "约定下周与居委会共同上门协调"},
            {"ENVIRONMENT", "河道夏季有异味", "已联系河长办，安排水质检测"},
            {"TRAFFIC", "学校门口上下学时段拥堵", "建议交警部门设置临时停车区"},
            {"SAFETY", "小区电动车楼道充电存在隐患", "已告知物业，推动建设集中充电桩"},
            {"OTHER", "希望代表之家开放时间延长到晚上", "向街道工委转达"}};

    private final StationService stations;
    private final RosterService roster;
    private final DutyService duty;
    private final ReceptionService receptions;
    private final DeputyService deputies;

    DemoStations(StationService stations, RosterService roster, DutyService duty, ReceptionService receptions,
                 DeputyService deputies) {
        this.stations = stations;
        this.roster = roster;
        this.duty = duty;
        this.receptions = receptions;
        this.deputies = deputies;
    }

    void load(List<StreetSummary> streets, Map<Long, String[]> communities, long demoDeputyId,
              TransactionTemplate transaction, Random random) {
        List<Long> ordinary = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < ORDINARY; i++) {
                StreetSummary street = streets.get(i % streets.size());
                int round = i / streets.size();
                StationKind kind = round == 0 ? StationKind.HOME : round == 1 ? StationKind.STATION : StationKind.POINT;
                String community = communities.get(street.id())[round % communities.get(street.id()).length];
                String name = street.name().replace("街道", "") + switch (kind) {
                    case HOME -> "人大代表之家";
                    case STATION -> community + "人大代表联络站";
                    case POINT -> community + "人大代表联络点";
                };
                ordinary.add(stations.create(draft(String.format("%s-%02d", "ZD", i + 1), kind, name, null, street, community,
                        streets.indexOf(street), round, random)));
            }
            for (int i = 0; i < SPECIALIST; i++) {
                StreetSummary street = streets.get((i * 3) % streets.size());
                stations.create(draft(String.format("ZY-%02d", i + 1), StationKind.STATION,
                        FIELD_NAMES[i] + "专业代表联络站", FIELDS[i], street, communities.get(street.id())[0],
                        streets.indexOf(street), 3, random));
            }
        });
        // Everybody near home, street by street, as staff would with the placement assistant.
        for (StreetSummary street : streets) {
            transaction.executeWithoutResult(status -> roster.applyPlacement(roster.proposePlacement(street.id()).stream()
                    .filter(p -> p.stationId() != null)
                    .collect(Collectors.toMap(p -> p.deputyId(), p -> p.stationId()))));
        }
        // Specialist stations take people of their field.
        transaction.executeWithoutResult(status -> {
            var specialists = stations.page(new cn.silian.stations.StationFilter(null, null, null, null, true),
                    PageRequest.of(0, 50)).getContent();
            for (var station : specialists) {
                List<DeputySummary> experts = deputies.page(new DeputyFilter(null, null, null, station.field(), null),
                        PageRequest.of(0, 12)).getContent();
                experts.forEach(d -> roster.add(station.id(), d.id(), false));
            }
        });
        LocalDate start = LocalDate.now(Formats.ZONE).plusDays(duty.settings().noticeDays() + 1L);
        for (Long stationId : ordinary) {
            transaction.executeWithoutResult(status -> {
                if (roster.countMembers(stationId) == 0) {
                    return;
                }
                long planId = duty.generate(stationId, new PlanRequest(start, start.plusMonths(3).minusDays(1),
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), Set.of(15), LocalTime.of(9, 0), LocalTime.of(11, 30)));
                giveTheDemoDeputyAShift(stationId, planId, demoDeputyId);
                PlanSummary plan = duty.plan(planId);
                if (plan.unfilled() == 0) {
                    duty.publish(planId, plan.version());
                }
                logPastVisits(stationId, random);
            });
        }
    }

    /** The demo deputy should find a shift on his home page, whatever the rotation gave him. */
    private void giveTheDemoDeputyAShift(long stationId, long planId, long demoDeputyId) {
        List<ShiftRow> shifts = duty.shifts(planId);
        boolean member = roster.membershipsOf(demoDeputyId).stream().anyMatch(m -> m.stationId() == stationId && m.leftOn() == null);
        if (!member || shifts.stream().anyMatch(s -> Long.valueOf(demoDeputyId).equals(s.deputyId()))) {
            return;
        }
        ShiftRow first = shifts.getFirst();
        duty.reassign(first.id(), first.version(), demoDeputyId);
    }

    private void logPastVisits(long stationId, Random random) {
        LocalDateTime now = LocalDateTime.now(Formats.ZONE).withSecond(0).withNano(0);
        int visits = 3 + random.nextInt(5);
        for (int i = 0; i < visits; i++) {
            String[] c = CONCERNS[random.nextInt(CONCERNS.length)];
            LocalDateTime when = now.minusDays(1 + random.nextInt(90)).withHour(9 + random.nextInt(2)).withMinute(random.nextInt(4) * 15);
            receptions.log(stationId, null, new ReceptionDraft(when, random.nextBoolean() ? null : "居民" + (char) ('甲' + random.nextInt(10)),
                    random.nextBoolean() ? null : "139" + String.format("%08d", random.nextInt(100_000_000)),
                    ReceptionCategory.valueOf(c[0]), c[1], c[2]));
        }
    }

    private static StationDraft draft(String code, StationKind kind, String name, Expertise field, StreetSummary street,
                                      String community, int streetIndex, int round, Random random) {
        StationDraft d = new StationDraft();
        d.setCode(code);
        d.setKind(kind);
        d.setName(name);
        d.setField(field);
        d.setStreetId(street.id());
        d.setCommunity(community);
        d.setAddress(DemoPeople.CITY + DemoPeople.DISTRICT + street.name() + community + (10 + random.nextInt(200)) + "号");
        d.setOpeningHours(kind == StationKind.HOME ? "每周二、周五 9:00–11:30；每月 15 日全天" : "每周二 9:00–11:30");
        d.setContactName("联络员" + (char) ('甲' + round));
        d.setContactPhone("0571-8" + String.format("%07d", random.nextInt(10_000_000)));
        // Streets sit on a small grid around the district centre; stations scatter within their street.
        d.setLatitude(DemoHomes.LATITUDE + (streetIndex / 4) * DemoHomes.STREET + random.nextDouble() * 0.01);
        d.setLongitude(DemoHomes.LONGITUDE + (streetIndex % 4) * DemoHomes.STREET + random.nextDouble() * 0.01);
        d.setActive(true);
        return d;
    }
}
