package cn.silian.opinions;

/** Every step anybody may take on a suggestion; one service method each. */
public enum SuggestionAction {
    EDIT, INVITE_COSIGNER, CONFIRM_COSIGN, DECLINE_COSIGN, SUBMIT, WITHDRAW, RETURN, ACCEPT, NOT_FILE, ASSIGN,
    REQUEST_REASSIGN, DECIDE_REASSIGN, SIGN, LOG_CONTACT, CO_UNIT_OPINION, REQUEST_EXTENSION, DECIDE_EXTENSION,
    ANSWER, RATE, CLOSE, PUBLISH, UNPUBLISH, MARK_KEY, JOIN;

    public String messageKey() {
        return "suggestion.action." + name();
    }
}
