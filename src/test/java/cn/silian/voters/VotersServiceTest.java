package cn.silian.voters;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import cn.silian.security.SilianUser;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SilianSpringTest
@Transactional
class VotersServiceTest {

    private static final Locale ZH = SilianI18nProvider.CHINESE;

    @Autowired AccountService accounts;
    @Autowired VotersPlanService plans;
    @Autowired VotersReportService reports;
    @Autowired RatingService ratings;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private long deputyId() {
        return ((SilianUser) accounts.loadUserByUsername("deputy")).deputyId();
    }

    private static String problem(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst().messageKey();
    }

    @Test
    void theDemoPlanOf2026IsConfirmedWithTheDeputyRatedAndPublished() {
        TestUsers.login(accounts, "office");
        PlanSummary plan = plans.plan(2026).orElseThrow();
        assertThat(plan.confirmed()).isTrue();
        assertThat(plan.deputies()).isGreaterThan(300);
        assertThat(plan.oral()).isGreaterThanOrEqualTo(plan.oralNeeded());
        assertThat(plan.oralNeeded()).isEqualTo((int) Math.ceil(plan.deputies() * 0.2));
        ReportRow his = VotersTestData.ofDeputy(accounts, plans, deputyId());
        assertThat(his.published()).isTrue();
        assertThat(his.tally()).isEqualTo(new Tally(48, 9, 1));
        assertThat(his.tally().ratePercent()).isEqualTo(98.3);
        assertThat(VotersTestData.rows(accounts, plans, ReportForm.ORAL).stream().filter(ReportRow::published)).hasSize(2);
    }

    @Test
    void theNextYearsPlanProposesThoseWhoHaveNotReportedOrallyYet() {
        TestUsers.login(accounts, "office");
        Set<Long> spoke2026 = VotersTestData.rows(accounts, plans, ReportForm.ORAL).stream().map(ReportRow::deputyId)
                .collect(Collectors.toSet());
        long plan = plans.create(2027);
        PlanSummary summary = plans.plan(2027).orElseThrow();
        assertThat(summary.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(summary.oral()).isEqualTo(summary.oralNeeded());
        List<ReportRow> oral = plans.reports(plan, ReportForm.ORAL, Pageable.unpaged()).getContent();
        assertThat(oral).hasSize(summary.oralNeeded());
        assertThat(oral).extracting(ReportRow::deputyId).doesNotContainAnyElementsOf(spoke2026);
        assertThatThrownBy(() -> plans.create(2027)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("voters.plan.exists"));
    }

    @Test
    void aPlanBelowTheShareIsNotConfirmedAndAStaleVersionIsRefused() {
        TestUsers.login(accounts, "office");
        long plan = plans.create(2027);
        ReportRow first = plans.reports(plan, ReportForm.ORAL, Pageable.unpaged()).getContent().getFirst();
        long stale = plans.plan(2027).orElseThrow().version();
        long version = plans.swap(plan, stale, first.id(), ReportForm.WRITTEN);
        assertThatThrownBy(() -> plans.swap(plan, stale, first.id(), ReportForm.ORAL))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> plans.confirm(plan, version)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("voters.plan.share-short"));
        assertThat(plans.plan(2027).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
        long back = plans.swap(plan, version, first.id(), ReportForm.ORAL);
        plans.confirm(plan, back);
        assertThat(plans.plan(2027).orElseThrow().confirmed()).isTrue();
    }

    @Test
    void onlyTheOfficeMakesPlans() {
        TestUsers.login(accounts, "street01");
        assertThatThrownBy(() -> plans.create(2027)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> plans.plan(2026)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeputyReadsHisOwnReportWithADraftFromHisRecordButNotAnothers() {
        ReportRow other = VotersTestData.unrated(accounts, plans);
        TestUsers.login(accounts, "deputy");
        ReportDetails mine = reports.mine(ZH).orElseThrow();
        assertThat(mine.deputyId()).isEqualTo(deputyId());
        assertThat(mine.generated()).isTrue();
        assertThat(mine.body()).startsWith("本年度（2026 年），我").contains("次");
        assertThat(mine.tally()).isEqualTo(new Tally(48, 9, 1));
        assertThatThrownBy(() -> reports.get(other.id(), ZH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.save(other.id(), 0, "不是我的")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void streetStaffRateOnlyTheirStreetsDeputiesAndADeputyPublishesNothing() {
        ReportRow his = VotersTestData.ofDeputy(accounts, plans, deputyId());
        ReportRow other = VotersTestData.unrated(accounts, plans);
        TestUsers.login(accounts, "street02");
        assertThatThrownBy(() -> ratings.tally(his.id(), 0, new Tally(1, 0, 0))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.get(his.id(), ZH)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "street01");
        // his street's staff are let through to the rule: the result is published already
        long version = reports.get(his.id(), ZH).version();
        assertThatThrownBy(() -> ratings.tally(his.id(), version, new Tally(1, 0, 0)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("voters.rating.published"));
        TestUsers.login(accounts, "deputy");
        assertThatThrownBy(() -> ratings.publish(other.id(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.sheet(his.id(), 0, Rating.SATISFIED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.unpublish(his.id(), 0)).isInstanceOf(AccessDeniedException.class);
        TestUsers.login(accounts, "office");
        assertThat(reports.get(his.id(), ZH).tally().total()).isEqualTo(58);
    }

    @Test
    void aResultNeedsTheMinimumOfSheetsAndNegativeCountsChangeNothing() {
        ReportRow other = VotersTestData.unrated(accounts, plans);
        TestUsers.login(accounts, "office");
        long v1 = ratings.tally(other.id(), reports.get(other.id(), ZH).version(), new Tally(30, 10, 9));
        assertThatThrownBy(() -> ratings.publish(other.id(), v1)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("voters.rating.too-few"));
        assertThatThrownBy(() -> ratings.tally(other.id(), v1, new Tally(5, -1, 0))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("voters.rating.negative"));
        assertThatThrownBy(() -> ratings.tally(other.id(), v1, Tally.NONE)).isInstanceOf(InvalidInputException.class);
        ReportDetails unchanged = reports.get(other.id(), ZH);
        assertThat(unchanged.tally()).isEqualTo(new Tally(30, 10, 9));
        assertThat(unchanged.published()).isFalse();
        long v2 = ratings.sheet(other.id(), unchanged.version(), Rating.UNSATISFIED);
        long v3 = ratings.publish(other.id(), v2);
        ReportDetails published = reports.get(other.id(), ZH);
        assertThat(published.published()).isTrue();
        assertThat(published.tally()).isEqualTo(new Tally(30, 10, 10));
        assertThat(published.tally().ratePercent()).isEqualTo(80.0);
        assertThat(published.version()).isEqualTo(v3);
    }

    @Test
    void aMeetingInThePastIsRefusedAndOneAheadIsAVotersMeeting() {
        ReportRow other = VotersTestData.unrated(accounts, plans);
        TestUsers.login(accounts, "office");
        long version = reports.get(other.id(), ZH).version();
        LocalDateTime yesterday = LocalDateTime.now(Formats.ZONE).minusDays(1).withNano(0);
        assertThatThrownBy(() -> ratings.schedule(other.id(), version, new RatingMeetingDraft(yesterday, "会议室", null), ZH))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("voters.meeting.past"));
        assertThatThrownBy(() -> ratings.schedule(other.id(), version, new RatingMeetingDraft(yesterday.plusDays(3), " ", null), ZH))
                .isInstanceOf(InvalidInputException.class);
        assertThat(reports.get(other.id(), ZH).meetingAt()).isNull();
        LocalDateTime ahead = yesterday.plusDays(10).withSecond(0);
        ratings.schedule(other.id(), version, new RatingMeetingDraft(ahead, "区人大会议室", "选民代表 60 名"), ZH);
        ReportDetails scheduled = reports.get(other.id(), ZH);
        assertThat(scheduled.meetingAt()).isEqualTo(ahead);
        assertThat(scheduled.meetingId()).isNotNull();
        assertThat(scheduled.meetingPlace()).isEqualTo("区人大会议室");
    }

    @Test
    void aTooLongTextIsRefusedAndASubmittedReportCannotBeSubmittedAgain() {
        TestUsers.login(accounts, "deputy");
        ReportDetails mine = reports.mine(ZH).orElseThrow();
        assertThatThrownBy(() -> reports.save(mine.id(), mine.version(), "字".repeat(VotersReportService.BODY_MAX + 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("validation.too-long"));
        assertThat(reports.mine(ZH).orElseThrow().generated()).isTrue();
        long saved = reports.save(mine.id(), mine.version(), "我的述职报告。");
        assertThatThrownBy(() -> reports.save(mine.id(), mine.version(), "过时的稿子"))
                .isInstanceOf(ConcurrentEditException.class);
        long submitted = reports.submit(mine.id(), saved, "我的述职报告，定稿。");
        assertThatThrownBy(() -> reports.submit(mine.id(), submitted, "再交一次"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(problem(e)).isEqualTo("voters.report.already-submitted"));
        ReportDetails after = reports.mine(ZH).orElseThrow();
        assertThat(after.body()).isEqualTo("我的述职报告，定稿。");
        assertThat(after.submitted()).isTrue();
    }
}
