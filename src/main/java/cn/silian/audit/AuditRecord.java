package cn.silian.audit;

import cn.silian.shared.AuditEvent;

import cn.silian.shared.PersonName;
import java.time.Instant;

/**
 * A line of the audit trail as the administrator's view shows it: {@code actor} is the login name
 * stored (what the filter searches), {@code actorName} the person as people know him.
 */
public record AuditRecord(Long id, Instant occurredAt, String actor, PersonName actorName, AuditEvent.Action action,
                          String objectType, String objectId, String summary, String before, String after) {
}
