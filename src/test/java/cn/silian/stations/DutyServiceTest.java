package cn.silian.stations;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.DeputyService;
import cn.silian.people.Expertise;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.streets.StreetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class DutyServiceTest {

    @Autowired DutyService duty;
    @Autowired RosterService roster;
    @Autowired StationService stations;
    @Autowired DeputyService deputies;
    @Autowired StreetService streets;
    @Autowired AccountService accounts;

    long street;
    long station;
    List<Long> members = new ArrayList<>();
    LocalDate from;

    @BeforeEach
    void aStationWithFiveNewMembers() {
        TestUsers.login(accounts, "street01");
        street = streets.all().getFirst().id();
        station = StationsTestData.station(stations, "D-1", street, null);
        for (String name : List.of("值一", "值二", "值三", "值四", "值五")) {
            long person = TestUsers.as(accounts, "office", () -> StationsTestData.person(deputies, name, street, "测试社区"));
            roster.add(station, person, false);
            members.add(person);
        }
        from = LocalDate.now(Formats.ZONE).plusDays(10);
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theRotationIsFairAcrossTheRoster() {
        long planId = duty.generate(station, request(from, from.plusWeeks(7), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        List<ShiftRow> shifts = duty.shifts(planId);
        assertThat(shifts).hasSizeGreaterThanOrEqualTo(14).allSatisfy(s -> assertThat(s.deputyId()).isIn(members));
        Map<Long, Long> counts = shifts.stream().collect(Collectors.groupingBy(ShiftRow::deputyId, Collectors.counting()));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(members);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = counts.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(max - min).as("duty counts differ by at most one").isLessThanOrEqualTo(1);
    }

    @Test
    void nobodyIsPutOnAShiftThatOverlapsHisOtherShift() {
        long other = StationsTestData.station(stations, "D-2", street, Expertise.LAW);
        members.forEach(p -> roster.add(other, p, false));
        long first = duty.generate(station, request(from, from.plusWeeks(4), EnumSet.of(DayOfWeek.WEDNESDAY)));
        long second = duty.generate(other, request(from, from.plusWeeks(4), EnumSet.of(DayOfWeek.WEDNESDAY)));
        Map<LocalDateTime, Long> busy = duty.shifts(first).stream().collect(Collectors.toMap(ShiftRow::startsAt, ShiftRow::deputyId));
        assertThat(duty.shifts(second)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.deputyId()).isNotEqualTo(busy.get(s.startsAt())));
    }

    @Test
    void aHandMadeChangeRefusesANonMemberAndABusyMember() {
        long planId = duty.generate(station, request(from, from.plusWeeks(2), EnumSet.of(DayOfWeek.MONDAY)));
        List<ShiftRow> shifts = duty.shifts(planId);
        ShiftRow shift = shifts.getFirst();
        long outsider = TestUsers.as(accounts, "office", () -> StationsTestData.person(deputies, "局外人", street, "x"));
        assertThatThrownBy(() -> duty.reassign(shift.id(), shift.version(), outsider))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("duty.not-member"));

        long other = StationsTestData.station(stations, "D-3", street, Expertise.HEALTH);
        roster.add(other, members.get(4), false);
        long otherPlan = duty.generate(other, request(from, from.plusWeeks(2), EnumSet.of(DayOfWeek.MONDAY)));
        Long busyPerson = duty.shifts(otherPlan).getFirst().deputyId();
        assertThat(busyPerson).isEqualTo(members.get(4));
        assertThatThrownBy(() -> duty.reassign(shift.id(), shift.version(), busyPerson))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("duty.busy"));
    }

    @Test
    void aPlanIsPublishedCompleteAndAtLeastTheNoticePeriodAhead() {
        LocalDate tomorrow = LocalDate.now(Formats.ZONE).plusDays(1);
        long late = duty.generate(station, request(tomorrow, tomorrow.plusDays(5), EnumSet.allOf(DayOfWeek.class)));
        assertThatThrownBy(() -> duty.publish(late, duty.plan(late).version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("duty.publish.too-late"));

        long planId = duty.generate(station, request(from, from.plusWeeks(2), EnumSet.of(DayOfWeek.FRIDAY)));
        ShiftRow first = duty.shifts(planId).getFirst();
        duty.reassign(first.id(), first.version(), null);
        assertThatThrownBy(() -> duty.publish(planId, duty.plan(planId).version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("duty.publish.unfilled"));
        duty.reassign(first.id(), duty.shifts(planId).getFirst().version(), members.getFirst());
        duty.publish(planId, duty.plan(planId).version());
        assertThat(duty.plan(planId).status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(duty.notice(planId).shifts()).isNotEmpty().allSatisfy(s -> assertThat(s.deputyName()).isNotBlank());
    }

    @Test
    void badRequestsChangeNothing() {
        int before = duty.plans(station).size();
        LocalDate past = LocalDate.now(Formats.ZONE).minusDays(3);
        assertThatThrownBy(() -> duty.generate(station, request(past, past.plusDays(20), EnumSet.of(DayOfWeek.MONDAY))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> duty.generate(station, request(from.plusDays(5), from, EnumSet.of(DayOfWeek.MONDAY))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> duty.generate(station, new PlanRequest(from, from.plusDays(20), EnumSet.of(DayOfWeek.MONDAY),
                Set.of(), LocalTime.of(11, 0), LocalTime.of(9, 0)))).isInstanceOf(InvalidInputException.class);
        assertThat(duty.plans(station)).hasSize(before);
    }

    @Test
    void aDeputyAsksToSwapHisShiftAndTheStreetApproves() {
        TestUsers.login(accounts, "deputy");
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        ShiftRow mine = duty.myShifts(now, now.plusDays(120)).getFirst();
        duty.requestSwap(mine.id(), "出差", null);
        assertThatThrownBy(() -> duty.requestSwap(mine.id(), "again", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> duty.pendingSwaps(mine.stationId())).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "street01");
        SwapRow swap = duty.pendingSwaps(mine.stationId()).stream().filter(w -> w.shiftId().equals(mine.id())).findFirst().orElseThrow();
        // a newcomer to the station has no other shift and no meeting: he is surely free to stand in
        long replacement = TestUsers.as(accounts, "office", () -> StationsTestData.person(deputies, "替班人", street, "测试社区"));
        roster.add(mine.stationId(), replacement, false);
        duty.decideSwap(swap.id(), swap.version(), true, replacement);

        assertThat(duty.shifts(mine.planId())).filteredOn(s -> s.id().equals(mine.id())).singleElement()
                .satisfies(s -> assertThat(s.deputyId()).isEqualTo(replacement))
                .satisfies(s -> assertThat(s.swapPending()).isFalse());
        assertThat(duty.pendingSwaps(mine.stationId())).extracting(SwapRow::shiftId).doesNotContain(mine.id());
        TestUsers.login(accounts, "deputy");
        assertThat(duty.myShifts(now, now.plusDays(120))).extracting(ShiftRow::id).doesNotContain(mine.id());
    }

    @Test
    void aDeputyCannotSwapSomeoneElsesShift() {
        long planId = duty.generate(station, request(from, from.plusWeeks(1), EnumSet.of(DayOfWeek.TUESDAY)));
        ShiftRow shift = duty.shifts(planId).getFirst();
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> duty.requestSwap(shift.id(), "不是我的班", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyIsPutOnAShiftThatOverlapsHisMeeting() {
        LocalDate tuesday = from.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Long busy = members.getFirst();
        // A meeting that overlaps the first shift, and one that merely touches the second (not a conflict).
        TestMeetings.BOOKED.add(new TestMeetings.Meeting(busy, tuesday.atTime(10, 0), tuesday.atTime(12, 0)));
        TestMeetings.BOOKED.add(new TestMeetings.Meeting(busy, tuesday.plusWeeks(1).atTime(11, 30), tuesday.plusWeeks(1).atTime(13, 0)));
        try {
            long planId = duty.generate(station, request(tuesday, tuesday.plusWeeks(9), EnumSet.of(DayOfWeek.TUESDAY)));
            List<ShiftRow> shifts = duty.shifts(planId);
            assertThat(shifts.getFirst().deputyId()).isNotEqualTo(busy);
            assertThat(shifts.stream().filter(s -> busy.equals(s.deputyId()))).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.startsAt().toLocalDate()).isNotEqualTo(tuesday));
            ShiftRow first = shifts.getFirst();
            assertThatThrownBy(() -> duty.reassign(first.id(), first.version(), busy))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("duty.busy"));
        } finally {
            TestMeetings.BOOKED.clear();
        }
    }

    private static PlanRequest request(LocalDate from, LocalDate to, EnumSet<DayOfWeek> days) {
        return new PlanRequest(from, to, days, Set.of(), LocalTime.of(9, 0), LocalTime.of(11, 30));
    }
}
