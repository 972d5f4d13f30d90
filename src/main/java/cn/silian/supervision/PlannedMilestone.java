package cn.silian.supervision;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A milestone the office planned for a project; a progress report may mark it reached. */
@Entity
@Table(name = "supervision_milestone")
class PlannedMilestone extends BaseEntity {

    @Column(name = "supervised_id", nullable = false)
    private long supervisedId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "reached_on")
    private LocalDate reachedOn;

    protected PlannedMilestone() {
    }

    PlannedMilestone(long supervisedId, String title, LocalDate dueOn) {
        this.supervisedId = supervisedId;
        this.title = title;
        this.dueOn = dueOn;
    }

    long supervisedId() { return supervisedId; }
    String title() { return title; }
    LocalDate dueOn() { return dueOn; }
    LocalDate reachedOn() { return reachedOn; }

    void reach(LocalDate on) {
        reachedOn = on;
    }
}
