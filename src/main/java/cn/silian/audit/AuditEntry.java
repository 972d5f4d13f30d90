package cn.silian.audit;

import cn.silian.shared.AuditEvent;
import cn.silian.shared.Message;
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

/**
 * One line of the audit trail; never changed once written. Its summary is a message key with
 * arguments; lines written before summaries were translated keep their text in {@code summary}.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    static final int STATE_MAX = 4000;
    /** Shows a line written before summaries were translated, in the language it was written in. */
    static final String AS_WRITTEN = "audit.summary.as-written";

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
    @Column(length = 500)
    private String summary;
    @Column(name = "summary_key", length = 100)
    private String summaryKey;
    @Column(name = "summary_args", length = SummaryArgs.MAX_LENGTH)
    private String summaryArgs;
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
        this.summaryKey = event.summary().key();
        this.summaryArgs = SummaryArgs.encode(event.summary().args());
        this.beforeState = cut(event.before(), STATE_MAX);
        this.afterState = cut(event.after(), STATE_MAX);
    }

    String actor() {
        return actor;
    }

    AuditRecord toRecord(Map<String, PersonName> names) {
        return new AuditRecord(id, occurredAt, actor, names.get(actor), action, objectType, objectId, summary(),
                beforeState, afterState);
    }

    private Message summary() {
        return summaryKey == null ? Message.of(AS_WRITTEN, summary)
                : new Message(summaryKey, SummaryArgs.decode(summaryArgs));
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
