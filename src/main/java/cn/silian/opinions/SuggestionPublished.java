package cn.silian.opinions;

/** The office published it with its answer to every signed-in user. */
public record SuggestionPublished(long suggestionId) {
}
