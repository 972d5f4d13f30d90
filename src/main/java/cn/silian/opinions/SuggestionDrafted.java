package cn.silian.opinions;

/** A deputy drafted a suggestion from these opinions and findings: the opinions side closes them as IN_SUGGESTION and topics marks the findings. Published in the drafting transaction, so a listener that refuses (the drafter may not read an opinion) undoes it. */
public record SuggestionDrafted(long suggestionId, java.util.List<Long> opinionIds, java.util.List<Long> findingIds) {
}
