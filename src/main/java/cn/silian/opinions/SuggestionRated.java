package cn.silian.opinions;

/** The lead deputy rated the answer. */
public record SuggestionRated(long suggestionId, long deputyId, int round, Satisfaction satisfaction) {
}
