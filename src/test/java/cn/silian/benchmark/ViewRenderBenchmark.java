package cn.silian.benchmark;

import cn.silian.TestUsers;
import cn.silian.home.HomeView;
import cn.silian.meetings.ui.MeetingListView;
import cn.silian.opinions.ui.MattersView;
import cn.silian.opinions.ui.OpinionListView;
import cn.silian.opinions.ui.SuggestionListView;
import cn.silian.people.ui.DeputyListView;
import cn.silian.stations.ui.MyDutyView;
import cn.silian.stations.ui.StationListView;
import cn.silian.topics.ui.GroupListView;
import cn.silian.calendar.ui.CalendarView;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What opening each page of the load test's journeys costs on the server, view by view and role
 * by role: SQL statements, entities loaded, components built, and the time to build it (no
 * browser: the grids' rows are fetched later, by the client's range request, and are counted by
 * the grid statement test). Prints figures; asserts only that each page is the one asked for.
 */
@Tag("benchmark")
class ViewRenderBenchmark extends BrowserlessTestBase {

    private record Step(String route, Class<? extends Component> view) {
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void eachJourneysPagesCost() {
        // Switched on here, not by a test property: another property would start a second Spring
        // context, and the tests share one (its security context strategy among them).
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            measure(stats);
        } finally {
            stats.setStatisticsEnabled(wasEnabled);
        }
    }

    private void measure(Statistics stats) {
        List<Step> common = List.of(new Step("", HomeView.class), new Step("deputies", DeputyListView.class),
                new Step("groups", GroupListView.class), new Step("calendar", CalendarView.class),
                new Step("meetings", MeetingListView.class), new Step("opinions", OpinionListView.class),
                new Step("suggestions", SuggestionListView.class));
        List<Object[]> journeys = List.of(
                new Object[]{"deputy", with(common, new Step("my-duty", MyDutyView.class))},
                new Object[]{"street01", with(common, new Step("stations", StationListView.class))},
                new Object[]{"office", with(common, new Step("stations", StationListView.class))},
                new Object[]{"unit01", List.of(new Step("", HomeView.class), new Step("suggestions", SuggestionListView.class),
                        new Step("opinions/matters", MattersView.class))});
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n%-9s %-18s %10s %9s %11s %10s %8s%n",
                "user", "page", "statements", "entities", "components", "median ms", "p95 ms"));
        for (Object[] journey : journeys) {
            String user = (String) journey[0];
            @SuppressWarnings("unchecked")
            List<Step> steps = (List<Step>) journey[1];
            login(user);
            for (Step step : steps) {
                navigateTo(step.route());
                assertThat(getCurrentView()).as(user + " /" + step.route()).isInstanceOf(step.view());
            }
            for (Step step : steps) {
                navigateTo(step.route().isEmpty() ? "deputies" : "");
                stats.clear();
                navigateTo(step.route());
                long statements = stats.getPrepareStatementCount();
                long entities = stats.getEntityLoadCount() + stats.getCollectionLoadCount();
                int components = count(UI.getCurrent());
                double[] millis = new double[Timings.RUNS];
                for (int i = 0; i < millis.length; i++) {
                    // away and back, so that the page is built anew each time
                    navigateTo(step.route().isEmpty() ? "deputies" : "");
                    long start = System.nanoTime();
                    navigateTo(step.route());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                out.append(String.format(Locale.ROOT, "%-9s %-18s %10d %9d %11d %10.1f %8.1f%n", user, "/" + step.route(),
                        statements, entities, components, millis[millis.length / 2],
                        millis[(int) Math.ceil(millis.length * 0.95) - 1]));
            }
            TestUsers.logout();
        }
        System.out.println(out);
    }

    private static List<Step> with(List<Step> common, Step extra) {
        List<Step> all = new ArrayList<>(common);
        all.add(extra);
        return all;
    }

    private static int count(Component c) {
        return 1 + c.getChildren().mapToInt(ViewRenderBenchmark::count).sum();
    }
}
