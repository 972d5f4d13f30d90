package cn.silian;

import cn.silian.performance.DutyActivitiesChanged;
import cn.silian.performance.DutyActivity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the last activity event of every source, so that a test compares what a module said
 * with what its DutyActivitySource answers for a replay.
 */
@Component
public class ActivityEvents {

    private final Map<String, List<DutyActivity>> last = new ConcurrentHashMap<>();

    @EventListener
    void on(DutyActivitiesChanged event) {
        last.put(event.sourceType() + "/" + event.sourceId(), List.copyOf(event.activities()));
    }

    /** The activities the source's last event carried, if it sent one. */
    public Optional<List<DutyActivity>> last(String sourceType, long sourceId) {
        return Optional.ofNullable(last.get(sourceType + "/" + sourceId));
    }
}
