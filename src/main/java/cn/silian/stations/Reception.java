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
import java.time.LocalDateTime;

/** One visit heard at a station: who came (optional), the concern, and what happened. */
@Entity
@Table(name = "reception")
class Reception extends BaseEntity {

    @Column(name = "station_id", nullable = false)
    private Long stationId;
    @Column(name = "shift_id")
    private Long shiftId;
    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;
    @Column(name = "visitor_name", length = 50)
    private String visitorName;
    @Column(name = "visitor_phone", length = 20)
    private String visitorPhone;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReceptionCategory category;
    @Column(nullable = false, length = 2000)
    private String concern;
    @Column(length = 2000)
    private String outcome;
    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reception() {
    }

    Reception(Long stationId, Long shiftId, ReceptionDraft d, String recordedBy) {
        this.stationId = stationId;
        this.shiftId = shiftId;
        this.receivedAt = d.receivedAt();
        this.visitorName = cn.silian.shared.InputRules.clean(d.visitorName());
        this.visitorPhone = cn.silian.shared.InputRules.clean(d.visitorPhone());
        this.category = d.category();
        this.concern = d.concern().strip();
        this.outcome = cn.silian.shared.InputRules.clean(d.outcome());
        this.recordedBy = recordedBy;
        this.createdAt = Instant.now();
    }

    Long stationId() { return stationId; }
    Long shiftId() { return shiftId; }
    LocalDateTime receivedAt() { return receivedAt; }
    String visitorName() { return visitorName; }
    String visitorPhone() { return visitorPhone; }
    ReceptionCategory category() { return category; }
    String concern() { return concern; }
    String outcome() { return outcome; }
    String recordedBy() { return recordedBy; }
}
