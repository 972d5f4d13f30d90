package cn.silian.performance;

import java.time.Instant;
import java.time.LocalDate;

/** An appeal waiting for the office, with what it is about. */
public record AppealRow(long id, long version, long entryId, long deputyId, String deputyName, LocalDate earnedOn,
                        String dutyName, String title, int points, String reason, Instant createdAt) {
}
