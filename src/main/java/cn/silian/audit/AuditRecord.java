package cn.silian.audit;

import cn.silian.shared.AuditEvent;

import java.time.Instant;

/** A line of the audit trail as the administrator's view shows it. */
public record AuditRecord(Long id, Instant occurredAt, String actor, AuditEvent.Action action, String objectType,
                          String objectId, String summary, String before, String after) {
}
