package cn.silian.performance;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.stations.DutyService;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
class RecordServiceTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final int YEAR = LocalDate.now(Formats.ZONE).getYear();

    @Autowired AccountService accounts;
    @Autowired RecordService records;
    @Autowired cn.silian.audit.AuditService audit;
    @Autowired PointsQuery points;
    @Autowired List<DutyActivitySource> sources;
    @Autowired DutyService duty;
    @Autowired EntityManager em;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long deputyOf(String username) {
        return ((SilianUser) accounts.loadUserByUsername(username)).deputyId();
    }

    private long sourcesCount(long deputyId, ActivityKind kind) {
        return sources.stream().flatMap(s -> s.activitiesOf(deputyId, YEAR).stream()).filter(a -> a.kind() == kind).count();
    }

    @Test
    void everyKindOfActivityHasExactlyOneSectionAndEveryTextIsInTheBundles() {
        for (ActivityKind kind : ActivityKind.values()) {
            assertThat(Arrays.stream(RecordSection.values()).filter(s -> s.kinds().contains(kind))).hasSize(1);
        }
        TestUsers.login(accounts, "deputy");
        DeputyRecord record = records.record(deputyOf("deputy"), YEAR, Locale.ENGLISH);
        assertThat(record.sections()).extracting(DeputyRecord.Section::title).noneMatch(t -> t.startsWith("!"));
        assertThat(record.points()).extracting(DeputyRecord.GroupPoints::name).noneMatch(t -> t.startsWith("!"));
        assertThat(record.sections().stream().flatMap(s -> s.counts().stream()).map(DeputyRecord.KindCount::label))
                .hasSize(ActivityKind.values().length).noneMatch(t -> t.startsWith("!"));
    }

    @Test
    void theDemoDeputysRecordListsWhatTheSourcesSayAndThePointsTheLedgerCounts() {
        long chen = deputyOf("deputy");
        TestUsers.login(accounts, "deputy");
        DeputyRecord record = records.record(chen, YEAR, ZH);

        assertThat(record.name()).isEqualTo("陈志强");
        assertThat(record.streetName()).isEqualTo("城关街道");
        for (ActivityKind kind : ActivityKind.values()) {
            assertThat(record.count(kind)).as(kind.name()).isEqualTo(sourcesCount(chen, kind));
        }
        // The demo district gives him meetings, opinions and suggestions this year: the sections are not empty by luck.
        assertThat(record.section(RecordSection.MEETINGS).count()).isPositive();
        assertThat(record.section(RecordSection.MEETINGS).items())
                .isSortedAccordingTo(Comparator.comparing(DeputyRecord.Item::on));
        assertThat(record.count(ActivityKind.OPINION_COLLECTED)).isPositive();
        // A rated suggestion's item carries its answer and rating, as the source tells it.
        assertThat(record.section(RecordSection.SUGGESTIONS).items())
                .filteredOn(i -> i.kind() == ActivityKind.SUGGESTION_LED).isNotEmpty()
                .allMatch(i -> !i.detail().isBlank() && !i.detail().startsWith("!"));
        assertThat(record.section(RecordSection.ABSENCES).count()).isEqualTo(
                sourcesCount(chen, ActivityKind.MEETING_ABSENT_UNEXCUSED) + sourcesCount(chen, ActivityKind.MEETING_EXCUSED));

        YearPoints ledger = points.of(chen, YEAR);
        assertThat(record.total()).isPositive().isEqualTo(ledger.total());
        for (DeputyRecord.GroupPoints g : record.points()) {
            assertThat(g.points()).as(g.group().name()).isEqualTo(ledger.of(g.group()));
            assertThat(g.duties().stream().mapToInt(DeputyRecord.DutyLine::counted).sum()).isEqualTo(g.points());
        }
        Set<String> earned = points.byDuty(chen, YEAR, ZH).stream().filter(d -> d.entries() > 0).map(DutyPoints::code)
                .collect(Collectors.toSet());
        assertThat(record.points().stream().flatMap(g -> g.duties().stream()).map(DeputyRecord.DutyLine::code))
                .containsExactlyInAnyOrderElementsOf(earned);
    }

    @Test
    @Transactional
    void aShiftConfirmedServedJoinsTheRecordWithItsPoints() {
        TestUsers.login(accounts, "office");
        Object[] shift = aShiftOfThisYearBegunNow();
        long id = ((Number) shift[0]).longValue();
        long deputy = ((Number) shift[1]).longValue();
        DeputyRecord before = records.record(deputy, YEAR, ZH);

        duty.markServed(id, ((Number) shift[2]).longValue());
        DeputyRecord after = records.record(deputy, YEAR, ZH);

        assertThat(after.count(ActivityKind.STATION_SHIFT_SERVED))
                .isEqualTo(before.count(ActivityKind.STATION_SHIFT_SERVED) + 1)
                .isEqualTo(sourcesCount(deputy, ActivityKind.STATION_SHIFT_SERVED));
        assertThat(after.section(RecordSection.SHIFTS).items())
                .anyMatch(i -> i.on().equals(LocalDate.now(Formats.ZONE)) && i.link().startsWith("stations/"));
        assertThat(after.total()).isEqualTo(points.of(deputy, YEAR).total());
        assertThat(after.points()).filteredOn(g -> g.group() == DutyGroup.BETWEEN).singleElement()
                .satisfies(g -> assertThat(g.duties()).extracting(DeputyRecord.DutyLine::code).contains("STATION_SHIFT"));
    }

    /**
     * The demo's shifts of the year with a deputy lie ahead: one of them is moved to have begun
     * today (rolled back with the test), as the stations' own tests do. [id, deputy, version]
     */
    private Object[] aShiftOfThisYearBegunNow() {
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT s.id, s.deputy_id, s.version FROM duty_shift s
                        WHERE s.deputy_id IS NOT NULL AND s.starts_at > ?1 AND s.starts_at < ?2 ORDER BY s.starts_at""")
                .setParameter(1, now).setParameter(2, LocalDate.of(YEAR + 1, 1, 1).atStartOfDay())
                .setMaxResults(1).getSingleResult();
        LocalDateTime start = now.minusHours(1).isBefore(now.toLocalDate().atStartOfDay()) ? now.minusMinutes(1)
                : now.minusHours(1);
        em.createNativeQuery("UPDATE duty_shift SET starts_at = ?1, ends_at = ?2 WHERE id = ?3")
                .setParameter(1, start).setParameter(2, now.plusHours(1)).setParameter(3, row[0]).executeUpdate();
        em.clear();
        return row;
    }

    @Test
    void theOfficeAndTheDeputysStreetReadHisRecord() {
        long chen = deputyOf("deputy");
        TestUsers.login(accounts, "office");
        assertThat(records.record(chen, YEAR, ZH).name()).isEqualTo("陈志强");
        TestUsers.login(accounts, "street01");
        assertThat(records.record(chen, YEAR, ZH).total()).isEqualTo(
                TestUsers.as(accounts, "office", () -> points.of(chen, YEAR).total()));
    }

    @Test
    void aDeputyDoesNotReadAnothersRecord() {
        long liu = deputyOf("npc");
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> records.record(liu, YEAR, ZH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.pdf(liu, YEAR, ZH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherStreetsStaffDoNotReadTheDeputysRecord() {
        long chen = deputyOf("deputy");
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> records.record(chen, YEAR, ZH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHandlingUnitReadsNoRecord() {
        long chen = deputyOf("deputy");
        TestUsers.login(accounts, "unit01");
        assertThatThrownBy(() -> records.record(chen, YEAR, ZH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePdfsTextNamesTheDeputyAMeetingAndTheTotal() throws IOException {
        long chen = deputyOf("deputy");
        TestUsers.login(accounts, "deputy");
        DeputyRecord record = records.record(chen, YEAR, ZH);
        String meeting = record.section(RecordSection.MEETINGS).items().getFirst().title();

        String text = text(records.pdf(chen, YEAR, ZH));

        assertThat(text).contains("履职档案 陈志强 " + YEAR).contains(meeting).contains("第 1 页")
                .containsPattern("合计\\s+" + record.total() + "\\s")
                // the Chinese duty names of the scheme, as the points table prints them
                .contains("参加四级人大代表联席会议", "参加公益志愿服务", "无故缺席会议");
    }

    @Test
    @Transactional
    void takingTheRecordOutAsAPdfIsAudited() {
        long chen = deputyOf("deputy");
        cn.silian.audit.AuditFilter downloads = new cn.silian.audit.AuditFilter("deputy", "Deputy",
                cn.silian.shared.AuditEvent.Action.DOWNLOAD, String.valueOf(chen));
        long before = TestUsers.as(accounts, "admin", () -> audit.count(downloads));
        TestUsers.login(accounts, "deputy");
        records.pdf(chen, YEAR, ZH);
        assertThat(TestUsers.as(accounts, "admin", () -> audit.count(downloads))).isEqualTo(before + 1);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
