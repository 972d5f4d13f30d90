package cn.silian.performance.ui;

import cn.silian.performance.LedgerService;
import cn.silian.shared.Formats;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay runs off the request thread and reports what it did. Not transactional: the replay
 * commits in its own thread, and on the demo's consistent ledger it changes nothing.
 */
class PointsReplayViewTest extends BrowserlessTestBase {

    @Test
    void theReplayRunsInTheBackgroundAndReportsWhatItDid() throws Exception {
        int year = LocalDate.now(Formats.ZONE).getYear();
        login("office");
        PointsOfficeView view = navigate(PointsOfficeView.class);
        view.schemeYear.setValue(year);
        test(view.replay).click();
        assertThat(view.replay.isEnabled()).isFalse();
        assertThat(view.replaying.isVisible()).isTrue();
        LedgerService.Replayed replayed = view.replayRun().get(120, TimeUnit.SECONDS);
        view.replayFinished(replayed, null);
        assertThat(replayed.year()).isEqualTo(year);
        assertThat(replayed.activities()).isPositive();
        assertThat(replayed.earned() + replayed.updated() + replayed.withdrawn()).as("the demo's ledger follows its events: " + replayed).isZero();
        assertThat(view.replayStatus.getText()).startsWith(year + " 年重算完成");
        assertThat(view.replay.isEnabled()).isTrue();
    }
}
