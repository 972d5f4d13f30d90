package cn.silian.demo;

import cn.silian.security.AccountService;
import cn.silian.shared.Formats;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.voters.RatingMeetingDraft;
import cn.silian.voters.RatingService;
import cn.silian.voters.ReportForm;
import cn.silian.voters.ReportRow;
import cn.silian.voters.Tally;
import cn.silian.voters.VotersPlanService;
import cn.silian.voters.VotersReportService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The demo's reports to voters: the 2026 plan as the planner proposes it, with the demo deputy
 * (陈志强) among the oral reports, confirmed; his rating and that of the first other oral
 * reporter entered as tallies (58 and 56 sheets) and published.
 */
@Component
class DemoVoters {

    static final int YEAR = 2026;
    /** 陈志强: 48 满意, 9 基本满意, 1 不满意. */
    static final Tally DEPUTY_TALLY = new Tally(48, 9, 1);
    /** The other rated report: 41 满意, 12 基本满意, 3 不满意. */
    static final Tally OTHER_TALLY = new Tally(41, 12, 3);
    static final LocalDateTime DEPUTY_MEETING = LocalDateTime.of(YEAR, 11, 20, 14, 30);
    static final LocalDateTime OTHER_MEETING = LocalDateTime.of(YEAR, 11, 24, 9, 30);

    private final VotersPlanService plans;
    private final VotersReportService reports;
    private final RatingService ratings;
    private final AccountService accounts;

    DemoVoters(VotersPlanService plans, VotersReportService reports, RatingService ratings, AccountService accounts) {
        this.plans = plans;
        this.reports = reports;
        this.ratings = ratings;
        this.accounts = accounts;
    }

    void load(TransactionTemplate transaction, long deputyId) {
        DemoActor.as(accounts.loadUserByUsername("office"), () -> transaction.execute(status -> {
            long plan = plans.create(YEAR);
            List<ReportRow> oral = plans.reports(plan, ReportForm.ORAL, Pageable.unpaged()).getContent();
            if (oral.stream().noneMatch(r -> r.deputyId() == deputyId)) {
                ReportRow his = plans.reports(plan, ReportForm.WRITTEN, Pageable.unpaged()).stream()
                        .filter(r -> r.deputyId() == deputyId).findFirst().orElseThrow();
                plans.swap(plan, plans.plan(YEAR).orElseThrow().version(), his.id(), ReportForm.ORAL);
                oral = plans.reports(plan, ReportForm.ORAL, Pageable.unpaged()).getContent();
            }
            plans.confirm(plan, plans.plan(YEAR).orElseThrow().version());
            long his = oral.stream().filter(r -> r.deputyId() == deputyId).findFirst().orElseThrow().id();
            long other = oral.stream().filter(r -> r.deputyId() != deputyId).findFirst().orElseThrow().id();
            rate(his, DEPUTY_MEETING, "城关街道代表之家", "城关街道第1选区选民代表 58 名", DEPUTY_TALLY);
            rate(other, OTHER_MEETING, "区人大常委会第二会议室", "选区选民代表 56 名", OTHER_TALLY);
            return null;
        }));
    }

    private void rate(long report, LocalDateTime held, String place, String invited, Tally tally) {
        // The meeting is recorded as held only once its day has passed (a demo started early in 2026 has none).
        if (held.isBefore(LocalDateTime.now(Formats.ZONE))) {
            ratings.recordHeld(report, version(report), new RatingMeetingDraft(held, place, invited));
        }
        ratings.tally(report, version(report), tally);
        ratings.publish(report, version(report));
    }

    private long version(long report) {
        return reports.get(report, SilianI18nProvider.CHINESE).version();
    }
}
