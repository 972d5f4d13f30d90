package cn.silian.meetings;

import cn.silian.performance.ActivityKind;
import cn.silian.performance.DutyActivitiesChanged;
import cn.silian.performance.DutyActivity;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What attending a meeting counts as duty, by the meeting's kind; an absence after asking for
 * leave is in the record and worth nothing, one without is a negative item. A cancelled meeting
 * counts for nobody. A report-to-voters meeting counts through the voters module's report.
 */
@Component
class AttendanceActivity implements cn.silian.performance.DutyActivitySource {

    static final String TYPE = "invitation";

    /** An invitee's attendance was recorded, corrected or undone (uninvited, meeting cancelled). */
    record AttendanceRecorded(long sourceId, List<DutyActivity> activities) implements DutyActivitiesChanged {
        @Override
        public String sourceType() {
            return TYPE;
        }
    }

    private final EntityManager em;
    private final ApplicationEventPublisher events;

    AttendanceActivity(EntityManager em, ApplicationEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    void recorded(Meeting m, Invitation i) {
        events.publishEvent(new AttendanceRecorded(i.getId(), activities(i.getId(), i.deputyId(), i.attendance(), i.rsvp(),
                m.getId(), m.kind(), m.status(), m.startsAt(), m.title())));
    }

    void removed(Invitation i) {
        events.publishEvent(new AttendanceRecorded(i.getId(), List.of()));
    }

    /** After a change of the meeting itself (cancelled, moved, renamed): each recorded attendance anew. */
    void meetingChanged(Meeting m) {
        for (Invitation i : em.createQuery("select i from Invitation i where i.meetingId = :m and i.attendance is not null",
                Invitation.class).setParameter("m", m.getId()).getResultList()) {
            recorded(m, i);
        }
    }

    static ActivityKind attended(MeetingKind kind) {
        return switch (kind) {
            case JOINT -> ActivityKind.JOINT_MEETING_ATTENDED;
            case GROUP -> ActivityKind.GROUP_MEETING_ATTENDED;
            case STATION -> ActivityKind.STATION_MEETING_ATTENDED;
            case VISIT -> ActivityKind.RESEARCH_VISIT;
            case SESSION -> ActivityKind.SESSION_ATTENDED;
            case STANDING -> ActivityKind.STANDING_COMMITTEE_GUEST;
            case TRAINING -> ActivityKind.TRAINING_ATTENDED;
            case VOTERS -> null;
        };
    }

    /** The one rule, for the event and for the replay alike. */
    static List<DutyActivity> activities(long invitationId, Long deputyId, Attendance attendance, Rsvp rsvp, long meetingId,
                                         MeetingKind kind, MeetingStatus status, LocalDateTime startsAt, String title) {
        if (deputyId == null || attendance == null || status == MeetingStatus.CANCELLED) {
            return List.of();
        }
        ActivityKind activity = switch (attendance) {
            case PRESENT, LATE -> attended(kind);
            case ABSENT -> kind == MeetingKind.VOTERS ? null
                    : rsvp == Rsvp.DECLINED ? ActivityKind.MEETING_EXCUSED : ActivityKind.MEETING_ABSENT_UNEXCUSED;
        };
        if (activity == null) {
            return List.of();
        }
        return List.of(new DutyActivity(activity, deputyId, startsAt.toLocalDate(), TYPE, invitationId, title,
                "meetings/" + meetingId));
    }

    @Override
    public List<DutyActivity> activitiesIn(int year) {
        return read(year, null);
    }

    @Override
    public List<DutyActivity> activitiesOf(long deputyId, int year) {
        return read(year, deputyId);
    }

    private List<DutyActivity> read(int year, Long deputyId) {
        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        var query = em.createQuery("""
                        select i.id, i.deputyId, i.attendance, i.rsvp, m.id, m.kind, m.status, m.startsAt, m.title
                        from Invitation i, Meeting m where m.id = i.meetingId and i.attendance is not null
                          and m.startsAt >= :from and m.startsAt < :to""" + (deputyId == null ? "" : " and i.deputyId = :deputy"),
                        Object[].class)
                .setParameter("from", from).setParameter("to", from.plusYears(1));
        if (deputyId != null) {
            query.setParameter("deputy", deputyId);
        }
        List<DutyActivity> result = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            result.addAll(activities((Long) r[0], (Long) r[1], (Attendance) r[2], (Rsvp) r[3], (Long) r[4],
                    (MeetingKind) r[5], (MeetingStatus) r[6], (LocalDateTime) r[7], (String) r[8]));
        }
        return result;
    }
}
