package cn.silian.opinions;

/** Why a suggestion waits for a deputy. */
public enum WaitingReason {
    CO_SIGN, REVISE, RATE;

    public String messageKey() {
        return "suggestion.waiting." + name();
    }
}
