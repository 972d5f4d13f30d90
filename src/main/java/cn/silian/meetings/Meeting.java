package cn.silian.meetings;

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
import java.time.LocalDateTime;
import java.util.Locale;

@Entity
@Table(name = "meeting")
class Meeting extends BaseEntity {

    @Column(nullable = false, length = 100)
    private String title;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private MeetingKind kind;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;
    @Column(length = 100)
    private String place;
    /** The place folded for comparison, so "三楼会议室" and " 三楼会议室" are one room. */
    @Column(name = "place_key", length = 100)
    private String placeKey;
    @Column(name = "station_id")
    private Long stationId;
    @Column(name = "group_id")
    private Long groupId;
    @Column(name = "online_link", length = 300)
    private String onlineLink;
    @Column(length = 2000)
    private String description;
    @Column(nullable = false)
    private boolean closed;
    @Column(name = "delegates_allowed", nullable = false)
    private boolean delegatesAllowed;
    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;
    @Column(name = "check_in_code", nullable = false, length = 6)
    private String checkInCode;
    @Column(name = "minutes_text", length = 6000)
    private String minutes;
    @Column(length = 2000)
    private String decisions;
    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;
    /** Bumped on every change calendars must see (iCalendar SEQUENCE). */
    @Column(name = "sequence_no", nullable = false)
    private int sequence;
    @Column(nullable = false, length = 50)
    private String organiser;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Meeting() {
    }

    Meeting(MeetingDraft draft, String organiser, String checkInCode) {
        this.status = MeetingStatus.DRAFT;
        this.organiser = organiser;
        this.checkInCode = checkInCode;
        this.createdAt = Instant.now();
        apply(draft);
    }

    void apply(MeetingDraft d) {
        this.title = d.getTitle().strip();
        this.kind = d.getKind();
        this.startsAt = d.getStartsAt();
        this.endsAt = d.getEndsAt();
        this.place = InputRules.clean(d.getPlace());
        this.placeKey = placeKey(d.getPlace());
        this.stationId = d.getStationId();
        this.groupId = d.getGroupId();
        this.onlineLink = InputRules.clean(d.getOnlineLink());
        this.description = InputRules.clean(d.getDescription());
        this.closed = d.isClosed();
        this.delegatesAllowed = d.isDelegatesAllowed();
        this.sequence++;
        this.updatedAt = Instant.now();
    }

    static String placeKey(String place) {
        String clean = InputRules.clean(place);
        return clean == null ? null : clean.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    void moveTo(MeetingStatus next) {
        this.status = next;
        this.sequence++;
        this.updatedAt = Instant.now();
    }

    void cancel(String reason) {
        this.cancelReason = reason;
        moveTo(MeetingStatus.CANCELLED);
    }

    void minutes(String minutes, String decisions) {
        this.minutes = InputRules.clean(minutes);
        this.decisions = InputRules.clean(decisions);
        this.updatedAt = Instant.now();
    }

    void publishMinutes() {
        this.minutesPublishedAt = Instant.now();
        moveTo(MeetingStatus.MINUTES_PUBLISHED);
    }

    void reminded(Instant at) {
        this.reminderSentAt = at;
    }

    MeetingDraft toDraft() {
        MeetingDraft d = new MeetingDraft();
        d.setTitle(title);
        d.setKind(kind);
        d.setStartsAt(startsAt);
        d.setEndsAt(endsAt);
        d.setPlace(place);
        d.setStationId(stationId);
        d.setGroupId(groupId);
        d.setOnlineLink(onlineLink);
        d.setDescription(description);
        d.setClosed(closed);
        d.setDelegatesAllowed(delegatesAllowed);
        return d;
    }

    String describe() {
        return "title=" + title + ", kind=" + kind + ", status=" + status + ", " + startsAt + ".." + endsAt
                + ", place=" + place + ", station=" + stationId + ", group=" + groupId + ", closed=" + closed;
    }

    String title() { return title; }
    MeetingKind kind() { return kind; }
    MeetingStatus status() { return status; }
    LocalDateTime startsAt() { return startsAt; }
    LocalDateTime endsAt() { return endsAt; }
    String place() { return place; }
    Long stationId() { return stationId; }
    Long groupId() { return groupId; }
    String onlineLink() { return onlineLink; }
    String description() { return description; }
    boolean closed() { return closed; }
    boolean delegatesAllowed() { return delegatesAllowed; }
    String cancelReason() { return cancelReason; }
    String checkInCode() { return checkInCode; }
    String minutes() { return minutes; }
    String decisions() { return decisions; }
    Instant minutesPublishedAt() { return minutesPublishedAt; }
    Instant reminderSentAt() { return reminderSentAt; }
    int sequence() { return sequence; }
    String organiser() { return organiser; }
}
