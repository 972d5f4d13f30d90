package cn.silian.performance;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** A deputy's appeal of one of his entries, and the office's decision. */
@Entity
@Table(name = "ledger_appeal")
class Appeal extends BaseEntity {

    @Column(name = "entry_id", nullable = false)
    private Long entryId;
    @Column(name = "deputy_id", nullable = false)
    private Long deputyId;
    @Column(nullable = false, length = 1000)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AppealState state;
    @Column(name = "decided_points")
    private Integer decidedPoints;
    @Column(length = 1000)
    private String decision;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Appeal() {
    }

    Appeal(long entryId, long deputyId, String reason, Instant now) {
        this.entryId = entryId;
        this.deputyId = deputyId;
        this.reason = reason;
        this.state = AppealState.OPEN;
        this.createdAt = now;
    }

    void decide(boolean accepted, Integer points, String decision, String by, Instant now) {
        this.state = accepted ? AppealState.ACCEPTED : AppealState.REJECTED;
        this.decidedPoints = accepted ? points : null;
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    Long entryId() { return entryId; }
    Long deputyId() { return deputyId; }
    String reason() { return reason; }
    AppealState state() { return state; }
    Integer decidedPoints() { return decidedPoints; }
    String decision() { return decision; }
    Instant decidedAt() { return decidedAt; }
    Instant createdAt() { return createdAt; }
}
