package cn.silian.audit;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.PersonName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

/** One line of the audit trail; never changed once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int STATE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false, length = 50)
    private String actor;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AuditEvent.Action action;
    @Column(name = "object_type", nullable = false, length = 40)
    private String objectType;
    @Column(name = "object_id", length = 40)
    private String objectId;
    @Column(nullable = false, length = 500)
    private String summary;
    @Column(name = "before_state", length = STATE_MAX)
    private String beforeState;
    @Column(name = "after_state", length = STATE_MAX)
    private String afterState;

    protected AuditEntry() {
    }

    AuditEntry(AuditEvent event, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actor = cut(event.actor(), 50);
        this.action = event.action();
        this.objectType = cut(event.objectType(), 40);
        this.objectId = cut(event.objectId(), 40);
        this.summary = cut(event.summary(), 500);
        this.beforeState = cut(event.before(), STATE_MAX);
        this.afterState = cut(event.after(), STATE_MAX);
    }

    String actor() {
        return actor;
    }

    AuditRecord toRecord(Map<String, PersonName> names) {
        return new AuditRecord(id, occurredAt, actor, names.get(actor), action, objectType, objectId, summary, beforeState,
                afterState);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
