package cn.silian.audit;

import cn.silian.shared.AuditEvent;

/** Filters of the audit trail; any may be {@code null}. */
public record AuditFilter(String actor, String objectType, AuditEvent.Action action, String objectId) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
