package cn.silian.audit;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;

import java.time.Instant;

/** A line of the audit trail as the administrator's view shows it; the view translates {@code summary}. */
public record AuditRecord(Long id, Instant occurredAt, String actor, AuditEvent.Action action, String objectType,
                          String objectId, Message summary, String before, String after) {
}
