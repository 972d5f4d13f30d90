package cn.silian.opinions;

import cn.silian.stations.ReceptionCategory;

import java.util.List;

/**
 * What the lead deputy writes. {@code opinionIds} and {@code findingIds} (what it grew from) are
 * taken when drafting only; {@link SuggestionService#update} changes title, body and category.
 */
public record SuggestionDraft(String title, String body, ReceptionCategory category, List<Long> opinionIds,
                              List<Long> findingIds) {
    public SuggestionDraft {
        opinionIds = opinionIds == null ? List.of() : List.copyOf(opinionIds);
        findingIds = findingIds == null ? List.of() : List.copyOf(findingIds);
    }

    public SuggestionDraft(String title, String body, ReceptionCategory category) {
        this(title, body, category, List.of(), List.of());
    }

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 8000;
}
