package cn.silian.statistics;

/**
 * Whose figures a dashboard holds: the whole district, one street, or one deputy's own (the
 * reduced dashboard). Decided by the service from the caller, never taken from the view.
 */
public record Scope(Kind kind, Long streetId, Long deputyId) {

    public enum Kind { DISTRICT, STREET, DEPUTY }

    static Scope district() {
        return new Scope(Kind.DISTRICT, null, null);
    }

    static Scope street(long streetId) {
        return new Scope(Kind.STREET, streetId, null);
    }

    static Scope deputy(long deputyId) {
        return new Scope(Kind.DEPUTY, null, deputyId);
    }

    public boolean isDeputy() {
        return kind == Kind.DEPUTY;
    }
}
