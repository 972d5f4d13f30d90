package cn.silian.performance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for a module that records activity: it holds the truth of its sources, announces
 * every change as the real modules do, and answers a replay from that truth. Its source type is
 * its own, so the real modules' sources never meet it.
 */
@Component
class TestActivities implements DutyActivitySource {

    static final String TYPE = "test-source";

    record Changed(String sourceType, long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
    }

    private final Map<Long, List<DutyActivity>> truth = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    TestActivities(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Sets a source's activities, as a module does when something is recorded or undone. */
    void set(long sourceId, List<DutyActivity> activities) {
        truth.put(sourceId, List.copyOf(activities));
        events.publishEvent(new Changed(TYPE, sourceId, List.copyOf(activities)));
    }

    /** Changes the truth without telling anyone, as a scheme fix or a lost event would leave it. */
    /** Forgets everything, as when the test's deputies are gone. */
    void clear() {
        truth.clear();
    }

    void setQuietly(long sourceId, List<DutyActivity> activities) {
        truth.put(sourceId, List.copyOf(activities));
    }

    static DutyActivity activity(ActivityKind kind, long deputyId, java.time.LocalDate on, long sourceId) {
        return new DutyActivity(kind, deputyId, on, TYPE, sourceId, "test " + sourceId, "test/" + sourceId);
    }

    @Override
    public List<DutyActivity> activitiesIn(int year) {
        List<DutyActivity> all = new ArrayList<>();
        truth.values().forEach(list -> list.stream().filter(a -> a.on().getYear() == year).forEach(all::add));
        return all;
    }

    @Override
    public List<DutyActivity> activitiesOf(long deputyId, int year) {
        return activitiesIn(year).stream().filter(a -> a.deputyId() == deputyId).toList();
    }
}
