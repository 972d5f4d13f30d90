package cn.silian.stations;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.Edit;
import cn.silian.streets.StreetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** street02 can neither read nor change anything of the first street, by any service call. */
@SilianSpringTest
@Transactional
@Tag("db")
class StationScopeTest {

    @Autowired StationService stations;
    @Autowired RosterService roster;
    @Autowired DutyService duty;
    @Autowired ReceptionService receptions;
    @Autowired StreetService streets;
    @Autowired AccountService accounts;

    long firstStreet;
    long stationOfFirstStreet;
    long planOfFirstStreet;

    @BeforeEach
    void pickARecordOfTheFirstStreet() {
        TestUsers.login(accounts, "street01");
        firstStreet = streets.all().getFirst().id();
        stationOfFirstStreet = stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
        planOfFirstStreet = duty.plans(stationOfFirstStreet).getFirst().id();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void streetStaffListOnlyTheirOwnStreetsStations() {
        TestUsers.login(accounts, "street02");
        long second = streets.all().get(1).id();
        assertThat(stations.page(new StationFilter(null, firstStreet, null, null, null), PageRequest.of(0, 100)).getContent())
                .isNotEmpty().allSatisfy(s -> assertThat(s.streetId()).isEqualTo(second));
    }

    @Test
    void street02CannotReadAnyRecordOfTheFirstStreet() {
        TestUsers.login(accounts, "street02");
        List<Runnable> reads = List.of(
                () -> stations.get(stationOfFirstStreet),
                () -> stations.edit(stationOfFirstStreet),
                () -> stations.activeIn(firstStreet),
                () -> roster.members(stationOfFirstStreet, PageRequest.of(0, 10)),
                () -> roster.history(stationOfFirstStreet, PageRequest.of(0, 10)),
                () -> roster.exportRows(stationOfFirstStreet),
                () -> roster.proposePlacement(firstStreet),
                () -> duty.plans(stationOfFirstStreet),
                () -> duty.plan(planOfFirstStreet),
                () -> duty.shifts(planOfFirstStreet),
                () -> duty.notice(planOfFirstStreet),
                () -> duty.pendingSwaps(stationOfFirstStreet),
                () -> duty.shortfall(stationOfFirstStreet),
                () -> receptions.page(stationOfFirstStreet, PageRequest.of(0, 10)));
        reads.forEach(read -> assertThatThrownBy(read::run).isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(stations::streetFigures).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void street02CannotChangeAnyRecordOfTheFirstStreet() {
        TestUsers.login(accounts, "street01");
        Edit<StationDraft> edit = stations.edit(stationOfFirstStreet);
        StationDraft draft = edit.draft();
        long version = edit.version();
        ShiftRow shift = duty.shifts(planOfFirstStreet).getFirst();
        long memberEntry = roster.members(stationOfFirstStreet, PageRequest.of(0, 1)).getContent().getFirst().entryId();

        TestUsers.login(accounts, "street02");
        LocalDate from = LocalDate.now().plusDays(10);
        List<Runnable> changes = List.of(
                () -> stations.update(stationOfFirstStreet, version, draft),
                () -> roster.add(stationOfFirstStreet, shift.deputyId(), true),
                () -> roster.remove(memberEntry),
                () -> roster.applyPlacement(Map.of(shift.deputyId(), stationOfFirstStreet)),
                () -> duty.generate(stationOfFirstStreet, new PlanRequest(from, from.plusDays(30),
                        EnumSet.of(DayOfWeek.MONDAY), Set.of(), LocalTime.of(9, 0), LocalTime.of(10, 0))),
                () -> duty.reassign(shift.id(), shift.version(), null),
                () -> duty.publish(planOfFirstStreet, 0),
                () -> receptions.log(stationOfFirstStreet, null, new ReceptionDraft(LocalDateTime.now(),
                        null, null, ReceptionCategory.OTHER, "越权登记", null)));
        changes.forEach(change -> assertThatThrownBy(change::run).isInstanceOf(AccessDeniedException.class));

        StationDraft elsewhere = stations.edit(stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id()).draft();
        elsewhere.setCode("X-INTO-1");
        elsewhere.setStreetId(firstStreet);
        long created = stations.create(elsewhere);
        assertThat(stations.get(created).summary().streetId())
                .as("street staff always create in their own street").isEqualTo(streets.all().get(1).id());
    }

    @Test
    void deputiesDoNotReachTheStaffServices() {
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> stations.page(StationFilter.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.members(stationOfFirstStreet, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duty.plans(stationOfFirstStreet)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> receptions.page(stationOfFirstStreet, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOfficeSeesEveryStreet() {
        TestUsers.login(accounts, "office");
        assertThat(stations.streetFigures()).hasSize(13).allSatisfy(f -> assertThat(f.stations()).isPositive());
        assertThat(stations.get(stationOfFirstStreet).summary().id()).isEqualTo(stationOfFirstStreet);
        assertThat(stations.count(StationFilter.none())).isEqualTo(40);
        assertThat(stations.count(new StationFilter(null, null, null, null, true))).isEqualTo(9);
    }
}
