package cn.silian.campaigns;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A research month: its theme and period, the streets and groups taking part, and its summary at close. */
@Entity
@Table(name = "campaign")
class Campaign extends BaseEntity {

    @Column(nullable = false, length = 100)
    private String theme;
    @Column(length = 2000)
    private String description;
    @Column(name = "campaign_year", nullable = false)
    private int year;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private CampaignStatus status = CampaignStatus.DRAFT;
    @Column(name = "summary_text", length = 4000)
    private String summaryText;
    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 50)
    private String closedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_street", joinColumns = @JoinColumn(name = "campaign_id"))
    private List<Street> streets = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_group", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "group_id", nullable = false)
    private Set<Long> groupIds = new HashSet<>();

    /** A street taking part and its targets. */
    @Embeddable
    static class Street {
        @Column(name = "street_id", nullable = false)
        private long streetId;
        @Column(name = "visit_target", nullable = false)
        private int visitTarget;
        @Column(name = "opinion_target")
        private Integer opinionTarget;

        protected Street() {
        }

        Street(StreetTarget t) {
            this.streetId = t.streetId();
            this.visitTarget = t.visitTarget();
            this.opinionTarget = t.opinionTarget();
        }

        StreetTarget target() {
            return new StreetTarget(streetId, visitTarget, opinionTarget);
        }
    }

    protected Campaign() {
    }

    Campaign(CampaignDraft d, String by, Instant now) {
        this.createdBy = by;
        this.createdAt = now;
        apply(d);
    }

    final void apply(CampaignDraft d) {
        theme = d.theme().strip();
        description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        year = d.year();
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        streets.clear();
        d.streets().forEach(t -> streets.add(new Street(t)));
        groupIds.clear();
        groupIds.addAll(d.groupIds());
    }

    String theme() { return theme; }
    String description() { return description; }
    int year() { return year; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }
    CampaignStatus status() { return status; }
    String summaryText() { return summaryText; }
    Instant closedAt() { return closedAt; }

    List<StreetTarget> targets() {
        return streets.stream().map(Street::target).toList();
    }

    Set<Long> groupIds() {
        return Set.copyOf(groupIds);
    }

    boolean covers(long streetId) {
        return streets.stream().anyMatch(s -> s.streetId == streetId);
    }

    boolean inPeriod(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    void open(Instant at) {
        status = CampaignStatus.OPEN;
        openedAt = at;
    }

    void close(String summary, Instant at, String by) {
        status = CampaignStatus.CLOSED;
        summaryText = summary;
        closedAt = at;
        closedBy = by;
    }
}
