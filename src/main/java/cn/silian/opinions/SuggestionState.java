package cn.silian.opinions;

/** Where a suggestion is in its workflow; the allowed moves are {@link SuggestionWorkflow}'s. */
public enum SuggestionState {
    DRAFT, SUBMITTED, RETURNED, NOT_FILED, ACCEPTED, ASSIGNED, HANDLING, ANSWERED, REHANDLING, CLOSED, WITHDRAWN;

    public String messageKey() {
        return "suggestion.state." + name();
    }

    /** No step leads out of it except publication. */
    public boolean isFinal() {
        return this == NOT_FILED || this == CLOSED || this == WITHDRAWN;
    }

    /** A unit is working on it: deadlines run. */
    public boolean isInHandling() {
        return this == ASSIGNED || this == HANDLING || this == REHANDLING;
    }
}
