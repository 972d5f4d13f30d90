package cn.silian.stations;

import cn.silian.ActivityEvents;
import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.performance.DutyActivity;
import cn.silian.performance.DutyPoints;
import cn.silian.performance.PointsQuery;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A shift counts once its service is confirmed; a visit logged on it confirms it; others may not confirm. */
@SilianSpringTest
@Transactional
class ShiftServedTest {

    @Autowired DutyService duty;
    @Autowired ReceptionService receptions;
    @Autowired AccountService accounts;
    @Autowired PointsQuery points;
    @Autowired ShiftActivity source;
    @Autowired ActivityEvents events;
    @Autowired EntityManager em;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long streetOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).streetId();
    }

    /** A shift of street01's stations with a deputy, started before now (past) or not (future), not yet served. */
    private DutyShift shift(boolean past) {
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        return em.createQuery("""
                        select s from DutyShift s, Station t where t.id = s.stationId and t.streetId = :street
                          and s.deputyId is not null and s.servedAt is null and """
                        + (past ? " s.startsAt < :now and s.startsAt >= :yearStart" : " s.startsAt > :now and s.startsAt >= :yearStart")
                        + " order by s.startsAt desc", DutyShift.class)
                .setParameter("street", streetOf("street01")).setParameter("now", now)
                .setParameter("yearStart", now.toLocalDate().withDayOfYear(1).atStartOfDay())
                .setMaxResults(1).getResultList().stream().findFirst()
                .orElseGet(() -> past ? pastShift(now) : null);
    }

    /** The demo may have served every past shift of the street: then move a future one into the past. */
    private DutyShift pastShift(LocalDateTime now) {
        DutyShift future = shift(false);
        LocalDateTime start = now.minusHours(1).isBefore(now.toLocalDate().atStartOfDay())
                ? now.minusMinutes(1) : now.minusHours(1);
        em.createQuery("update DutyShift s set s.startsAt = :start, s.endsAt = :end where s.id = :id")
                .setParameter("start", start).setParameter("end", now.plusHours(1)).setParameter("id", future.getId())
                .executeUpdate();
        em.clear();
        return em.find(DutyShift.class, future.getId());
    }

    private long entries(long deputyId, int year) {
        return TestUsers.as(accounts, "office", () -> points.byDuty(deputyId, year, Locale.ENGLISH)).stream()
                .filter(d -> d.code().equals("STATION_SHIFT")).mapToLong(DutyPoints::entries).sum();
    }

    @Test
    void staffConfirmAShiftServedAndTheDeputyEarnsItUntilTheConfirmationIsTakenBack() {
        DutyShift shift = shift(true);
        long deputy = shift.deputyId();
        int year = shift.startsAt().getYear();
        long before = entries(deputy, year);

        TestUsers.login(accounts, "street01");
        duty.markServed(shift.getId(), shift.getVersion());
        assertThat(entries(deputy, year)).isEqualTo(before + 1);
        List<DutyActivity> said = events.last(ShiftActivity.SHIFT, shift.getId()).orElseThrow();
        assertThat(said).hasSize(1);
        assertThat(TestUsers.as(accounts, "office", () -> source.activitiesOf(deputy, year)))
                .filteredOn(a -> a.sourceType().equals(ShiftActivity.SHIFT) && a.sourceId() == shift.getId()).isEqualTo(said);

        TestUsers.login(accounts, "street01");
        long version = em.find(DutyShift.class, shift.getId()).getVersion();
        duty.unmarkServed(shift.getId(), version);
        assertThat(entries(deputy, year)).isEqualTo(before);
        assertThat(events.last(ShiftActivity.SHIFT, shift.getId()).orElseThrow()).isEmpty();
    }

    @Test
    void aVisitLoggedOnAShiftConfirmsItAndCountsForTheShiftsDeputy() {
        DutyShift shift = shift(true);
        long deputy = shift.deputyId();
        int year = shift.startsAt().getYear();
        long before = entries(deputy, year);
        long reception = TestUsers.as(accounts, "street01", () -> receptions.log(shift.stationId(), shift.getId(),
                new ReceptionDraft(shift.startsAt().plusMinutes(5), null, null, ReceptionCategory.TRAFFIC, "路口红绿灯时间太短", null)));
        assertThat(entries(deputy, year)).isEqualTo(before + 1);
        assertThat(events.last(ShiftActivity.RECEPTION, reception).orElseThrow()).singleElement()
                .satisfies(a -> assertThat(a.deputyId()).isEqualTo(deputy));
        assertThat(em.find(DutyShift.class, shift.getId()).servedAt()).isNotNull();
    }

    @Test
    void anotherStreetAnotherDeputyAndAFutureShiftAreRefused() {
        DutyShift past = shift(true);
        assertThatThrownBy(() -> TestUsers.as(accounts, "street02", () -> {
            duty.markServed(past.getId(), past.getVersion());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        long someoneElse = ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
        String other = someoneElse == past.deputyId() ? "npc" : "deputy";
        assertThatThrownBy(() -> TestUsers.as(accounts, other, () -> {
            duty.markServed(past.getId(), past.getVersion());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        DutyShift future = shift(false);
        assertThatThrownBy(() -> TestUsers.as(accounts, "street01", () -> {
            duty.markServed(future.getId(), future.getVersion());
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("duty.served.not-begun"));
        assertThat(em.find(DutyShift.class, past.getId()).servedAt()).isNull();
    }
}
