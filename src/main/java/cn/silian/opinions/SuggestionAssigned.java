package cn.silian.opinions;

/** The office assigned it (or re-assigned it) to a lead unit. */
public record SuggestionAssigned(long suggestionId, long leadUnitId, java.util.List<Long> coUnitIds, java.time.LocalDate dueDate) {
}
