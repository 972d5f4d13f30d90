package cn.silian.opinions;

import java.time.LocalDate;

/**
 * An open assignment of the signed-in unit with its clock: {@code dueDate} (the co-unit's
 * opinion deadline when {@code lead} is false), days left (negative when overdue).
 */
public record AssignmentClock(long suggestionId, String code, String title, SuggestionState state, int round,
                              boolean lead, boolean signed, LocalDate assignedOn, LocalDate dueDate, long daysLeft,
                              boolean overdue, boolean dueSoon, boolean key) {
}
