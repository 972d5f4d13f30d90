package cn.silian.voters;

import cn.silian.SilianSpringTest;
import cn.silian.TestUsers;
import cn.silian.performance.DutyPoints;
import cn.silian.performance.PointsQuery;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.Role;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.i18n.SilianI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the order of submissions, publications and withdrawals, the ledger holds the report's
 * entry exactly while the report is done (written: submitted; oral: result published), and the
 * replay source says the same.
 */
@SilianSpringTest
@Transactional
class VotersPointsPropertyTest {

    private static final java.util.Locale ZH = SilianI18nProvider.CHINESE;

    @Autowired AccountService accounts;
    @Autowired VotersPlanService plans;
    @Autowired VotersReportService reports;
    @Autowired RatingService ratings;
    @Autowired PointsQuery points;
    @Autowired ReportActivity activity;

    private final Map<Long, String> usernames = new HashMap<>();

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    /** Two oral reports not rated yet and two written ones, each deputy with an account to submit his. */
    private List<ReportRow> subjects() {
        List<ReportRow> subjects = new ArrayList<>();
        VotersTestData.rows(accounts, plans, ReportForm.ORAL).stream()
                .filter(r -> !r.published() && r.tally().total() == 0).limit(2).forEach(subjects::add);
        VotersTestData.rows(accounts, plans, ReportForm.WRITTEN).stream()
                .filter(r -> r.state() == ReportState.DRAFT).limit(2).forEach(subjects::add);
        TestUsers.as(accounts, "admin", () -> {
            for (ReportRow r : subjects) {
                String name = "voterstest" + r.deputyId();
                accounts.create(new AccountDraft(name, r.deputyName(), Role.DEPUTY, null, r.deputyId(), null, true),
                        "Voters@2026test");
                usernames.put(r.deputyId(), name);
            }
            return null;
        });
        return subjects;
    }

    private long entries(long deputyId) {
        return TestUsers.as(accounts, "office", () -> points.byDuty(deputyId, VotersTestData.YEAR, ZH).stream()
                .filter(d -> d.code().equals("VOTERS_REPORT")).mapToLong(DutyPoints::entries).sum());
    }

    private ReportDetails read(ReportRow r) {
        return TestUsers.as(accounts, "office", () -> reports.get(r.id(), ZH));
    }

    @Test
    void theLedgerHoldsAReportsEntryExactlyWhileTheReportIsDone() {
        List<ReportRow> subjects = subjects();
        assertThat(subjects).hasSize(4);
        Random random = new Random(20_261_203L);
        int[] succeeded = new int[4];
        for (int step = 0; step < 40; step++) {
            ReportRow r = subjects.get(random.nextInt(subjects.size()));
            int action = random.nextInt(4);
            String text = "述职报告 " + step;
            try {
                switch (action) {
                    case 0 -> TestUsers.as(accounts, usernames.get(r.deputyId()),
                            () -> reports.submit(r.id(), reports.get(r.id(), ZH).version(), text));
                    case 1 -> TestUsers.as(accounts, "office",
                            () -> ratings.tally(r.id(), reports.get(r.id(), ZH).version(), new Tally(20, 5, 1)));
                    case 2 -> TestUsers.as(accounts, "office", () -> ratings.publish(r.id(), reports.get(r.id(), ZH).version()));
                    default -> TestUsers.as(accounts, "office",
                            () -> ratings.unpublish(r.id(), reports.get(r.id(), ZH).version()));
                }
                succeeded[action]++;
            } catch (InvalidInputException refused) {
                // a move the report's state does not allow (too few sheets, submitted twice…): nothing changes
            }
            for (ReportRow s : subjects) {
                ReportDetails now = read(s);
                boolean done = s.form() == ReportForm.WRITTEN ? now.submitted() : now.published();
                assertThat(entries(s.deputyId())).as("step %d, report %d", step, s.id()).isEqualTo(done ? 1 : 0);
                assertThat(activity.activitiesOf(s.deputyId(), VotersTestData.YEAR)).hasSize(done ? 1 : 0);
            }
        }
        // the sequence did every move at least once: submit, tally, publish, take back
        assertThat(java.util.Arrays.stream(succeeded).boxed().toList()).allMatch(n -> n > 0);
    }
}
