package cn.silian.supervision;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.opinions.OpinionsClock;
import cn.silian.projects.ProjectAdopted;
import cn.silian.security.AccountService;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.WorkCalendar;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("db")
@SilianSpringTest
@Transactional
class SupervisionServiceTest {

    static final int YEAR = 2091;

    @Autowired AccountService accounts;
    @Autowired SupervisionService service;
    @Autowired ProblemService problems;
    @Autowired RatingRoundService rounds;
    @Autowired SupervisedProjectRepository projects;
    @Autowired ProgressReportRepository reports;
    @Autowired SupervisionAccess access;
    @Autowired WorkCalendar calendar;
    @Autowired ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private static String problem(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst().messageKey();
    }

    /** A project of unit01's department in street01's street. */
    private long unit01Project() {
        return SupervisionTestData.adopt(events, accounts, service, YEAR, "unit01 project",
                SupervisionTestData.unitOf(accounts, "unit01"), List.of(SupervisionTestData.streetOf(accounts, "street01")));
    }

    /** A project of no account's department, in street02's street only. */
    private long otherProject() {
        return SupervisionTestData.adopt(events, accounts, service, YEAR, "other project", null,
                List.of(SupervisionTestData.streetOf(accounts, "street02")));
    }

    private long deputy() {
        return SupervisionTestData.deputyOf(accounts, "deputy");
    }

    private List<Long> others(int n) {
        return access.eligibleIds(n + 1).stream().filter(id -> id != deputy()).limit(n).toList();
    }

    @Test
    void theDemoSupervisesTenProjectsOf2026WithGroupsProgressAndAnOpenRating() {
        TestUsers.login(accounts, "office");
        List<ProjectRow> rows = service.page(SupervisionFilter.of(2026), Pageable.unpaged()).getContent();
        assertThat(rows).hasSize(10);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.leadName()).isNotBlank();
            assertThat(r.percentDone()).isBetween(30, 100);
        });
        assertThat(rows).filteredOn(r -> r.leadDeputyId() == deputy()).hasSize(1);
        long memberOf = rows.stream().filter(r -> service.get(r.id()).members().stream().anyMatch(m -> m.id() == deputy()))
                .count();
        assertThat(memberOf).isEqualTo(1);
        assertThat(rows.stream().mapToLong(ProjectRow::openProblems).sum()).isEqualTo(2);
        assertThat(rows.stream().mapToLong(ProjectRow::overdueProblems).sum()).isEqualTo(1);
        RoundSummary round = rounds.round(2026).orElseThrow();
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.raters()).isPositive();
        TestUsers.login(accounts, "deputy");
        assertThat(rounds.mySheet(2026).orElseThrow().lines()).allSatisfy(l -> assertThat(l.mine()).isNull());
    }

    @Test
    void anAdoptedProjectIsTakenInOnceHoweverOftenItIsAnnounced() {
        long before = projects.count();
        ProjectAdopted adopted = new ProjectAdopted(-123_456_789L, 7, YEAR, "twice", "twice", null, List.of());
        events.publishEvent(adopted);
        events.publishEvent(adopted);
        assertThat(projects.count()).isEqualTo(before + 1);
        SupervisedProject p = projects.findAll().stream().filter(x -> x.projectId() == -123_456_789L).findFirst().orElseThrow();
        assertThat(p.year()).isEqualTo(YEAR);
        assertThat(p.leadDeputyId()).isNull();
        assertThat(p.percentDone()).isZero();
    }

    @Test
    void theOfficeSetsTheGroupOfDistrictDeputiesOnlyAndAStaleCopyIsRefused() {
        long id = unit01Project();
        TestUsers.login(accounts, "office");
        ProjectDetails d = service.get(id);
        List<Long> members = others(4);
        long version = service.setGroup(id, d.version(), deputy(), Set.copyOf(members));
        ProjectDetails after = service.get(id);
        assertThat(after.lead().id()).isEqualTo(deputy());
        assertThat(after.members()).extracting(ProjectDetails.Person::id).containsExactlyInAnyOrderElementsOf(members);
        assertThat(version).isGreaterThan(d.version());
        long npc = SupervisionTestData.deputyOf(accounts, "npc");
        assertThatThrownBy(() -> service.setGroup(id, version, deputy(), Set.of(npc)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.group.not-district-deputy"));
        assertThatThrownBy(() -> service.setGroup(id, d.version(), deputy(), Set.of())).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.get(id).members()).hasSize(4);
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> service.setGroup(id, version, deputy(), Set.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progressIsBetweenZeroAndAHundredNeverBelowTheLatestAndNeedsItsMilestone() {
        long id = unit01Project();
        TestUsers.login(accounts, "office");
        long milestone = service.addMilestone(id, "design", LocalDate.of(2026, 6, 30));
        TestUsers.login(accounts, "unit01");
        LocalDate day = OpinionsClock.today().minusDays(10);
        long v = service.addReport(id, service.get(id).version(), new ProgressDraft(day, "design done", 40, null, milestone));
        ProjectDetails d = service.get(id);
        assertThat(d.percentDone()).isEqualTo(40);
        assertThat(d.latestMilestone()).isEqualTo("design done");
        assertThat(d.milestones().getFirst().reachedOn()).isEqualTo(day);
        assertThatThrownBy(() -> service.addReport(id, v, new ProgressDraft(day, "too far", 101, null, null)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.progress.range"));
        assertThatThrownBy(() -> service.addReport(id, v, new ProgressDraft(day, "less", 39, null, null)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.progress.below-previous"));
        assertThatThrownBy(() -> service.addReport(id, v, new ProgressDraft(day, " ", 50, null, null)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.required"));
        assertThatThrownBy(() -> service.addReport(id, v, new ProgressDraft(day, "again", 50, null, milestone)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.progress.milestone-reached"));
        assertThatThrownBy(() -> service.addReport(id, v, new ProgressDraft(OpinionsClock.today().plusDays(1), "x", 50, null, null)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.progress.future"));
        assertThat(service.get(id).percentDone()).isEqualTo(40);
        assertThat(service.get(id).reports()).hasSize(1);
        service.addReport(id, v, new ProgressDraft(OpinionsClock.today(), "works begun", 40, "same percent is fine", null));
        assertThat(service.get(id).reports()).hasSize(2);
    }

    @Test
    void aUnitReportsOnlyOnItsOwnDepartmentsProjects() {
        long other = otherProject();
        TestUsers.login(accounts, "unit01");
        assertThatThrownBy(() -> service.get(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addReport(other, 0, new ProgressDraft(OpinionsClock.today(), "x", 10, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "office");
        assertThat(service.get(other).reports()).isEmpty();
        TestUsers.login(accounts, "unit01");
        assertThat(service.page(SupervisionFilter.of(YEAR), Pageable.unpaged()).getContent())
                .extracting(ProjectRow::id).doesNotContain(other);
    }

    @Test
    void streetsGroupsAndUnitsSeeOnlyTheirOwnProjects() {
        long ours = unit01Project();
        long other = otherProject();
        TestUsers.login(accounts, "street01");
        assertThat(service.get(ours).title()).startsWith("unit01 project");
        assertThatThrownBy(() -> service.get(other)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.page(SupervisionFilter.of(YEAR), Pageable.unpaged()).getContent())
                .extracting(ProjectRow::id).contains(ours).doesNotContain(other);
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> service.get(ours)).isInstanceOf(AccessDeniedException.class);
        // a deputy sees the year's list, but a project's page only of his group
        TestUsers.login(accounts, "npc");
        assertThat(service.page(SupervisionFilter.of(YEAR), Pageable.unpaged()).getContent())
                .extracting(ProjectRow::id).contains(ours, other);
        assertThatThrownBy(() -> service.get(ours)).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginWithoutRoles(accounts, "office");
        assertThatThrownBy(() -> service.get(ours)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.page(SupervisionFilter.of(YEAR), Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "office");
        assertThatThrownBy(() -> service.get(-1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProblemGoesToTheDepartmentAndBackOnceAfterAnUnsatisfactoryAnswer() {
        long id = unit01Project();
        List<Long> members = others(2);
        TestUsers.as(accounts, "office", () -> service.setGroup(id, service.get(id).version(), deputy(), Set.copyOf(members)));
        TestUsers.login(accounts, "npc");
        assertThatThrownBy(() -> problems.raise(id, "not his group", null)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> problems.raise(id, "late", OpinionsClock.today().minusDays(1)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.problem.due-past"));
        assertThatThrownBy(() -> problems.raise(id, "  ", null)).satisfies(e -> assertThat(problem(e)).isEqualTo("validation.required"));
        long problem = problems.raise(id, "noise at night", null);
        ProjectDetails.ProblemRow row = only(id);
        assertThat(row.state()).isEqualTo(ProblemState.OPEN);
        assertThat(row.dueOn()).isEqualTo(calendar.plusWorkingDays(OpinionsClock.today(), 15));
        assertThat(row.overdue()).isFalse();
        assertThatThrownBy(() -> problems.rateAnswer(problem, row.version(), true))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.problem.not-answered"));

        TestUsers.login(accounts, "unit01");
        long v = problems.answer(problem, row.version(), "works end at 18:00");
        assertThat(only(id).state()).isEqualTo(ProblemState.ANSWERED);
        // a member (not the lead) does not rate the answer
        SupervisionTestData.signInDeputy(members.getFirst());
        assertThatThrownBy(() -> problems.rateAnswer(problem, v, false)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "deputy");
        long v2 = problems.rateAnswer(problem, v, false);
        assertThat(only(id).state()).isEqualTo(ProblemState.REOPENED);
        TestUsers.login(accounts, "unit01");
        long v3 = problems.answer(problem, v2, "and a liaison for residents");
        TestUsers.login(accounts, "deputy");
        problems.rateAnswer(problem, v3, false);
        ProjectDetails.ProblemRow closed = only(id);
        assertThat(closed.state()).isEqualTo(ProblemState.CLOSED);
        assertThat(closed.satisfied()).isFalse();
        assertThat(closed.returned()).isTrue();
    }

    private ProjectDetails.ProblemRow only(long id) {
        return TestUsers.as(accounts, "office", () -> service.get(id).problems().getFirst());
    }

    @Test
    void unit01AnswersOnlyProblemsOfItsDepartment() {
        long other = otherProject();
        TestUsers.login(accounts, "office");
        long problem = problems.raise(other, "found by the office", null);
        long version = service.get(other).problems().getFirst().version();
        TestUsers.login(accounts, "unit01");
        assertThatThrownBy(() -> problems.answer(problem, version, "not ours")).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> problems.answer(problem, version, "staff")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachEligibleDeputyRatesEachProjectOnceWhileTheRoundIsOpenAndTheOfficePublishesTheFigures() {
        long a = unit01Project();
        long b = otherProject();
        TestUsers.login(accounts, "deputy");
        assertThat(rounds.mySheet(YEAR)).isEmpty();
        TestUsers.login(accounts, "office");
        long round = rounds.open(YEAR);
        assertThatThrownBy(() -> rounds.open(YEAR)).satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.round.exists"));
        assertThatThrownBy(() -> rounds.open(2099)).satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.round.no-projects"));

        TestUsers.login(accounts, "deputy");
        assertThat(rounds.rate(YEAR, Map.of(a, ProjectRating.SATISFIED))).isEqualTo(1);
        assertThatThrownBy(() -> rounds.rate(YEAR, Map.of(a, ProjectRating.UNSATISFIED, b, ProjectRating.SATISFIED)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.rating.already"));
        assertThat(rounds.mySheet(YEAR).orElseThrow().lines()).filteredOn(l -> l.projectId() == b)
                .allSatisfy(l -> assertThat(l.mine()).isNull());
        assertThatThrownBy(() -> rounds.rate(YEAR, Map.of())).satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.rating.empty"));
        assertThat(rounds.rate(YEAR, Map.of(b, ProjectRating.BASICALLY))).isEqualTo(1);
        // the figures are the office's until they are published
        assertThat(rounds.round(YEAR).orElseThrow().lines()).allSatisfy(l -> assertThat(l.figures()).isNull());

        TestUsers.login(accounts, "npc");
        assertThat(rounds.mySheet(YEAR).orElseThrow().eligible()).isFalse();
        assertThatThrownBy(() -> rounds.rate(YEAR, Map.of(a, ProjectRating.SATISFIED))).isInstanceOf(AccessDeniedException.class);
        List<Long> raters = others(3);
        SupervisionTestData.signInDeputy(raters.get(0));
        rounds.rate(YEAR, Map.of(a, ProjectRating.UNSATISFIED, b, ProjectRating.SATISFIED));
        SupervisionTestData.signInDeputy(raters.get(1));
        rounds.rate(YEAR, Map.of(a, ProjectRating.BASICALLY));

        TestUsers.login(accounts, "office");
        RoundSummary open = rounds.round(YEAR).orElseThrow();
        assertThat(open.raters()).isEqualTo(3);
        assertThatThrownBy(() -> rounds.publish(round, open.version()))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.round.not-closed"));
        long closed = rounds.close(round, open.version());
        SupervisionTestData.signInDeputy(raters.get(2));
        assertThatThrownBy(() -> rounds.rate(YEAR, Map.of(a, ProjectRating.SATISFIED)))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.rating.closed"));
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> rounds.close(round, closed)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "office");
        rounds.publish(round, closed);
        RoundSummary published = rounds.round(YEAR).orElseThrow();
        assertThat(published.status()).isEqualTo(RoundStatus.PUBLISHED);
        RatingFigures fa = published.lines().stream().filter(l -> l.projectId() == a).findFirst().orElseThrow().figures();
        assertThat(fa).isEqualTo(new RatingFigures(1, 1, 1));
        assertThat(fa.ratePercent()).isEqualTo(66.7);
        RatingFigures fb = published.lines().stream().filter(l -> l.projectId() == b).findFirst().orElseThrow().figures();
        assertThat(fb).isEqualTo(new RatingFigures(1, 1, 0));
        assertThat(fb.ratePercent()).isEqualTo(100.0);
        TestUsers.login(accounts, "unit01");
        assertThat(service.page(SupervisionFilter.of(YEAR), Pageable.unpaged()).getContent())
                .filteredOn(r -> r.id() == a).singleElement().satisfies(r -> assertThat(r.rating()).isEqualTo(new RatingFigures(1, 1, 1)));
    }

    @Test
    void theOfficeSchedulesASiteVisitAsAResearchVisitOfTheMeetingsModule() {
        long id = unit01Project();
        TestUsers.login(accounts, "office");
        service.setGroup(id, service.get(id).version(), deputy(), Set.copyOf(others(2)));
        LocalDateTime at = LocalDateTime.now(cn.silian.shared.Formats.ZONE).plusDays(3).withSecond(0).withNano(0);
        long meeting = service.scheduleVisit(id, new VisitDraft(at, "site"), SilianI18nProvider.CHINESE);
        assertThat(service.get(id).visits()).singleElement().satisfies(v -> {
            assertThat(v.meetingId()).isEqualTo(meeting);
            assertThat(v.startsAt()).isEqualTo(at);
        });
        assertThatThrownBy(() -> service.scheduleVisit(id, new VisitDraft(at.minusDays(5), "site"), SilianI18nProvider.CHINESE))
                .satisfies(e -> assertThat(problem(e)).isEqualTo("supervision.visit.past"));
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> service.scheduleVisit(id, new VisitDraft(at, "site"), SilianI18nProvider.CHINESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStatusPdfListsEachProjectWithItsDepartmentLeadAndPercent() throws IOException {
        TestUsers.login(accounts, "office");
        byte[] pdf = service.statusPdf(2026, SilianI18nProvider.CHINESE);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        ProjectRow first = service.page(SupervisionFilter.of(2026), Pageable.unpaged()).getContent().getFirst();
        assertThat(text).contains("2026 年民生实事项目督办情况").contains("第 1 页").contains(first.title())
                .contains(first.leadName()).contains(first.percentDone() + "%").contains("尚未公布");
        assertThat(SupervisionPdf.fileName(2026, SilianI18nProvider.CHINESE)).isEqualTo("督办情况-2026.pdf");
    }
}
