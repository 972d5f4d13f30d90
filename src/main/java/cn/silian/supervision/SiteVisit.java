package cn.silian.supervision;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A site visit of the group: a research visit (a meeting of the meetings module) linked by its id. */
@Entity
@Table(name = "supervision_visit")
class SiteVisit extends BaseEntity {

    @Column(name = "supervised_id", nullable = false)
    private long supervisedId;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(nullable = false, length = 100)
    private String place;

    protected SiteVisit() {
    }

    SiteVisit(long supervisedId, long meetingId, LocalDateTime startsAt, String place) {
        this.supervisedId = supervisedId;
        this.meetingId = meetingId;
        this.startsAt = startsAt;
        this.place = place;
    }

    long meetingId() { return meetingId; }
    LocalDateTime startsAt() { return startsAt; }
    String place() { return place; }
}
