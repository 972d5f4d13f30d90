package cn.silian.stations;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A swap request is decided by the staff of the shift's own street (or the office), by nobody else. */
@SilianSpringTest
@Transactional
@Tag("db")
class SwapDecisionDenialTest {

    @Autowired DutyService duty;
    @Autowired RosterService roster;
    @Autowired StationService stations;
    @Autowired AccountService accounts;

    ShiftRow shift;
    SwapRow swap;
    Long aFreeMember;

    @BeforeEach
    void theDeputyAsksToSwapAShiftOfTheFirstStreet() {
        TestUsers.login(accounts, "deputy");
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        shift = duty.myShifts(now, now.plusDays(120)).getFirst();
        duty.requestSwap(shift.id(), "出差", null);
        TestUsers.login(accounts, "street01");
        assertThat(stations.get(shift.stationId()).summary().streetId())
                .isEqualTo(((SilianUser) accounts.loadUserByUsername("street01")).streetId());
        swap = pending();
        aFreeMember = roster.members(shift.stationId(), PageRequest.of(0, 100)).stream()
                .map(RosterMember::deputyId).filter(id -> !id.equals(shift.deputyId())).findFirst().orElseThrow();
        TestUsers.logout();
    }

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private SwapRow pending() {
        return TestUsers.as(accounts, "street01", () -> duty.pendingSwaps(shift.stationId())).stream()
                .filter(w -> w.shiftId().equals(shift.id())).findFirst().orElseThrow();
    }

    private List<Long> deputysShifts() {
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        return TestUsers.as(accounts, "deputy", () -> duty.myShifts(now, now.plusDays(120))).stream().map(ShiftRow::id).toList();
    }

    @Test
    void anotherStreetsStaffTheDeputyHimselfAndARolelessAccountCannotDecide() {
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> duty.decideSwap(swap.id(), swap.version(), true, aFreeMember)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duty.decideSwap(swap.id(), swap.version(), false, null)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> duty.decideSwap(swap.id(), swap.version(), true, aFreeMember)).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginWithoutRoles(accounts, "office");
        assertThatThrownBy(() -> duty.decideSwap(swap.id(), swap.version(), false, null)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> duty.decideSwap(-1, 0, false, null)).isInstanceOf(NotFoundException.class);

        assertThat(pending()).isEqualTo(swap);
        assertThat(deputysShifts()).contains(shift.id());
    }

    @Test
    void theOfficeDecidesForAnyStreet() {
        TestUsers.login(accounts, "office");
        duty.decideSwap(swap.id(), swap.version(), false, null);
        assertThat(TestUsers.as(accounts, "street01", () -> duty.pendingSwaps(shift.stationId())))
                .extracting(SwapRow::shiftId).doesNotContain(shift.id());
        assertThat(deputysShifts()).contains(shift.id());
    }
}
