package cn.silian.topics;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "group_milestone")
class Milestone extends BaseEntity {

    @Column(name = "group_id", nullable = false)
    private Long groupId;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {
    }

    Milestone(Long groupId, String title, LocalDate dueOn) {
        this.groupId = groupId;
        apply(title, dueOn);
    }

    void apply(String title, LocalDate dueOn) {
        this.title = title.strip();
        this.dueOn = dueOn;
    }

    void done(LocalDate on) {
        this.doneOn = on;
    }

    MilestoneRow toRow(LocalDate today) {
        return new MilestoneRow(getId(), title, dueOn, doneOn, doneOn == null && dueOn.isBefore(today), getVersion());
    }

    Long groupId() { return groupId; }
    String title() { return title; }
    LocalDate dueOn() { return dueOn; }
    LocalDate doneOn() { return doneOn; }
}
