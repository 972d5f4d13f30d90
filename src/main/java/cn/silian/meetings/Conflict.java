package cn.silian.meetings;

import java.time.LocalDateTime;

/**
 * A clash found while scheduling: a person with another meeting or a duty shift at that time
 * ({@code deputyId} set), or the room booked by another meeting ({@code deputyId} null).
 * {@code what} is {@code null} for another meeting the caller may not open.
 */
public record Conflict(Kind kind, Long deputyId, String name, String what, LocalDateTime startsAt, LocalDateTime endsAt) {
    public enum Kind { MEETING, DUTY, ROOM }
}
