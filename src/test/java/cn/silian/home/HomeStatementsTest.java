package cn.silian.home;

import cn.silian.StatementCounter;
import cn.silian.TestUsers;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deputy's home page, opened on every visit, costs a fixed few SQL statements: one query (or
 * projection) per card, none per group, task, shift, meeting or action (35 before issue #12's
 * batching, 28 since, 29 once the meetings card's list reads a page's ids first, which keeps a
 * deputy's meetings fast at the province's scale, 32 with the points card's three: his standing,
 * his shifts of the year against the minimum, his report to voters), counted at the data source ({@link StatementCounter}).
 */
@Tag("db")
class HomeStatementsTest extends BrowserlessTestBase {

    private static final int BOUND = 32;

    @Test
    void aDeputysHomePageCostsAFixedFewStatements() {
        login("deputy");
        try {
            navigateTo("");  // warm: the first visit may load the caller's own facts once
            navigateTo("deputies");
            long statements = StatementCounter.during(() -> navigateTo(""));
            assertThat(getCurrentView()).isInstanceOf(HomeView.class);
            assertThat(statements).as("statements for a deputy's home page").isLessThanOrEqualTo(BOUND);
        } finally {
            TestUsers.logout();
        }
    }
}
