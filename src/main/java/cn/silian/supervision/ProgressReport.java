package cn.silian.supervision;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The department's report of where a project stands: the milestone reached and the percent done. */
@Entity
@Table(name = "supervision_progress")
class ProgressReport extends BaseEntity {

    @Column(name = "supervised_id", nullable = false)
    private long supervisedId;
    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;
    @Column(nullable = false, length = 200)
    private String milestone;
    @Column(name = "percent_done", nullable = false)
    private int percentDone;
    @Column(length = 2000)
    private String note;
    @Column(name = "milestone_id")
    private Long milestoneId;
    @Column(name = "reported_by", nullable = false, length = 50)
    private String reportedBy;
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressReport() {
    }

    ProgressReport(long supervisedId, ProgressDraft d, String reportedBy, Instant reportedAt) {
        this.supervisedId = supervisedId;
        this.reportedOn = d.reportedOn();
        this.milestone = d.milestone().strip();
        this.percentDone = d.percent();
        this.note = cn.silian.shared.InputRules.clean(d.note());
        this.milestoneId = d.milestoneId();
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    long supervisedId() { return supervisedId; }
    LocalDate reportedOn() { return reportedOn; }
    String milestone() { return milestone; }
    int percentDone() { return percentDone; }
    String note() { return note; }
    Long milestoneId() { return milestoneId; }
    String reportedBy() { return reportedBy; }
}
