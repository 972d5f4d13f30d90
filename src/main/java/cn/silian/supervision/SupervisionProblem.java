package cn.silian.supervision;

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

/**
 * A problem the group found, sent to the department with a deadline. As with a suggestion, an
 * answer the lead finds unsatisfactory goes back to the department once; the second answer closes it.
 */
@Entity
@Table(name = "supervision_problem")
class SupervisionProblem extends BaseEntity {

    @Column(name = "supervised_id", nullable = false)
    private long supervisedId;
    @Column(nullable = false, length = 2000)
    private String body;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProblemState state = ProblemState.OPEN;
    @Column(length = 2000)
    private String answer;
    @Column(name = "answered_by", length = 50)
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(nullable = false)
    private boolean returned;
    private Boolean satisfied;
    @Column(name = "raised_by", nullable = false, length = 50)
    private String raisedBy;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected SupervisionProblem() {
    }

    SupervisionProblem(long supervisedId, String body, LocalDate dueOn, String raisedBy, Instant raisedAt) {
        this.supervisedId = supervisedId;
        this.body = body;
        this.dueOn = dueOn;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    long supervisedId() { return supervisedId; }
    String body() { return body; }
    LocalDate dueOn() { return dueOn; }
    ProblemState state() { return state; }
    String answer() { return answer; }
    Boolean satisfied() { return satisfied; }
    boolean returned() { return returned; }
    String raisedBy() { return raisedBy; }
    Instant raisedAt() { return raisedAt; }

    boolean awaitsAnswer() {
        return state == ProblemState.OPEN || state == ProblemState.REOPENED;
    }

    boolean overdue(LocalDate today) {
        return awaitsAnswer() && today.isAfter(dueOn);
    }

    void answer(String text, String by, Instant at) {
        answer = text;
        answeredBy = by;
        answeredAt = at;
        state = ProblemState.ANSWERED;
    }

    /** Satisfied closes it; unsatisfied sends it back once, and closes it the second time. */
    void rate(boolean satisfiedWithAnswer, LocalDate newDue, Instant at) {
        if (satisfiedWithAnswer || returned) {
            satisfied = satisfiedWithAnswer;
            state = ProblemState.CLOSED;
            closedAt = at;
        } else {
            returned = true;
            dueOn = newDue;
            state = ProblemState.REOPENED;
        }
    }
}
