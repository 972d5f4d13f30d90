package cn.silian.performance;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Points a deputy earned for a duty on a day: from an activity another module recorded
 * (source and kind set) or entered by the office with a reason. Withdrawn entries are kept.
 */
@Entity
@Table(name = "ledger_entry")
class LedgerEntry extends BaseEntity {

    @Column(name = "deputy_id", nullable = false)
    private Long deputyId;
    @Column(name = "entry_year", nullable = false)
    private int year;
    @Column(name = "duty_id", nullable = false)
    private Long dutyId;
    @Column(name = "earned_on", nullable = false)
    private LocalDate earnedOn;
    @Column(nullable = false)
    private int points;
    @Column(name = "adjusted_points")
    private Integer adjustedPoints;
    @Column(name = "source_type", length = 30)
    private String sourceType;
    @Column(name = "source_id")
    private Long sourceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", length = 40)
    private ActivityKind activityKind;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(length = 200)
    private String link;
    @Column(length = 500)
    private String reason;
    @Column(name = "evidence_document_id")
    private Long evidenceDocumentId;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected LedgerEntry() {
    }

    /** An entry earned from an activity. */
    static LedgerEntry earned(DutyActivity activity, Duty duty, Instant now, String by) {
        LedgerEntry e = new LedgerEntry();
        e.deputyId = activity.deputyId();
        e.sourceType = activity.sourceType();
        e.sourceId = activity.sourceId();
        e.activityKind = activity.kind();
        e.createdAt = now;
        e.createdBy = by;
        e.earn(activity, duty);
        return e;
    }

    /** An entry the office enters by hand. */
    static LedgerEntry manual(long deputyId, Duty duty, LocalDate on, int points, String title, String reason,
                              Long evidenceDocumentId, Instant now, String by) {
        LedgerEntry e = new LedgerEntry();
        e.deputyId = deputyId;
        e.dutyId = duty.getId();
        e.year = on.getYear();
        e.earnedOn = on;
        e.points = points;
        e.title = title;
        e.reason = reason;
        e.evidenceDocumentId = evidenceDocumentId;
        e.createdAt = now;
        e.createdBy = by;
        return e;
    }

    /** Takes the activity's current truth under the scheme of its year; an earlier withdrawal is undone. */
    void earn(DutyActivity activity, Duty duty) {
        this.dutyId = duty.getId();
        this.year = activity.on().getYear();
        this.earnedOn = activity.on();
        this.points = duty.points();
        this.title = activity.title().length() > 300 ? activity.title().substring(0, 300) : activity.title();
        this.link = activity.link();
        this.withdrawnAt = null;
    }

    void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    void adjust(Integer points) {
        this.adjustedPoints = points;
    }

    boolean sameAs(DutyActivity activity, Duty duty) {
        return withdrawnAt == null && dutyId.equals(duty.getId()) && earnedOn.equals(activity.on())
                && points == duty.points() && title.equals(activity.title().length() > 300
                ? activity.title().substring(0, 300) : activity.title())
                && java.util.Objects.equals(link, activity.link());
    }

    Long deputyId() { return deputyId; }
    int year() { return year; }
    Long dutyId() { return dutyId; }
    LocalDate earnedOn() { return earnedOn; }
    int points() { return points; }
    Integer adjustedPoints() { return adjustedPoints; }
    /** What the entry counts: the appeal's decision if there was one. */
    int effectivePoints() { return adjustedPoints != null ? adjustedPoints : points; }
    String sourceType() { return sourceType; }
    Long sourceId() { return sourceId; }
    ActivityKind activityKind() { return activityKind; }
    String title() { return title; }
    String link() { return link; }
    String reason() { return reason; }
    Long evidenceDocumentId() { return evidenceDocumentId; }
    Instant withdrawnAt() { return withdrawnAt; }
    boolean withdrawn() { return withdrawnAt != null; }
    boolean manual() { return sourceType == null; }
    Instant createdAt() { return createdAt; }
    String createdBy() { return createdBy; }
}
