package cn.silian.stations;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
@Tag("db")
class ReceptionServiceTest {

    @Autowired ReceptionService receptions;
    @Autowired RosterService roster;
    @Autowired StationService stations;
    @Autowired AccountService accounts;
    @Autowired DutyShiftRepository shifts;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void aDeputyLogsAVisitAtHisStationButNotElsewhere() {
        TestUsers.login(accounts, "deputy");
        Membership home = roster.membershipsOf(currentDeputy()).stream().filter(Membership::home).findFirst().orElseThrow();
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        long id = receptions.log(home.stationId(), null, new ReceptionDraft(now.minusHours(1), null, "13812341234",
                ReceptionCategory.TRAFFIC, "路口红绿灯时间太短", null));
        assertThat(id).isPositive();

        long elsewhere = TestUsers.as(accounts, "street02", () ->
                stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id());
        assertThatThrownBy(() -> receptions.log(elsewhere, null, new ReceptionDraft(now, null, null,
                ReceptionCategory.OTHER, "x", null))).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "street01");
        assertThat(receptions.page(home.stationId(), PageRequest.of(0, 5)).getContent())
                .anySatisfy(r -> {
                    assertThat(r.concern()).isEqualTo("路口红绿灯时间太短");
                    assertThat(r.visitorPhone()).isEqualTo("138****1234");
                });
    }

    @Test
    void badInputIsRefusedAndNothingIsLogged() {
        TestUsers.login(accounts, "street01");
        long station = stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
        long before = receptions.count(station);
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        assertThatThrownBy(() -> receptions.log(station, null, new ReceptionDraft(now, null, "12", null, " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).contains("concern", "category", "visitorPhone"));
        assertThatThrownBy(() -> receptions.log(station, null, new ReceptionDraft(now.plusDays(2), null, null,
                ReceptionCategory.OTHER, "未来", null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> receptions.log(station, null, new ReceptionDraft(now, null, null,
                ReceptionCategory.OTHER, "长".repeat(2001), null))).isInstanceOf(InvalidInputException.class);
        assertThat(receptions.count(station)).isEqualTo(before);
    }

    @Test
    void aShiftOfAnotherStationIsRefusedAndNothingIsLogged() {
        TestUsers.login(accounts, "street01");
        long station = stations.page(StationFilter.none(), PageRequest.of(0, 1)).getContent().getFirst().id();
        DutyShift elsewhere = shifts.findAll().stream().filter(s -> s.stationId() != station).findFirst().orElseThrow();
        long before = receptions.count(station);

        assertThatThrownBy(() -> receptions.log(station, elsewhere.getId(), visit()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("shift");
                    assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                            .containsExactly("reception.shift-elsewhere");
                });
        assertThatThrownBy(() -> receptions.log(station, Long.MAX_VALUE, visit()))
                .as("an unknown shift likewise").isInstanceOf(InvalidInputException.class);
        assertThat(receptions.count(station)).isEqualTo(before);
        assertThat(shifts.findById(elsewhere.getId()).orElseThrow().servedAt()).isEqualTo(elsewhere.servedAt());
    }

    @Test
    void aDeputyCannotVouchForAnotherDeputysShift() {
        TestUsers.login(accounts, "deputy");
        long me = currentDeputy();
        Membership home = roster.membershipsOf(me).stream().filter(Membership::home).findFirst().orElseThrow();
        DutyShift others = shifts.findAll().stream()
                .filter(s -> s.stationId() == home.stationId() && s.deputyId() != null && s.deputyId() != me)
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> receptions.log(home.stationId(), others.getId(), visit()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("reception.shift-not-yours"));
    }

    private static ReceptionDraft visit() {
        return new ReceptionDraft(LocalDateTime.now(Formats.ZONE).minusHours(1), null, null, ReceptionCategory.OTHER, "来访", null);
    }

    private long currentDeputy() {
        return ((cn.silian.security.SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
    }
}
