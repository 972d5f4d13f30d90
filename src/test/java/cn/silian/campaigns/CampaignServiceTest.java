package cn.silian.campaigns;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.opinions.OpinionDraft;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.OpinionsClock;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.stations.ReceptionCategory;
import cn.silian.streets.StreetService;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("db")
@SilianSpringTest
@Transactional
class CampaignServiceTest {

    @Autowired AccountService accounts;
    @Autowired CampaignService campaigns;
    @Autowired CampaignExports exports;
    @Autowired OpinionService opinions;
    @Autowired StreetService streets;
    @Autowired cn.silian.topics.GroupService groups;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long street(String user) {
        return ((SilianUser) accounts.loadUserByUsername(user)).streetId();
    }

    private long demo(int year) {
        return TestUsers.as(accounts, "office", () -> campaigns.page(new CampaignFilter(year, null), Pageable.unpaged())
                .getContent().getFirst().id());
    }

    private static String problem(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst().messageKey();
    }

    private CampaignDraft draft(String theme, int year, LocalDate from, LocalDate to) {
        return new CampaignDraft(theme, null, year, from, to,
                List.of(new StreetTarget(street("street01"), 1, null), new StreetTarget(street("street02"), 2, 3)), Set.of());
    }

    /** A campaign of a year no demo campaign collects for, running from today, opened. */
    private long openFromToday(int year) {
        LocalDate today = OpinionsClock.today();
        long id = campaigns.create(draft("test campaign", year, today, today.plusDays(20)));
        campaigns.open(id, campaigns.details(id).version());
        return id;
    }

    @Test
    void theDemoHasLastYearsClosedMonthAndThisYearsOpenOne() {
        TestUsers.login(accounts, "office");
        CampaignDetails last = campaigns.details(demo(2026));
        assertThat(last.summary().theme()).isEqualTo("2025年集中调研月：民生实事项目征集");
        assertThat(last.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(last.summaryText()).contains("13个街道");
        assertThat(last.targets()).hasSize(streets.all().size());
        CampaignProgress lastProgress = campaigns.progress(last.id());
        assertThat(lastProgress.opinions()).isGreaterThanOrEqualTo(13 * 3);
        assertThat(lastProgress.streetsMet()).isGreaterThan(0).isLessThan(lastProgress.streetsTakingPart());
        CampaignDetails current = campaigns.details(demo(2027));
        assertThat(current.status()).isEqualTo(CampaignStatus.OPEN);
        StreetProgress first = campaigns.progress(current.id()).streets().stream()
                .filter(s -> s.streetId() == street("street01")).findFirst().orElseThrow();
        assertThat(first.streetName()).isEqualTo("城关街道");
        assertThat(first.visits()).isEqualTo(3);
        assertThat(first.opinions()).isGreaterThanOrEqualTo(6);
        assertThat(campaigns.forProjects()).extracting(CampaignSummary::id).startsWith(current.id()).contains(last.id());
    }

    @Test
    void theOfficeCreatesOpensAndClosesACampaign() {
        TestUsers.login(accounts, "office");
        LocalDate start = OpinionsClock.today().plusDays(3);
        long id = campaigns.create(draft("  2030 research month ", 2030, start, start.plusDays(30)));
        CampaignDetails d = campaigns.details(id);
        assertThat(d.summary().theme()).isEqualTo("2030 research month");
        assertThat(d.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(d.targets()).contains(new StreetTarget(street("street02"), 2, 3));
        long v = campaigns.open(id, d.version());
        assertThat(campaigns.summary(id).status()).isEqualTo(CampaignStatus.OPEN);
        assertThatThrownBy(() -> campaigns.close(id, v, " ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.required"));
        campaigns.close(id, v, "done");
        assertThat(campaigns.details(id).summaryText()).isEqualTo("done");
        assertThat(campaigns.details(id).status()).isEqualTo(CampaignStatus.CLOSED);
        long closed = campaigns.details(id).version();
        assertThatThrownBy(() -> campaigns.update(id, closed, draft("x", 2030, start, start.plusDays(3))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("campaign.error.closed"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        TestUsers.login(accounts, "office");
        LocalDate start = OpinionsClock.today().plusDays(3);
        long before = campaigns.count(CampaignFilter.none());
        assertThatThrownBy(() -> campaigns.create(draft(" ", 2031, start, start.plusDays(3))))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.required"));
        assertThatThrownBy(() -> campaigns.create(draft("x".repeat(101), 2031, start, start.plusDays(3))))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> campaigns.create(draft("t", 2031, start, start.minusDays(1))))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("campaign.error.end-before-start"));
        assertThatThrownBy(() -> campaigns.create(draft("t", 2031, OpinionsClock.today().minusDays(1), start)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("campaign.error.start-past"));
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("t", null, 2031, start, start, List.of(), Set.of())))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("campaign.error.no-streets"));
        assertThat(campaigns.count(CampaignFilter.none())).isEqualTo(before);

        long id = campaigns.create(draft("first", 2031, start, start.plusDays(10)));
        assertThatThrownBy(() -> campaigns.create(draft("second", 2031, start.plusDays(10), start.plusDays(20))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("campaign.error.overlap"));
        // Another year's campaign may run at the same time.
        campaigns.create(draft("other year", 2032, start, start.plusDays(10)));
        long version = campaigns.details(id).version();
        campaigns.update(id, version, draft("renamed", 2031, start, start.plusDays(10)));
        assertThatThrownBy(() -> campaigns.update(id, version, draft("stale", 2031, start, start.plusDays(10))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(campaigns.summary(id).theme()).isEqualTo("renamed");
    }

    @Test
    void onlyTheOfficeEditsAndAUnitSeesNothing() {
        long last = demo(2026);
        LocalDate start = LocalDate.now().plusDays(3);
        for (String user : List.of("street01", "deputy")) {
            TestUsers.login(accounts, user);
            assertThatThrownBy(() -> campaigns.create(draft("t", 2033, start, start))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> campaigns.edit(last)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> campaigns.update(last, 0, draft("t", 2033, start, start)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> campaigns.open(last, 0)).isInstanceOf(AccessDeniedException.class);
            assertThat(campaigns.summary(last).status()).isEqualTo(CampaignStatus.CLOSED);
        }
        TestUsers.login(accounts, "unit01");
        assertThatThrownBy(() -> campaigns.page(CampaignFilter.none(), Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.summary(last)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.progress(last)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.forProjects()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.workbook(last, SilianI18nProvider.CHINESE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftIsTheOfficesAloneAndAStreetsStaffSeeTheirOwnRow() {
        TestUsers.login(accounts, "office");
        LocalDate start = OpinionsClock.today().plusDays(3);
        long draft = campaigns.create(new CampaignDraft("draft", null, 2034, start, start, List.of(
                new StreetTarget(street("street02"), 1, null)), Set.of()));
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> campaigns.details(draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns.page(CampaignFilter.none(), Pageable.unpaged()).getContent()).extracting(CampaignRow::id)
                .doesNotContain(draft).isNotEmpty();
        TestUsers.login(accounts, "street01");
        CampaignProgress p = campaigns.progress(demo(2027));
        assertThat(p.streets()).extracting(StreetProgress::streetId).containsExactly(street("street01"));
        assertThat(p.opinions()).isGreaterThan(p.streets().getFirst().opinions());
        assertThat(campaigns.tagged(demo(2027), ItemKind.OPINION, Pageable.unpaged()))
                .isNotEmpty().allMatch(r -> r.streetId() == street("street01"));
    }

    @Test
    void anOpinionRecordedInAnOpenCampaignsStreetIsTaggedAsRecorded() {
        TestUsers.login(accounts, "office");
        long id = openFromToday(2035);
        long before = campaigns.progress(id).opinions();
        TestUsers.login(accounts, "street01");
        long opinion = opinions.record(OpinionSource.DIRECT, null, new OpinionDraft("路灯不亮", ReceptionCategory.SAFETY,
                street("street01"), null, null, null, null));
        CampaignProgress p = campaigns.progress(id);
        assertThat(p.opinions()).isEqualTo(before + 1);
        assertThat(p.streets().getFirst().opinions()).isEqualTo(1);
        assertThat(campaigns.tagged(id, ItemKind.OPINION, Pageable.unpaged())).extracting(CampaignItemRow::id)
                .containsExactly(opinion);
        assertThat(campaigns.tagged(id, ItemKind.OPINION, Pageable.unpaged()).getFirst().automatic()).isTrue();
        // Tagging it again is refused; untagging and tagging by hand counts it once more.
        assertThatThrownBy(() -> campaigns.tag(id, ItemKind.OPINION, opinion, null))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("campaign.error.already-tagged"));
        campaigns.untag(id, ItemKind.OPINION, opinion);
        assertThat(campaigns.progress(id).opinions()).isEqualTo(before);
        assertThat(campaigns.untagged(id, ItemKind.OPINION, Pageable.unpaged())).extracting(CampaignItemRow::id).contains(opinion);
        campaigns.tag(id, ItemKind.OPINION, opinion, null);
        assertThat(campaigns.progress(id).opinions()).isEqualTo(before + 1);
    }

    @Test
    void aGroupCountsTheOpinionsItsMembersHeard() {
        TestUsers.login(accounts, "deputy");
        long group = groups.myGroups().getFirst().groupId();
        TestUsers.login(accounts, "office");
        LocalDate today = OpinionsClock.today();
        long id = campaigns.create(new CampaignDraft("group campaign", null, 2036, today, today.plusDays(5),
                List.of(new StreetTarget(street("street01"), 1, null)), Set.of(group)));
        campaigns.open(id, campaigns.details(id).version());
        assertThat(campaigns.progress(id).groups()).singleElement()
                .satisfies(g -> assertThat(g.opinions()).isZero());
        TestUsers.login(accounts, "deputy");
        opinions.record(OpinionSource.DIRECT, null, new OpinionDraft("小区门口积水", ReceptionCategory.ENVIRONMENT,
                street("street01"), null, null, null, null));
        // Office staff record one nobody of the group heard: it counts for the street, not the group.
        TestUsers.login(accounts, "office");
        opinions.record(OpinionSource.DIRECT, null, new OpinionDraft("公交站台破损", ReceptionCategory.TRAFFIC,
                street("street01"), null, null, null, null));
        CampaignProgress p = campaigns.progress(id);
        assertThat(p.streets().getFirst().opinions()).isEqualTo(2);
        assertThat(p.groups()).singleElement().satisfies(g -> {
            assertThat(g.groupId()).isEqualTo(group);
            assertThat(g.opinions()).isEqualTo(1);
            assertThat(g.projects()).isZero();
        });
    }

    @Test
    void anotherStreetsStaffMayNotTagOrUntagAndAClosedCampaignTakesNoTag() {
        long current = demo(2027);
        TestUsers.login(accounts, "street01");
        CampaignItemRow visit = campaigns.tagged(current, ItemKind.MEETING, Pageable.unpaged()).getFirst();
        CampaignItemRow opinion = campaigns.tagged(current, ItemKind.OPINION, Pageable.unpaged()).getFirst();
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> campaigns.untag(current, ItemKind.MEETING, visit.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.untag(current, ItemKind.OPINION, opinion.id())).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "street01");
        campaigns.untag(current, ItemKind.MEETING, visit.id());
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> campaigns.tag(current, ItemKind.MEETING, visit.id(), street("street02")))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> campaigns.tag(current, ItemKind.MEETING, visit.id(), null)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "street01");
        assertThat(campaigns.untagged(current, ItemKind.MEETING, Pageable.unpaged())).extracting(CampaignItemRow::id)
                .contains(visit.id());
        campaigns.tag(current, ItemKind.MEETING, visit.id(), null);
        assertThat(campaigns.progress(current).streets().getFirst().visits()).isEqualTo(3);

        TestUsers.login(accounts, "office");
        long last = demo(2026);
        assertThatThrownBy(() -> campaigns.tag(last, ItemKind.OPINION, opinion.id(), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("campaign.error.not-open"));
        long lastOpinions = campaigns.progress(last).opinions();
        // An opinion recorded today belongs to no closed campaign.
        opinions.record(OpinionSource.DIRECT, null, new OpinionDraft("x", ReceptionCategory.OTHER, street("street01"),
                null, null, null, null));
        assertThat(campaigns.progress(last).opinions()).isEqualTo(lastOpinions);
    }

    @Test
    void theWorkbookHoldsTheTaggedOpinionsAndAProjectsSheet() throws Exception {
        TestUsers.login(accounts, "office");
        long last = demo(2026);
        long tagged = campaigns.countTagged(last, ItemKind.OPINION);
        byte[] xlsx = exports.workbook(last, SilianI18nProvider.CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = book.getSheet("意见");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年集中调研月：民生实事项目征集");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("状态");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(tagged);
            CampaignItemRow first = campaigns.tagged(last, ItemKind.OPINION, Pageable.unpaged()).getFirst();
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(first.day().toString());
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(first.streetName());
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo(first.text());
            assertThat(first.day()).isBetween(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
            Sheet projects = book.getSheet("项目");
            assertThat(projects.getRow(1).getCell(0).getStringCellValue()).isEqualTo("项目名称");
            // A line per candidate project, none where no projects module is built in.
            assertThat(projects.getLastRowNum() - 1).isEqualTo(campaigns.progress(last).projectList().size());
        }
    }
}
