package cn.silian.performance;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Manual entries, appeals and their decisions, the scheme's edits, publication and talks. */
@SilianSpringTest
@Transactional
class LedgerServiceTest {

    @Autowired AccountService accounts;
    @Autowired LedgerService ledger;
    @Autowired SchemeService schemeService;
    @Autowired PublicationService publication;
    @Autowired PointsQuery points;
    @Autowired Schemes schemes;
    @Autowired EntityManager em;

    private final int year = LocalDate.now(Formats.ZONE).getYear();

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long deputyOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    private long otherDuty() {
        return schemes.of(year).duties().stream().filter(d -> "OTHER_DUTY".equals(d.code())).findFirst().orElseThrow().getId();
    }

    private long manual(String username, int pointsGiven) {
        TestUsers.login(accounts, "office");
        long id = ledger.addManual(new ManualEntryDraft(deputyOf(username), otherDuty(), LocalDate.now(Formats.ZONE),
                pointsGiven, "义务调解邻里纠纷", "街道推荐，有调解记录为证"));
        TestUsers.logout();
        return id;
    }

    private long entryCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ledger_entry").getSingleResult()).longValue();
    }

    @Test
    void aManualEntryCountsAndAnAcceptedAppealChangesIt() {
        long deputy = deputyOf("deputy");
        TestUsers.login(accounts, "deputy");
        int before = points.of(deputy, year).total();
        long entry = manual("deputy", 4);
        TestUsers.login(accounts, "deputy");
        assertThat(points.of(deputy, year).total()).isEqualTo(before + 4);

        long appeal = ledger.appeal(entry, "调解了三次，应按三次计分");
        assertThatThrownBy(() -> ledger.appeal(entry, "再次申诉"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points.appeal.already-open");
        assertThat(ledger.entries(deputy, year, PageRequest.of(0, 200), Locale.ENGLISH).getContent())
                .filteredOn(e -> e.id() == entry).singleElement()
                .satisfies(e -> assertThat(e.appeal()).isEqualTo(AppealState.OPEN))
                .satisfies(e -> assertThat(e.appealable()).isFalse());
        assertThatThrownBy(() -> ledger.decide(appeal, 0, true, 9, "同意")).isInstanceOf(AccessDeniedException.class);

        TestUsers.login(accounts, "office");
        AppealRow row = ledger.openAppeals(PageRequest.of(0, 100), Locale.SIMPLIFIED_CHINESE).getContent().stream()
                .filter(a -> a.id() == appeal).findFirst().orElseThrow();
        assertThat(row.deputyName()).isEqualTo("陈志强");
        assertThatThrownBy(() -> ledger.decide(appeal, row.version() + 1, true, 9, "同意"))
                .isInstanceOf(ConcurrentEditException.class);
        ledger.decide(appeal, row.version(), true, 9, "核实为三次，按三次计");
        assertThatThrownBy(() -> ledger.decide(appeal, row.version() + 1, false, null, "再议"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points.appeal.decided");

        TestUsers.login(accounts, "deputy");
        assertThat(points.of(deputy, year).total()).isEqualTo(before + 9);
        EntryRow decided = ledger.entries(deputy, year, PageRequest.of(0, 200), Locale.ENGLISH).getContent().stream()
                .filter(e -> e.id() == entry).findFirst().orElseThrow();
        assertThat(decided.counted()).isEqualTo(9);
        assertThat(decided.appeal()).isEqualTo(AppealState.ACCEPTED);
    }

    @Test
    void aRejectedAppealLeavesTheEntryAndNeedsAReason() {
        long deputy = deputyOf("deputy");
        long entry = manual("deputy", 2);
        TestUsers.login(accounts, "deputy");
        int before = points.of(deputy, year).total();
        long appeal = ledger.appeal(entry, "分值偏低");
        TestUsers.login(accounts, "office");
        long version = ledger.openAppeals(PageRequest.of(0, 100), Locale.ENGLISH).getContent().stream()
                .filter(a -> a.id() == appeal).findFirst().orElseThrow().version();
        assertThatThrownBy(() -> ledger.decide(appeal, version, false, null, " "))
                .isInstanceOf(InvalidInputException.class);
        ledger.decide(appeal, version, false, null, "按办法第二十三项计两分");
        TestUsers.login(accounts, "deputy");
        assertThat(points.of(deputy, year).total()).isEqualTo(before);
        assertThat(ledger.entries(deputy, year, PageRequest.of(0, 200), Locale.ENGLISH).getContent())
                .filteredOn(e -> e.id() == entry).singleElement()
                .satisfies(e -> assertThat(e.appeal()).isEqualTo(AppealState.REJECTED))
                .satisfies(e -> assertThat(e.appealable()).isTrue());
    }

    @Test
    void nobodyAppealsAnotherDeputysEntryOrReadsHisEntries() {
        long npcEntry = manual("npc", 3);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> ledger.appeal(npcEntry, "不是我的")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.entries(deputyOf("npc"), year, PageRequest.of(0, 10), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> ledger.appeal(npcEntry, "办公室代申诉")).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> ledger.addManual(new ManualEntryDraft(deputyOf("deputy"), otherDuty(),
                LocalDate.now(Formats.ZONE), 1, "题", "由"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledger.openAppeals(PageRequest.of(0, 10), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publication.publish(year, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publication.belowThreshold(year, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> schemeService.changeThreshold(year, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badManualEntriesChangeNothing() {
        TestUsers.login(accounts, "office");
        long deputy = deputyOf("deputy");
        long before = entryCount();
        LocalDate today = LocalDate.now(Formats.ZONE);
        List<ManualEntryDraft> bad = List.of(
                new ManualEntryDraft(deputy, otherDuty(), today.plusDays(1), 2, "题目", "理由"),
                new ManualEntryDraft(deputy, otherDuty(), today, 2, "题目", " "),
                new ManualEntryDraft(deputy, otherDuty(), today, 500, "题目", "理由"),
                new ManualEntryDraft(deputy, otherDuty(), today, 2, "题".repeat(LedgerService.TITLE_MAX + 1), "理由"),
                new ManualEntryDraft(null, otherDuty(), today, 2, "题目", "理由"),
                new ManualEntryDraft(deputy, null, today, 2, "题目", "理由"));
        for (ManualEntryDraft draft : bad) {
            assertThatThrownBy(() -> ledger.addManual(draft)).as(draft.toString()).isInstanceOf(InvalidInputException.class);
        }
        assertThat(entryCount()).isEqualTo(before);
    }

    @Test
    void aSchemeChangeStaysInItsYearAndAPastYearIsClosed() {
        TestUsers.login(accounts, "office");
        SchemeService.YearDuties now = schemeService.of(year, Locale.ENGLISH);
        SchemeDuty shift = now.duties().stream().filter(d -> "STATION_SHIFT".equals(d.code())).findFirst().orElseThrow();
        SchemeService.YearDuties next = schemeService.of(year + 1, Locale.ENGLISH);
        int nextPoints = next.duties().stream().filter(d -> "STATION_SHIFT".equals(d.code())).findFirst().orElseThrow().points();

        schemeService.changeDuty(shift.id(), shift.version(), shift.points() + 1, shift.yearlyCap() == null ? null : shift.yearlyCap() + 2);
        assertThat(schemeService.of(year, Locale.ENGLISH).duties()).filteredOn(d -> d.id() == shift.id()).singleElement()
                .satisfies(d -> assertThat(d.points()).isEqualTo(shift.points() + 1));
        assertThat(schemeService.of(year + 1, Locale.ENGLISH).duties()).filteredOn(d -> "STATION_SHIFT".equals(d.code()))
                .singleElement().satisfies(d -> assertThat(d.points()).isEqualTo(nextPoints));
        assertThatThrownBy(() -> schemeService.changeDuty(shift.id(), shift.version(), 3, null))
                .isInstanceOf(ConcurrentEditException.class);
        SchemeDuty fresh = schemeService.of(year, Locale.ENGLISH).duties().stream().filter(d -> d.id() == shift.id()).findFirst().orElseThrow();
        assertThatThrownBy(() -> schemeService.changeDuty(fresh.id(), fresh.version(), 5, 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points.scheme.cap-below-points");
        assertThatThrownBy(() -> schemeService.changeDuty(fresh.id(), fresh.version(), 0, null))
                .isInstanceOf(InvalidInputException.class);

        SchemeService.YearDuties past = schemeService.of(year - 3, Locale.ENGLISH);
        SchemeDuty old = past.duties().get(0);
        assertThatThrownBy(() -> schemeService.changeDuty(old.id(), old.version(), old.points() + 1, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points.scheme.closed");
        assertThatThrownBy(() -> schemeService.changeThreshold(year - 3, past.schemeVersion(), 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points.scheme.closed");
    }

    @Test
    void aPublicationFreezesThePointsAndOthersSeeOnlyWhatWasPublished() {
        long npc = deputyOf("npc");
        TestUsers.login(accounts, "office");
        int npcNow = points.of(npc, year).total();
        long id = publication.publish(year, 0);
        assertThatThrownBy(() -> publication.publish(year, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points.publication.already");
        assertThatThrownBy(() -> publication.publish(year + 1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("points.publication.not-begun");
        assertThatThrownBy(() -> publication.publish(year, 7)).isInstanceOf(InvalidInputException.class);
        manual("npc", 5);

        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> points.of(npc, year)).isInstanceOf(AccessDeniedException.class);
        List<PublishedPoints> all = publication.published(id, null, PageRequest.of(0, 2000)).getContent();
        assertThat(all).filteredOn(p -> p.deputyId() == npc).singleElement()
                .satisfies(p -> assertThat(p.total()).isEqualTo(npcNow))
                .satisfies(p -> assertThat(p.session() + p.between() + p.model() + p.other()).isEqualTo(p.total()));
        assertThat(all).isSortedAccordingTo((a, b) -> Integer.compare(b.total(), a.total()));
        assertThat(all.get(0).rank()).isEqualTo(1);

        TestUsers.login(accounts, "street01");
        long own = ((SilianUser) accounts.loadUserByUsername("street01")).streetId();
        long ownDeputies = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM deputy d WHERE d.status = 'ACTIVE' AND d.street_id = ?1 AND "
                + PublicationService.FOUR_LEVEL).setParameter(1, own).getSingleResult()).longValue();
        assertThat(publication.published(id, null, PageRequest.of(0, 2000)).getContent()).hasSize((int) ownDeputies);
        long other = ((SilianUser) accounts.loadUserByUsername("street02")).streetId();
        assertThatThrownBy(() -> publication.published(id, other, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deputiesBelowTheThresholdAreListedAndATalkIsRecorded() {
        TestUsers.login(accounts, "office");
        int threshold = schemeService.of(year, Locale.ENGLISH).talkThreshold();
        List<TalkCandidate> low = publication.belowThreshold(year, PageRequest.of(0, 50)).getContent();
        assertThat(low).isNotEmpty().allSatisfy(c -> assertThat(c.total()).isLessThan(threshold));
        assertThat(publication.belowThresholdCount(year)).isGreaterThanOrEqualTo(low.size());
        TalkCandidate first = low.get(0);
        assertThatThrownBy(() -> publication.recordTalk(first.deputyId(), year, LocalDate.now(Formats.ZONE).plusDays(2), "谈话"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> publication.recordTalk(first.deputyId(), year, LocalDate.now(Formats.ZONE), ""))
                .isInstanceOf(InvalidInputException.class);
        publication.recordTalk(first.deputyId(), year, LocalDate.now(Formats.ZONE), "了解原因：长期出差，约定下季度补足值班");
        assertThat(publication.belowThreshold(year, PageRequest.of(0, 50)).getContent())
                .filteredOn(c -> c.deputyId() == first.deputyId()).singleElement()
                .satisfies(c -> assertThat(c.talkedOn()).isEqualTo(LocalDate.now(Formats.ZONE)));
    }
}
