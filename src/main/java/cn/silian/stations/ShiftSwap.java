package cn.silian.stations;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A deputy's request to hand his shift to a colleague; the street's staff decide. */
@Entity
@Table(name = "shift_swap")
class ShiftSwap extends BaseEntity {

    @Column(name = "shift_id", nullable = false)
    private Long shiftId;
    @Column(name = "requested_by", nullable = false)
    private Long requestedBy;
    @Column(name = "replacement_deputy_id")
    private Long replacementDeputyId;
    @Column(nullable = false, length = 200)
    private String reason;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private SwapStatus status = SwapStatus.PENDING;
    @Column(name = "decided_by", length = 50)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ShiftSwap() {
    }

    ShiftSwap(Long shiftId, Long requestedBy, Long replacementDeputyId, String reason) {
        this.shiftId = shiftId;
        this.requestedBy = requestedBy;
        this.replacementDeputyId = replacementDeputyId;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    void decide(boolean approve, Long replacement, String by) {
        this.status = approve ? SwapStatus.APPROVED : SwapStatus.DECLINED;
        if (replacement != null) {
            this.replacementDeputyId = replacement;
        }
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    Long shiftId() { return shiftId; }
    Long requestedBy() { return requestedBy; }
    Long replacementDeputyId() { return replacementDeputyId; }
    String reason() { return reason; }
    SwapStatus status() { return status; }
    Instant createdAt() { return createdAt; }
}
