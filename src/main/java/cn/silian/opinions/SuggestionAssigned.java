package cn.silian.opinions;

import java.time.LocalDate;
import java.util.List;

/** The office assigned it (or re-assigned it) to a lead unit, with these co-units, due on {@code dueDate}. */
public record SuggestionAssigned(long suggestionId, long leadUnitId, List<Long> coUnitIds, LocalDate dueDate) {
}
