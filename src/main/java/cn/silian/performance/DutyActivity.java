package cn.silian.performance;

import cn.silian.shared.Message;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a deputy did, traced to the record it came from.
 *
 * @param sourceType the kind of record, e.g. {@code "invitation"}, {@code "shift"}; with
 *                   {@code sourceId} it names the source whose activities an event replaces
 * @param title      what the record is called where it lives (a meeting's title, a station's name)
 * @param link       the route that opens it, e.g. {@code "meetings/42"}; {@code null} if none
 * @param detail     what the record adds (a suggestion's answer and rating); {@code null} if nothing
 */
public record DutyActivity(ActivityKind kind, long deputyId, LocalDate on, String sourceType, long sourceId,
                           String title, String link, Message detail) {

    public DutyActivity {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(on);
        Objects.requireNonNull(sourceType);
        title = title == null ? "" : title;
    }

    public DutyActivity(ActivityKind kind, long deputyId, LocalDate on, String sourceType, long sourceId,
                        String title, String link) {
        this(kind, deputyId, on, sourceType, sourceId, title, link, null);
    }
}
