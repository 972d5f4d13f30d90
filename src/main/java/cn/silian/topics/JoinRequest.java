package cn.silian.topics;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A deputy's request to join an open group, decided by its leader or the office. */
@Entity
@Table(name = "group_join_request")
class JoinRequest extends BaseEntity {

    @Column(name = "group_id", nullable = false)
    private Long groupId;
    @Column(name = "deputy_id", nullable = false)
    private Long deputyId;
    @Column(length = 500)
    private String message;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private JoinStatus status;
    /** "group:person" while pending: one open request per group and person. */
    @Column(name = "pending_key", length = 41)
    private String pendingKey;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_by", length = 50)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    protected JoinRequest() {
    }

    JoinRequest(Long groupId, Long deputyId, String message) {
        this.groupId = groupId;
        this.deputyId = deputyId;
        this.message = message;
        this.status = JoinStatus.PENDING;
        this.pendingKey = groupId + ":" + deputyId;
        this.requestedAt = Instant.now();
    }

    void decide(JoinStatus outcome, String by, String note) {
        this.status = outcome;
        this.pendingKey = null;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.decisionNote = note;
    }

    JoinRequestRow toRow(String deputyName) {
        return new JoinRequestRow(getId(), groupId, deputyId, deputyName, message, status, requestedAt, decidedBy,
                decidedAt, decisionNote, getVersion());
    }

    Long groupId() { return groupId; }
    Long deputyId() { return deputyId; }
    JoinStatus status() { return status; }
}
