package cn.silian.opinions;

import cn.silian.people.Level;
import cn.silian.stations.ReceptionCategory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of a suggestion list. {@code code} is the per-year number ({@code 2026-015}) once
 * accepted, else {@code null}; {@code dueDate} that of the active lead assignment; the flags
 * are computed for today.
 */
public record SuggestionSummary(long id, int year, Integer number, String code, String title,
                                ReceptionCategory category, long leadDeputyId, String leadName, Level leadLevel,
                                SuggestionState state, int round, Long leadUnitId, String leadUnitName,
                                LocalDate dueDate, boolean overdue, boolean dueSoon, boolean key, boolean published,
                                int cosigners, Instant updatedAt) {
}
