package cn.silian.stations;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One reception shift; times are wall-clock times in Asia/Shanghai. */
@Entity
@Table(name = "duty_shift")
class DutyShift extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Column(name = "station_id", nullable = false)
    private Long stationId;
    @Column(name = "deputy_id")
    private Long deputyId;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;
    /** When the deputy's presence was confirmed; {@code null} while it is not. */
    @Column(name = "served_at")
    private java.time.Instant servedAt;
    /** The login of whoever confirmed it, for the audit trail. */
    @Column(name = "served_by", length = 100)
    private String servedBy;

    protected DutyShift() {
    }

    DutyShift(Long planId, Long stationId, Long deputyId, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.planId = planId;
        this.stationId = stationId;
        this.deputyId = deputyId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    void assign(Long deputyId) {
        this.deputyId = deputyId;
    }

    Long planId() { return planId; }
    Long stationId() { return stationId; }
    Long deputyId() { return deputyId; }
    LocalDateTime startsAt() { return startsAt; }
    LocalDateTime endsAt() { return endsAt; }
    java.time.Instant servedAt() { return servedAt; }
    String servedBy() { return servedBy; }

    void served(java.time.Instant at, String by) {
        this.servedAt = at;
        this.servedBy = by;
    }
}
