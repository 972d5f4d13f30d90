package cn.silian.meetings;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A follow-up action of the minutes, assigned to one person; it appears on his home page. */
@Entity
@Table(name = "meeting_action")
class MeetingAction extends BaseEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "assignee_deputy_id", nullable = false)
    private Long assigneeId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_on")
    private LocalDate doneOn;

    protected MeetingAction() {
    }

    MeetingAction(Long meetingId, String title, Long assigneeId, LocalDate dueOn) {
        this.meetingId = meetingId;
        this.title = title.strip();
        this.assigneeId = assigneeId;
        this.dueOn = dueOn;
    }

    void done(LocalDate on) {
        this.doneOn = on;
    }

    Long meetingId() { return meetingId; }
    String title() { return title; }
    Long assigneeId() { return assigneeId; }
    LocalDate dueOn() { return dueOn; }
    LocalDate doneOn() { return doneOn; }
}
