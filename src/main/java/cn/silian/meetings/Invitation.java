package cn.silian.meetings;

import cn.silian.people.Level;
import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

@Entity
@Table(name = "invitation")
class Invitation extends BaseEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;
    @Column(name = "deputy_id", nullable = false)
    private Long deputyId;
    @Column(name = "street_id")
    private Long streetId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "member_level", length = 10)
    private Level level;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;
    @Column(name = "invited_by", nullable = false, length = 50)
    private String invitedBy;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Rsvp rsvp;
    @Column(name = "rsvp_reason", length = 500)
    private String rsvpReason;
    @Column(name = "delegate_name", length = 50)
    private String delegateName;
    @Column(name = "rsvp_at")
    private Instant rsvpAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private Attendance attendance;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by", length = 50)
    private String checkedInBy;
    @Column(name = "absence_reason", length = 500)
    private String absenceReason;

    protected Invitation() {
    }

    Invitation(Long meetingId, Long deputyId, Long streetId, Level level, String invitedBy) {
        this.meetingId = meetingId;
        this.deputyId = deputyId;
        this.streetId = streetId;
        this.level = level;
        this.invitedAt = Instant.now();
        this.invitedBy = invitedBy;
        this.rsvp = Rsvp.PENDING;
    }

    void respond(Rsvp answer, String reason, String delegate) {
        this.rsvp = answer;
        this.rsvpReason = reason;
        this.delegateName = delegate;
        this.rsvpAt = Instant.now();
    }

    void attend(Attendance value, String by, String reason) {
        this.attendance = value;
        this.checkedInAt = value == Attendance.ABSENT ? null : Instant.now();
        this.checkedInBy = by;
        this.absenceReason = reason;
    }

    Long meetingId() { return meetingId; }
    Long deputyId() { return deputyId; }
    Long streetId() { return streetId; }
    Level level() { return level; }
    Instant invitedAt() { return invitedAt; }
    Rsvp rsvp() { return rsvp; }
    String rsvpReason() { return rsvpReason; }
    String delegateName() { return delegateName; }
    Instant rsvpAt() { return rsvpAt; }
    Attendance attendance() { return attendance; }
    Instant checkedInAt() { return checkedInAt; }
    String absenceReason() { return absenceReason; }
}
