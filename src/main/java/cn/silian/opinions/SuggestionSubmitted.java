package cn.silian.opinions;

/** The lead deputy submitted it for pre-review (again after a revision). */
public record SuggestionSubmitted(long suggestionId, long leadDeputyId, boolean resubmitted) {
}
