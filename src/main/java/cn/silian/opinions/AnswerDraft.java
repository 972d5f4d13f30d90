package cn.silian.opinions;

/**
 * The lead unit's answer (答复). Without a logged contact in this round the service refuses it
 * with {@code suggestion.error.no-contact} unless {@code confirmWithoutContact}: the view asks
 * the user first (see {@link SuggestionService#hasContact}) and the answer records that it was
 * given without one. The attachment goes to the documents module's suggestion space.
 */
public record AnswerDraft(AnswerCategory category, String text, boolean confirmWithoutContact) {
    public static final int TEXT_MAX = 8000;
}
