package cn.silian.opinions;

/** The office accepted it as a suggestion of the year under this number. */
public record SuggestionAccepted(long suggestionId, int year, int number) {
}
