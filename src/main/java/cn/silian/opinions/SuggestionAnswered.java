package cn.silian.opinions;

/** The lead unit answered it. */
public record SuggestionAnswered(long suggestionId, long unitId, int round, AnswerCategory category) {
}
