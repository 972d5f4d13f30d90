package cn.silian.opinions;

/**
 * What the signed-in user may do with a suggestion's documents: read them (whoever sees the
 * suggestion), write attachments (the lead deputy while drafting or revising, the lead unit
 * while handling, the office while it is not final).
 */
public record SuggestionRights(boolean read, boolean writeAttachments) {
    public static final SuggestionRights NONE = new SuggestionRights(false, false);
}
