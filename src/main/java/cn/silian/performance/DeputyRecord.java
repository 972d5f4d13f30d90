package cn.silian.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * A deputy's record of a year (履职档案), as the archive prints it: what he did, section by
 * section, from what the modules recorded, and the points the ledger counts for it. Texts are
 * already in the reader's language.
 *
 * @param streetName his street's name, or {@code null} if he has none
 */
public record DeputyRecord(long deputyId, String name, String streetName, int year, List<Section> sections,
                           List<GroupPoints> points, int total) {

    public DeputyRecord {
        sections = List.copyOf(sections);
        points = List.copyOf(points);
    }

    /** One section, each of its kinds with how often it happened, and the items by date. */
    public record Section(RecordSection section, String title, List<KindCount> counts, List<Item> items) {
        public Section {
            counts = List.copyOf(counts);
            items = List.copyOf(items);
        }

        public int count() {
            return items.size();
        }
    }

    public record KindCount(ActivityKind kind, String label, int count) {
    }

    /**
     * One activity: its kind, day, the record it came from (a meeting's title), what that record
     * adds (a suggestion's answer and rating) and the route that opens it.
     *
     * @param detail {@code ""} if nothing
     * @param link   {@code null} if none
     */
    public record Item(ActivityKind kind, String kindLabel, LocalDate on, String title, String detail, String link) {
    }

    /** A duty group's points, capped per duty, with the duties of the scheme that earned any. */
    public record GroupPoints(DutyGroup group, String name, int points, List<DutyLine> duties) {
        public GroupPoints {
            duties = List.copyOf(duties);
        }
    }

    /** A duty's live entries, their points before the cap and what they count. */
    public record DutyLine(String code, String name, long entries, int sum, int counted) {
    }

    public Section section(RecordSection s) {
        return sections.stream().filter(x -> x.section() == s).findFirst().orElseThrow();
    }

    public int count(ActivityKind kind) {
        return section(RecordSection.of(kind)).counts().stream().filter(c -> c.kind() == kind)
                .mapToInt(KindCount::count).sum();
    }
}
