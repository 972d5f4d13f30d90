package cn.silian.voters;

import cn.silian.TestUsers;
import cn.silian.security.AccountService;
import org.springframework.data.domain.Pageable;

import java.util.List;

/** The demo's 2026 plan as the tests find it. */
final class VotersTestData {

    static final int YEAR = 2026;

    private VotersTestData() {
    }

    static List<ReportRow> rows(AccountService accounts, VotersPlanService plans, ReportForm form) {
        return TestUsers.as(accounts, "office", () -> {
            long plan = plans.plan(YEAR).orElseThrow().id();
            return plans.reports(plan, form, Pageable.unpaged()).getContent();
        });
    }

    static ReportRow ofDeputy(AccountService accounts, VotersPlanService plans, long deputyId) {
        return rows(accounts, plans, ReportForm.ORAL).stream().filter(r -> r.deputyId() == deputyId).findFirst().orElseThrow();
    }

    /** An oral report of the demo plan not rated yet. */
    static ReportRow unrated(AccountService accounts, VotersPlanService plans) {
        return rows(accounts, plans, ReportForm.ORAL).stream().filter(r -> !r.published() && r.tally().total() == 0)
                .findFirst().orElseThrow();
    }
}
