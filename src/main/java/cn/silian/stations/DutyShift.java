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
}
