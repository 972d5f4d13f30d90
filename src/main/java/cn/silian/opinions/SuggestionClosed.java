package cn.silian.opinions;

/** It was closed (办结). */
public record SuggestionClosed(long suggestionId, int round) {
}
