package cn.silian.opinions;

import cn.silian.shared.Formats;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Today's date for the suggestion rules (deadlines, windows, flags), in Asia/Shanghai. The demo
 * loader and tests run a piece of work as of another day with {@link #asOf}, on their own thread
 * only, so a year of history goes through the same rules as today's work.
 */
public final class OpinionsClock {

    private static final ThreadLocal<LocalDate> AS_OF = new ThreadLocal<>();

    private OpinionsClock() {
    }

    public static LocalDate today() {
        LocalDate day = AS_OF.get();
        return day != null ? day : LocalDate.now(Formats.ZONE);
    }

    /**
     * This moment, or the same time of day on the day set by {@link #asOf}: what a step's
     * timestamp says, so a timeline written as of past days (the demo) reads in order.
     */
    public static java.time.Instant now() {
        LocalDate day = AS_OF.get();
        return day == null ? java.time.Instant.now()
                : day.atTime(java.time.LocalTime.now(Formats.ZONE)).atZone(Formats.ZONE).toInstant();
    }

    public static <T> T asOf(LocalDate day, Supplier<T> work) {
        LocalDate previous = AS_OF.get();
        AS_OF.set(day);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                AS_OF.remove();
            } else {
                AS_OF.set(previous);
            }
        }
    }
}
