package cn.silian.performance;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyService;
import cn.silian.people.Gender;
import cn.silian.people.Level;
import cn.silian.people.SeatInfo;
import cn.silian.security.AccountService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After any sequence of activities and undos, a deputy's points are the sum over his traced
 * activities under the year's scheme, each duty capped; a replay leaves the same ledger.
 */
@SilianSpringTest
class LedgerPropertyTest {

    /** A year no demo activity reaches, so that only this test's sources count in it. */
    private static final int YEAR = 2031;
    private static final AtomicLong SOURCES = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

    @Autowired AccountService accounts;
    @Autowired DeputyService deputies;
    @Autowired TestActivities activities;
    @Autowired LedgerService ledgerService;
    @Autowired PointsQuery points;
    @Autowired LedgerEntryRepository entries;
    @Autowired Schemes schemes;
    @Autowired EntityManager em;
    @Autowired TransactionTemplate transaction;

    private final List<Long> people = new ArrayList<>();

    @BeforeEach
    void people() {
        TestUsers.login(accounts, "office");
        long street = ((Number) em.createNativeQuery("SELECT MIN(id) FROM street").getSingleResult()).longValue();
        for (int i = 0; i < 3; i++) {
            DeputyDraft d = new DeputyDraft();
            d.setName("积分测试" + i + "号" + SOURCES.get() % 1000);
            d.setGender(Gender.MALE);
            d.setStreetId(street);
            d.setCommunity("测试社区");
            d.setPhone("1390000" + String.format("%04d", (SOURCES.incrementAndGet() + i) % 10000));
            d.setSeats(List.of(new SeatInfo(Level.DISTRICT, 18, "第9选区")));
            people.add(deputies.create(d));
        }
    }

    /** Other tests count the demo district's deputies: these leave with their ledger (cascade). */
    @AfterEach
    void removePeopleAndLogout() {
        TestUsers.login(accounts, "office");
        activities.clear();
        for (long id : people) {
            deputies.delete(id, deputies.get(id).version());
        }
        TestUsers.logout();
    }

    private static final ActivityKind[] KINDS = {
            ActivityKind.STATION_SHIFT_SERVED, ActivityKind.RECEPTION_LOGGED, ActivityKind.SUGGESTION_LED,
            ActivityKind.SUGGESTION_COSIGNED, ActivityKind.MEETING_ABSENT_UNEXCUSED, ActivityKind.MEETING_EXCUSED,
            ActivityKind.JOINT_MEETING_ATTENDED, ActivityKind.GROUP_REPORT};

    @Test
    void pointsAreTheCappedSumOfTracedActivitiesAfterAnySequenceAndAReplayChangesNothing() {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            Map<Long, List<DutyActivity>> truth = new HashMap<>();
            List<Long> mySources = new ArrayList<>();
            for (int step = 0; step < 120; step++) {
                boolean undo = !mySources.isEmpty() && random.nextInt(4) == 0;
                long source;
                List<DutyActivity> now = new ArrayList<>();
                if (undo) {
                    source = mySources.get(random.nextInt(mySources.size()));
                    List<DutyActivity> before = truth.get(source);
                    // An undo drops the source's activities, or some of them (a co-signer withdrawn).
                    if (random.nextBoolean() && before.size() > 1) {
                        now.addAll(before.subList(0, before.size() - 1));
                    }
                } else {
                    source = random.nextInt(3) == 0 && !mySources.isEmpty()
                            ? mySources.get(random.nextInt(mySources.size())) : SOURCES.incrementAndGet();
                    if (!mySources.contains(source)) {
                        mySources.add(source);
                    }
                    int n = 1 + random.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        now.add(TestActivities.activity(KINDS[random.nextInt(KINDS.length)],
                                people.get(random.nextInt(people.size())),
                                LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28)), source));
                    }
                    now = dedupe(now);
                }
                truth.put(source, now);
                final long s = source;
                final List<DutyActivity> list = now;
                transaction.executeWithoutResult(t -> activities.set(s, list));
            }
            assertPointsFollowTheTruth();
            List<String> before = ledgerOfYear();
            LedgerService.Replayed replayed = ledgerService.replay(YEAR);
            assertThat(replayed.earned() + replayed.updated() + replayed.withdrawn()).as("replay changes, seed " + seed).isZero();
            assertThat(ledgerOfYear()).as("ledger after replay, seed " + seed).isEqualTo(before);
            assertPointsFollowTheTruth();
        }
    }

    @Test
    void aReplayRepairsWhatTheEventsMissedAndKeepsOtherSources() {
        long source = SOURCES.incrementAndGet();
        long deputy = people.get(0);
        LocalDate day = LocalDate.of(YEAR, 3, 3);
        transaction.executeWithoutResult(t -> activities.set(source,
                List.of(TestActivities.activity(ActivityKind.STATION_SHIFT_SERVED, deputy, day, source))));
        int shift = schemes.of(YEAR).byKind().get(ActivityKind.STATION_SHIFT_SERVED).points();
        assertThat(points.of(deputy, YEAR).total()).isEqualTo(shift);

        activities.setQuietly(source, List.of(TestActivities.activity(ActivityKind.RECEPTION_LOGGED, deputy, day, source)));
        LedgerService.Replayed replayed = ledgerService.replay(YEAR);
        assertThat(replayed.earned()).isEqualTo(1);
        assertThat(replayed.withdrawn()).isEqualTo(1);
        int reception = schemes.of(YEAR).byKind().get(ActivityKind.RECEPTION_LOGGED).points();
        assertThat(points.of(deputy, YEAR).total()).isEqualTo(reception);
    }

    @Test
    void capsHoldAndNegativeItemsSubtract() {
        long deputy = people.get(1);
        Duty shift = schemes.of(YEAR).byKind().get(ActivityKind.STATION_SHIFT_SERVED);
        Duty absent = schemes.of(YEAR).byKind().get(ActivityKind.MEETING_ABSENT_UNEXCUSED);
        assertThat(shift.yearlyCap()).isNotNull();
        assertThat(absent.points()).isNegative();
        int needed = shift.yearlyCap() / shift.points() + 3;
        transaction.executeWithoutResult(t -> {
            for (int i = 0; i < needed; i++) {
                long source = SOURCES.incrementAndGet();
                activities.set(source, List.of(TestActivities.activity(ActivityKind.STATION_SHIFT_SERVED, deputy,
                        LocalDate.of(YEAR, 5, 1 + i % 28), source)));
            }
            long source = SOURCES.incrementAndGet();
            activities.set(source, List.of(TestActivities.activity(ActivityKind.MEETING_ABSENT_UNEXCUSED, deputy,
                    LocalDate.of(YEAR, 6, 1), source)));
        });
        YearPoints year = points.of(deputy, YEAR);
        assertThat(year.total()).isEqualTo(shift.yearlyCap() + absent.points());
        assertThat(year.of(shift.group()) + year.of(absent.group())).isEqualTo(year.total());
        DutyPoints shifts = points.byDuty(deputy, YEAR, java.util.Locale.SIMPLIFIED_CHINESE).stream()
                .filter(d -> d.dutyId() == shift.getId()).findFirst().orElseThrow();
        assertThat(shifts.entries()).isEqualTo(needed);
        assertThat(shifts.sum()).isEqualTo(needed * shift.points());
        assertThat(shifts.counted()).isEqualTo(shift.yearlyCap());
    }

    @Test
    void aDeputyReadsHisOwnPointsOnlyAndStreetStaffTheirStreetsDistribution() {
        long someone = people.get(2);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> points.of(someone, YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> points.byDuty(someone, YEAR, java.util.Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> points.distribution(YEAR, null, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledgerService.replay(YEAR)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> points.of(someone, YEAR)).isInstanceOf(AccessDeniedException.class);
        long other = ((Number) em.createNativeQuery("SELECT MAX(id) FROM street").getSingleResult()).longValue();
        long own = ((Number) em.createNativeQuery(
                "SELECT street_id FROM account WHERE username = 'street01'").getSingleResult()).longValue();
        assertThat(other).isNotEqualTo(own);
        assertThatThrownBy(() -> points.distribution(YEAR, other, 10)).isInstanceOf(AccessDeniedException.class);
        long ownDeputies = ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM deputy WHERE status = 'ACTIVE' AND street_id = ?1").setParameter(1, own)
                .getSingleResult()).longValue();
        assertThat(points.distribution(YEAR, null, 10).stream().mapToLong(PointsBucket::deputies).sum())
                .isEqualTo(ownDeputies);
    }

    private static List<DutyActivity> dedupe(List<DutyActivity> list) {
        Map<String, DutyActivity> byKey = new java.util.LinkedHashMap<>();
        list.forEach(a -> byKey.put(a.deputyId() + "/" + a.kind(), a));
        return new ArrayList<>(byKey.values());
    }

    /** The model: for each deputy, each duty's capped sum over the activities the sources hold. */
    private void assertPointsFollowTheTruth() {
        Schemes.YearScheme scheme = schemes.of(YEAR);
        for (long deputy : people) {
            Map<Long, Integer> sums = new HashMap<>();
            for (DutyActivity a : activities.activitiesOf(deputy, YEAR)) {
                Duty duty = scheme.byKind().get(a.kind());
                if (duty != null) {
                    sums.merge(duty.getId(), duty.points(), Integer::sum);
                }
            }
            Map<DutyGroup, Integer> byGroup = new EnumMap<>(DutyGroup.class);
            int expected = 0;
            for (var e : sums.entrySet()) {
                Duty duty = scheme.dutyOf(e.getKey());
                int counted = duty.capped(e.getValue());
                expected += counted;
                byGroup.merge(duty.group(), counted, Integer::sum);
            }
            YearPoints actual = points.of(deputy, YEAR);
            assertThat(actual.total()).as("total of deputy " + deputy).isEqualTo(expected);
            for (DutyGroup g : DutyGroup.values()) {
                assertThat(actual.of(g)).as(g + " of deputy " + deputy).isEqualTo(byGroup.getOrDefault(g, 0));
            }
        }
    }

    private List<String> ledgerOfYear() {
        return transaction.execute(t -> entries.earnedIn(YEAR).stream()
                .filter(e -> TestActivities.TYPE.equals(e.sourceType()))
                .map(e -> e.getId() + "|" + e.deputyId() + "|" + e.dutyId() + "|" + e.earnedOn() + "|" + e.points()
                        + "|" + e.sourceId() + "|" + e.activityKind() + "|" + e.withdrawn() + "|" + e.getVersion())
                .sorted().toList());
    }
}
