package cn.silian.performance;

import java.time.LocalDate;

/** A deputy below the year's threshold, and the talk held with him if any. */
public record TalkCandidate(long deputyId, String name, int total, LocalDate talkedOn, String notes) {
}
