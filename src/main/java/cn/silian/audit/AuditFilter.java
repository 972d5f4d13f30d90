package cn.silian.audit;

import cn.silian.shared.AuditEvent;

import java.time.Instant;

/**
 * Filters of the audit trail; any may be {@code null}. {@code from} is inclusive, {@code to}
 * exclusive, both instants (the trail is stored in UTC; the view turns Shanghai days into them).
 */
public record AuditFilter(String actor, String objectType, AuditEvent.Action action, String objectId,
                          Instant from, Instant to) {

    public AuditFilter(String actor, String objectType, AuditEvent.Action action, String objectId) {
        this(actor, objectType, action, objectId, null, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
