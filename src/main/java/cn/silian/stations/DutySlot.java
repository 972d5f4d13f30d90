package cn.silian.stations;

import java.time.LocalDateTime;
import java.util.Objects;

/** One reception duty at a station: a half-open interval, so back-to-back duties do not clash. */
public record DutySlot(LocalDateTime start, LocalDateTime end) {

    public DutySlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A duty slot must end after it starts: " + start + " – " + end);
        }
    }

    /**
     * Touching intervals do not overlap: a deputy whose meeting ends at 9:00 can still open the
     * station at 9:00.
     */
    public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
        Objects.requireNonNull(otherStart, "otherStart");
        Objects.requireNonNull(otherEnd, "otherEnd");
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
