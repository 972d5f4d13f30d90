package cn.silian.opinions;

import java.util.List;

/**
 * A deputy drafted a suggestion from these opinions and findings. The opinions side closes the
 * opinions as IN_SUGGESTION and has topics mark the findings. Published in the drafting
 * transaction, so a listener that refuses (the drafter may not read an opinion) undoes the draft.
 */
public record SuggestionDrafted(long suggestionId, List<Long> opinionIds, List<Long> findingIds) {
}
