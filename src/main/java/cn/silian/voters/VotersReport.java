package cn.silian.voters;

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
import java.time.LocalDateTime;

/**
 * One deputy's report of a plan: its form, his text, and for an oral report its rating meeting
 * and the tally of the sheets, published or not.
 */
@Entity
@Table(name = "voters_report")
class VotersReport extends BaseEntity {

    static final int BODY_MAX = 10_000;

    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(name = "deputy_id", nullable = false)
    private long deputyId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ReportForm form;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReportState state = ReportState.DRAFT;
    @Column(length = BODY_MAX)
    private String body;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "meeting_at")
    private LocalDateTime meetingAt;
    @Column(name = "meeting_place", length = 200)
    private String meetingPlace;
    @Column(length = 500)
    private String invited;
    @Column(nullable = false)
    private int satisfied;
    @Column(nullable = false)
    private int basically;
    @Column(nullable = false)
    private int unsatisfied;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected VotersReport() {
    }

    VotersReport(long planId, long deputyId, ReportForm form) {
        this.planId = planId;
        this.deputyId = deputyId;
        this.form = form;
    }

    long planId() { return planId; }
    long deputyId() { return deputyId; }
    ReportForm form() { return form; }
    ReportState state() { return state; }
    String body() { return body; }
    Instant submittedAt() { return submittedAt; }
    Long meetingId() { return meetingId; }
    LocalDateTime meetingAt() { return meetingAt; }
    String meetingPlace() { return meetingPlace; }
    String invited() { return invited; }
    Instant publishedAt() { return publishedAt; }

    Tally tally() {
        return new Tally(satisfied, basically, unsatisfied);
    }

    boolean published() {
        return publishedAt != null;
    }

    boolean submitted() {
        return state == ReportState.SUBMITTED;
    }

    /** What earns the duty: a written report handed in, an oral report's rating made known. */
    boolean done() {
        return form == ReportForm.WRITTEN ? submitted() : published();
    }

    void formTo(ReportForm form) {
        this.form = form;
    }

    void write(String body) {
        this.body = body;
    }

    void submit(Instant at) {
        state = ReportState.SUBMITTED;
        submittedAt = at;
    }

    void schedule(Long meetingId, LocalDateTime at, String place, String invited) {
        this.meetingId = meetingId;
        this.meetingAt = at;
        this.meetingPlace = place;
        this.invited = invited;
    }

    void add(Tally more) {
        satisfied += more.satisfied();
        basically += more.basically();
        unsatisfied += more.unsatisfied();
    }

    void publish(Instant at) {
        publishedAt = at;
    }

    void unpublish() {
        publishedAt = null;
    }

    /** The day the duty was done, within the plan's year (a report handed in on 2 January counts for its year). */
    LocalDate doneOn(int year) {
        LocalDate on = form == ReportForm.ORAL && meetingAt != null ? meetingAt.toLocalDate()
                : (form == ReportForm.ORAL ? publishedAt : submittedAt).atZone(cn.silian.shared.Formats.ZONE).toLocalDate();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return on.isBefore(first) ? first : on.isAfter(last) ? last : on;
    }
}
