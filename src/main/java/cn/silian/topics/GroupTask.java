package cn.silian.topics;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.InputRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** A task of a group, assigned to one of its members. */
@Entity
@Table(name = "group_task")
class GroupTask extends BaseEntity {

    @Column(name = "group_id", nullable = false)
    private Long groupId;
    @Column(name = "milestone_id")
    private Long milestoneId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 2000)
    private String description;
    @Column(name = "assignee_deputy_id")
    private Long assigneeId;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private TaskStatus status;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GroupTask() {
    }

    GroupTask(Long groupId, TaskDraft draft, String createdBy) {
        this.groupId = groupId;
        this.status = TaskStatus.TODO;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        apply(draft);
    }

    void apply(TaskDraft d) {
        this.title = d.getTitle().strip();
        this.description = InputRules.clean(d.getDescription());
        this.assigneeId = d.getAssigneeId();
        this.milestoneId = d.getMilestoneId();
        this.dueOn = d.getDueOn();
        this.updatedAt = Instant.now();
    }

    void status(TaskStatus next, LocalDate today) {
        this.status = next;
        this.doneOn = next == TaskStatus.DONE ? today : null;
        this.updatedAt = Instant.now();
    }

    TaskDraft toDraft() {
        TaskDraft d = new TaskDraft();
        d.setTitle(title);
        d.setDescription(description);
        d.setAssigneeId(assigneeId);
        d.setMilestoneId(milestoneId);
        d.setDueOn(dueOn);
        return d;
    }

    String describe() {
        return "group=" + groupId + ", title=" + title + ", assignee=" + assigneeId + ", due=" + dueOn + ", status=" + status;
    }

    Long groupId() { return groupId; }
    Long milestoneId() { return milestoneId; }
    String title() { return title; }
    String description() { return description; }
    Long assigneeId() { return assigneeId; }
    LocalDate dueOn() { return dueOn; }
    TaskStatus status() { return status; }
    LocalDate doneOn() { return doneOn; }
    boolean overdue(LocalDate today) { return status != TaskStatus.DONE && dueOn.isBefore(today); }
}
