package cn.silian.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a person's calendar. Times are instants; shown and exported in Asia/Shanghai.
 * {@code uid} is stable and globally unique (e.g. "meeting-12@silian"). {@code link} is
 * app-relative ("meetings/12") or null. {@code sequence} increases with every change
 * (iCalendar SEQUENCE), so that clients replace their copy instead of keeping both.
 */
public record CalendarEntry(String uid, Kind kind, String title, Instant start, Instant end, String location,
                            String description, String link, boolean cancelled, int sequence) {

    public enum Kind {
        MEETING, DUTY;

        public String messageKey() {
            return "calendar.kind." + name();
        }
    }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + uid);
        }
    }
}
