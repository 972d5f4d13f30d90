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
import java.time.LocalDate;

/** The reception duty of one station for a period: drafted, adjusted by hand, then published. */
@Entity
@Table(name = "duty_plan")
class DutyPlan extends BaseEntity {

    @Column(name = "station_id", nullable = false)
    private Long stationId;
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;
    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private PlanStatus status = PlanStatus.DRAFT;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by", length = 50)
    private String publishedBy;
    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DutyPlan() {
    }

    DutyPlan(Long stationId, LocalDate fromDate, LocalDate toDate, String createdBy) {
        this.stationId = stationId;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    void publish(String by) {
        this.status = PlanStatus.PUBLISHED;
        this.publishedAt = Instant.now();
        this.publishedBy = by;
    }

    Long stationId() { return stationId; }
    LocalDate fromDate() { return fromDate; }
    LocalDate toDate() { return toDate; }
    PlanStatus status() { return status; }
    Instant publishedAt() { return publishedAt; }
}
