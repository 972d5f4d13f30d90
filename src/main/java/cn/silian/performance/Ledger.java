package cn.silian.performance;

import cn.silian.security.CurrentUser;
import cn.silian.security.SilianUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns what the other modules say a deputy did into ledger entries under the scheme of the
 * activity's year. Every event carries its source's whole truth, so handling one means making
 * the source's entries match it: new activities earn, changed ones are updated in place (an
 * appeal's decision stays), vanished ones are withdrawn. A replay does the same for every source
 * of a year, which is why it rebuilds the ledger the events built.
 */
@Component
class Ledger {

    private final LedgerEntryRepository entries;
    private final Schemes schemes;
    private final PointsTotals totals;
    private final ObjectProvider<DutyActivitySource> sources;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    Ledger(LedgerEntryRepository entries, Schemes schemes, PointsTotals totals,
           ObjectProvider<DutyActivitySource> sources, CurrentUser currentUser) {
        this.entries = entries;
        this.schemes = schemes;
        this.totals = totals;
        this.sources = sources;
        this.currentUser = currentUser;
    }

    /** Runs in the transaction that recorded the activity: the points stand or fall with it. */
    @EventListener
    @Transactional
    void on(DutyActivitiesChanged event) {
        Set<PointsTotals.DeputyYear> touched = new LinkedHashSet<>();
        replace(event.sourceType(), event.sourceId(), event.activities(), null, new HashMap<>(), touched);
        touched.forEach(totals::recompute);
    }

    /** What a replay changed. */
    record ReplayResult(int year, int sources, int activities, int earned, int updated, int withdrawn) {
    }

    /** Rebuilds a year's earned entries from the sources; manual entries and appeals' decisions stay. */
    @Transactional
    ReplayResult replay(int year) {
        Map<SourceKey, List<DutyActivity>> bySource = new LinkedHashMap<>();
        int activities = 0;
        for (DutyActivitySource source : sources.orderedStream().toList()) {
            for (DutyActivity a : source.activitiesIn(year)) {
                if (a.on().getYear() != year) {
                    continue;
                }
                bySource.computeIfAbsent(new SourceKey(a.sourceType(), a.sourceId()), k -> new ArrayList<>()).add(a);
                activities++;
            }
        }
        for (LedgerEntry e : entries.earnedIn(year)) {
            bySource.putIfAbsent(new SourceKey(e.sourceType(), e.sourceId()), List.of());
        }
        Set<PointsTotals.DeputyYear> touched = new LinkedHashSet<>();
        Map<Integer, Schemes.YearScheme> schemeCache = new HashMap<>();
        Counts counts = new Counts();
        bySource.forEach((key, list) -> counts.add(replace(key.type(), key.id(), list, year, schemeCache, touched)));
        touched.forEach(totals::recompute);
        return new ReplayResult(year, bySource.size(), activities, counts.earned, counts.updated, counts.withdrawn);
    }

    private record SourceKey(String type, long id) {
    }

    private record EntryKey(long deputyId, ActivityKind kind) {
    }

    private static final class Counts {
        int earned;
        int updated;
        int withdrawn;

        void add(Counts other) {
            earned += other.earned;
            updated += other.updated;
            withdrawn += other.withdrawn;
        }
    }

    /**
     * Makes one source's entries match its activities. With {@code onlyYear} set (a replay), only
     * that year's entries are compared, so a source whose activities span two years keeps the
     * other year's.
     */
    private Counts replace(String sourceType, long sourceId, List<DutyActivity> activities, Integer onlyYear,
                           Map<Integer, Schemes.YearScheme> schemeCache, Set<PointsTotals.DeputyYear> touched) {
        Instant now = clock.instant();
        Counts counts = new Counts();
        Map<EntryKey, LedgerEntry> existing = new HashMap<>();
        for (LedgerEntry e : entries.ofSource(sourceType, sourceId)) {
            if (onlyYear == null || e.year() == onlyYear) {
                existing.put(new EntryKey(e.deputyId(), e.activityKind()), e);
            }
        }
        Map<EntryKey, DutyActivity> wanted = new LinkedHashMap<>();
        for (DutyActivity a : activities) {
            if (!a.sourceType().equals(sourceType) || a.sourceId() != sourceId) {
                throw new IllegalArgumentException("activity of another source: " + a);
            }
            wanted.put(new EntryKey(a.deputyId(), a.kind()), a);
        }
        for (var w : wanted.entrySet()) {
            DutyActivity a = w.getValue();
            Duty duty = schemeCache.computeIfAbsent(a.on().getYear(), schemes::of).byKind().get(a.kind());
            LedgerEntry e = existing.remove(w.getKey());
            if (duty == null) {
                // No duty counts this kind (an excused absence): it is in the record, not the ledger.
                if (e != null && !e.withdrawn()) {
                    e.withdraw(now);
                    counts.withdrawn++;
                    touched.add(new PointsTotals.DeputyYear(e.deputyId(), e.year()));
                }
                continue;
            }
            if (e == null) {
                entries.save(LedgerEntry.earned(a, duty, now, by()));
                counts.earned++;
            } else if (!e.sameAs(a, duty)) {
                touched.add(new PointsTotals.DeputyYear(e.deputyId(), e.year()));
                e.earn(a, duty);
                counts.updated++;
            } else {
                continue;
            }
            touched.add(new PointsTotals.DeputyYear(a.deputyId(), a.on().getYear()));
        }
        for (LedgerEntry gone : existing.values()) {
            if (!gone.withdrawn()) {
                gone.withdraw(now);
                counts.withdrawn++;
                touched.add(new PointsTotals.DeputyYear(gone.deputyId(), gone.year()));
            }
        }
        return counts;
    }

    private String by() {
        return currentUser.get().map(SilianUser::getUsername).filter(Objects::nonNull).orElse("system");
    }
}
