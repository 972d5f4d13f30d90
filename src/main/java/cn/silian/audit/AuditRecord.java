package cn.silian.audit;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
import cn.silian.shared.PersonName;

import java.time.Instant;

/**
 * A line of the audit trail as the administrator's view shows it: {@code actor} is the login name
 * stored (what the filter searches), {@code actorName} the person as people know him; the view
 * translates {@code summary}.
 */
public record AuditRecord(Long id, Instant occurredAt, String actor, PersonName actorName, AuditEvent.Action action,
                          String objectType, String objectId, Message summary, String before, String after) {
}
