package cn.silian.statistics;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.Formats;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// Transactional: the shifts one test adds are rolled back. Tagged db: native SQL, run on MariaDB too.
@SilianSpringTest
@Transactional
@Tag("db")
class StatisticsServiceTest {

    private static final int YEAR = LocalDate.now(Formats.ZONE).getYear();

    @Autowired AccountService accounts;
    @Autowired StatisticsService statistics;
    @Autowired StatisticsExports exports;
    @Autowired StreetService streets;
    @Autowired EntityManager em;
    @Autowired cn.silian.campaigns.CampaignService campaigns;
    @Autowired cn.silian.supervision.SupervisionService supervision;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void theOfficeSeesEveryStreetAndTheAttendanceOfTheDemoMeetingsAsCountedAnotherWay() {
        TestUsers.login(accounts, "office");
        Dashboard d = statistics.dashboard(YEAR, null);
        assertThat(d.scope().kind()).isEqualTo(Scope.Kind.DISTRICT);
        Figure byStreet = d.figure("participation-street").orElseThrow();
        assertThat(byStreet.rows()).extracting(Figure.Row::labelText)
                .containsExactlyElementsOf(streets.all().stream().map(StreetSummary::name).toList());
        // Invitations of the year's meetings that are over and were neither drafts nor cancelled.
        long invited = count("""
                SELECT COUNT(*) FROM invitation WHERE meeting_id IN (SELECT id FROM meeting
                WHERE status IN ('ANNOUNCED', 'HELD', 'MINUTES_PUBLISHED') AND YEAR(ends_at) = ?1 AND ends_at < ?2)""");
        long attended = count("""
                SELECT COUNT(*) FROM invitation WHERE attendance <> 'ABSENT' AND meeting_id IN (SELECT id FROM meeting
                WHERE status IN ('ANNOUNCED', 'HELD', 'MINUTES_PUBLISHED') AND YEAR(ends_at) = ?1 AND ends_at < ?2)""");
        assertThat(invited).isPositive();
        Figure byLevel = d.figure("participation-level").orElseThrow();
        assertThat(byLevel.total(0)).isEqualTo(invited);
        assertThat(byLevel.total(1)).isEqualTo(attended);
        assertThat(byStreet.total(0)).isEqualTo(invited);
        assertThat(d.figures()).extracting(Figure::code).contains("opinions-state", "opinions-category", "suggestions-state",
                "suggestions-category", "suggestions-unit", "handling-unit", "satisfaction", "points-distribution");
    }

    @Test
    void theResearchMonthAndTheLivelihoodProjectsAgreeWithWhatTheirOwnModulesShow() {
        TestUsers.login(accounts, "office");
        Dashboard d = statistics.dashboard(YEAR, null);
        // The demo's research month of this year, as its own progress page counts it (projects through CampaignProjects).
        long month = campaigns.page(new cn.silian.campaigns.CampaignFilter(YEAR + 1, null),
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent().getFirst().id();
        java.util.Map<String, cn.silian.campaigns.StreetProgress> progress = new java.util.HashMap<>();
        campaigns.progress(month).streets().forEach(p -> progress.put(p.streetName(), p));
        Figure byStreet = d.figure("campaign-street").orElseThrow();
        assertThat(byStreet.rows()).hasSize(streets.all().size());
        assertThat(byStreet.total(1)).isPositive();
        assertThat(byStreet.total(3)).isPositive();
        for (Figure.Row row : byStreet.rows()) {
            cn.silian.campaigns.StreetProgress p = progress.get(row.labelText());
            assertThat(row.values()).as(row.labelText()).containsExactly((double) p.visitTarget(), (double) p.visits(),
                    (double) p.opinions(), (double) p.projects());
        }
        // The ten projects the January vote adopted, as the supervision list shows them.
        java.util.Map<String, List<Double>> listed = new java.util.HashMap<>();
        supervision.page(cn.silian.supervision.SupervisionFilter.of(YEAR), org.springframework.data.domain.Pageable.unpaged())
                .forEach(r -> listed.put(r.title(), java.util.Arrays.asList((double) r.percentDone(), (double) r.openProblems(),
                        r.rating() == null ? null : r.rating().ratePercent())));
        Figure projects = d.figure("livelihood-projects").orElseThrow();
        assertThat(projects.rows()).hasSize(10);
        assertThat(projects.rows()).allSatisfy(r -> assertThat(r.values()).isEqualTo(listed.get(r.labelText())));
    }

    @Test
    void theOfficeMayNarrowTheDashboardToOneStreet() {
        TestUsers.login(accounts, "office");
        long east = street("东湖街道");
        Dashboard d = statistics.dashboard(YEAR, east);
        assertThat(d.scope()).isEqualTo(new Scope(Scope.Kind.STREET, east, null));
        assertThat(d.figure("participation-street").orElseThrow().rows()).extracting(Figure.Row::labelText)
                .containsExactly("东湖街道");
    }

    @Test
    void streetStaffSeeTheirOwnStreetOnlyAndAreRefusedAnother() {
        TestUsers.login(accounts, "street01");
        long own = street("城关街道");
        Dashboard d = statistics.dashboard(YEAR, null);
        assertThat(d.scope()).isEqualTo(new Scope(Scope.Kind.STREET, own, null));
        assertThat(d.figure("participation-street").orElseThrow().rows()).extracting(Figure.Row::labelText)
                .containsExactly("城关街道");
        // The street's opinions of the year, counted without the year's bounds in Java.
        long opinions = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM opinion WHERE street_id = ?1 AND YEAR(created_at) = ?2")
                .setParameter(1, own).setParameter(2, YEAR).getSingleResult()).longValue();
        assertThat(opinions).isPositive();
        assertThat(d.figure("opinions-state").orElseThrow().total(0)).isEqualTo(opinions);
        assertThat(d.figure("opinions-category").orElseThrow().total(0)).isEqualTo(opinions);
        TestUsers.login(accounts, "office");
        assertThat(statistics.dashboard(YEAR, null).figure("opinions-state").orElseThrow().total(0)).isGreaterThan(opinions);

        TestUsers.login(accounts, "street01");
        assertThat(statistics.dashboard(YEAR, own).scope().streetId()).isEqualTo(own);
        assertThatThrownBy(() -> statistics.dashboard(YEAR, street("东湖街道"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeputySeesOnlyHisOwnFiguresAndNoStreet() {
        TestUsers.login(accounts, "deputy");
        long me = deputyId("deputy");
        Dashboard d = statistics.dashboard(YEAR, null);
        assertThat(d.scope()).isEqualTo(new Scope(Scope.Kind.DEPUTY, null, me));
        assertThat(d.figures()).extracting(Figure::code)
                .containsExactly("own-participation", "own-suggestions-state", "own-satisfaction");
        long invited = ((Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM invitation i JOIN meeting m ON m.id = i.meeting_id WHERE i.deputy_id = ?1
                        AND m.status IN ('ANNOUNCED', 'HELD', 'MINUTES_PUBLISHED') AND YEAR(m.ends_at) = ?2 AND m.ends_at < ?3""")
                .setParameter(1, me).setParameter(2, YEAR).setParameter(3, LocalDateTime.now(Formats.ZONE))
                .getSingleResult()).longValue();
        long led = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM suggestion WHERE lead_deputy_id = ?1 AND suggestion_year = ?2")
                .setParameter(1, me).setParameter(2, YEAR).getSingleResult()).longValue();
        assertThat(led).isPositive();
        assertThat(d.figure("own-participation").orElseThrow().rows().getFirst().values().getFirst()).isEqualTo((double) invited);
        assertThat(d.figure("own-suggestions-state").orElseThrow().total(0)).isEqualTo(led);

        // Another deputy's figures are his, not these.
        TestUsers.login(accounts, "npc");
        assertThat(statistics.dashboard(YEAR, null).scope().deputyId()).isEqualTo(deputyId("npc")).isNotEqualTo(me);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> statistics.dashboard(YEAR, street("城关街道"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHandlingUnitGetsNoDashboard() {
        TestUsers.login(accounts, "unit01");
        assertThatThrownBy(() -> statistics.dashboard(YEAR, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.scope(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pastShiftsOfPublishedPlansCountAndTheServedOnesAsServed() {
        long me = deputyId("deputy");
        LocalDateTime ended = LocalDateTime.now(Formats.ZONE).minusHours(3).withNano(0);
        int year = ended.getYear();
        TestUsers.login(accounts, "office");
        Figure before = statistics.dashboard(year, null).figure("participation-street").orElseThrow();
        Object[] plan = (Object[]) em.createNativeQuery("SELECT id, station_id FROM duty_plan WHERE status = 'PUBLISHED'")
                .setMaxResults(1).getSingleResult();
        shift(plan, me, ended, true);
        shift(plan, me, ended, false);
        // Still to come: not counted.
        shift(plan, me, ended.plusDays(2), false);

        Figure after = statistics.dashboard(year, null).figure("participation-street").orElseThrow();
        assertThat(after.total(3) - before.total(3)).isEqualTo(2);
        assertThat(after.total(4) - before.total(4)).isEqualTo(1);
        TestUsers.login(accounts, "deputy");
        Figure.Row shifts = statistics.dashboard(year, null).figure("own-participation").orElseThrow().rows().get(1);
        assertThat(shifts.values()).containsExactly(2.0, 1.0, 50.0);
    }

    @Test
    void everyTextOfEveryFigureIsInTheBundles() {
        List<String> keys = new ArrayList<>();
        for (String user : List.of("office", "deputy")) {
            TestUsers.login(accounts, user);
            for (Figure f : statistics.dashboard(YEAR, null).figures()) {
                keys.addAll(List.of(f.titleKey(), f.definitionKey(), f.labelKey()));
                f.measures().forEach(m -> keys.add(m.key()));
                f.rows().stream().filter(r -> r.labelKey() != null).forEach(r -> keys.add(r.labelKey()));
            }
        }
        assertThat(keys).hasSizeGreaterThan(50).allSatisfy(k -> assertThat(SilianI18nProvider.has(k)).as(k).isTrue());
    }

    @Test
    void theWorkbookHasASheetPerFigureWithItsDefinitionFirstAndTheSameNumbers() throws IOException {
        TestUsers.login(accounts, "office");
        Dashboard d = statistics.dashboard(YEAR, null);
        List<Integer> progress = new ArrayList<>();
        byte[] xlsx = exports.workbook(d, SilianI18nProvider.CHINESE, (done, all) -> progress.add(done));
        assertThat(progress).hasSize(d.figures().size()).last().isEqualTo(d.figures().size());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(d.figures().size());
            Figure first = d.figures().getFirst();
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(SilianI18nProvider.translate(first.definitionKey(), SilianI18nProvider.CHINESE));
            for (int r = 0; r < first.rows().size(); r++) {
                assertThat(sheet.getRow(4 + r).getCell(0).getStringCellValue())
                        .isEqualTo(first.rows().get(r).label(k -> SilianI18nProvider.translate(k, SilianI18nProvider.CHINESE)));
                assertThat(sheet.getRow(4 + r).getCell(1).getNumericCellValue()).isEqualTo(first.rows().get(r).values().getFirst());
            }
        }
    }

    @Test
    void aYearOutOfRangeIsRefused() {
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> statistics.dashboard(1999, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private void shift(Object[] plan, long deputy, LocalDateTime ends, boolean served) {
        em.createNativeQuery("""
                        INSERT INTO duty_shift (plan_id, station_id, deputy_id, starts_at, ends_at, version, served_at, served_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7)""")
                .setParameter(1, plan[0]).setParameter(2, plan[1]).setParameter(3, deputy)
                .setParameter(4, ends.minusHours(2)).setParameter(5, ends)
                .setParameter(6, served ? java.time.Instant.now() : null).setParameter(7, served ? "office" : null)
                .executeUpdate();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, YEAR).setParameter(2, LocalDateTime.now(Formats.ZONE))
                .getSingleResult()).longValue();
    }

    private long street(String name) {
        return TestUsers.as(accounts, "office", () -> streets.all().stream().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow().id());
    }

    private long deputyId(String user) {
        return ((SilianUser) accounts.loadUserByUsername(user)).deputyId();
    }
}
