package cn.silian.supervision;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An adopted project as this module keeps it: a snapshot of what the ballot adopted (title,
 * department, streets, year), its supervision group, the percent of its latest progress report and,
 * once the year's rating is published, its figures.
 */
@Entity
@Table(name = "supervised_project")
class SupervisedProject extends BaseEntity {

    @Column(name = "project_id", nullable = false, unique = true)
    private long projectId;
    @Column(name = "project_year", nullable = false)
    private int year;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(nullable = false, length = 2000)
    private String description;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "lead_deputy_id")
    private Long leadDeputyId;
    @Column(name = "percent_done", nullable = false)
    private int percentDone;
    @Column(name = "latest_milestone", length = 200)
    private String latestMilestone;
    @Column(name = "rated_satisfied", nullable = false)
    private int ratedSatisfied;
    @Column(name = "rated_basically", nullable = false)
    private int ratedBasically;
    @Column(name = "rated_unsatisfied", nullable = false)
    private int ratedUnsatisfied;
    @Column(name = "rating_published", nullable = false)
    private boolean ratingPublished;
    @Column(name = "adopted_at", nullable = false)
    private Instant adoptedAt;
    @ElementCollection
    @CollectionTable(name = "supervised_project_street", joinColumns = @JoinColumn(name = "supervised_id"))
    @Column(name = "street_id", nullable = false)
    private Set<Long> streetIds = new LinkedHashSet<>();
    @ElementCollection
    @CollectionTable(name = "supervision_member", joinColumns = @JoinColumn(name = "supervised_id"))
    @Column(name = "deputy_id", nullable = false)
    private Set<Long> memberIds = new LinkedHashSet<>();

    protected SupervisedProject() {
    }

    SupervisedProject(long projectId, int year, String title, String description, Long unitId, Set<Long> streetIds,
                      Instant adoptedAt) {
        this.projectId = projectId;
        this.year = year;
        this.title = title;
        this.description = description == null ? "" : description;
        this.unitId = unitId;
        this.streetIds.addAll(streetIds);
        this.adoptedAt = adoptedAt;
    }

    long projectId() { return projectId; }
    int year() { return year; }
    String title() { return title; }
    String description() { return description; }
    Long unitId() { return unitId; }
    Long leadDeputyId() { return leadDeputyId; }
    int percentDone() { return percentDone; }
    String latestMilestone() { return latestMilestone; }
    Set<Long> streetIds() { return Set.copyOf(streetIds); }
    Set<Long> memberIds() { return Set.copyOf(memberIds); }
    boolean ratingPublished() { return ratingPublished; }

    RatingFigures figures() {
        return new RatingFigures(ratedSatisfied, ratedBasically, ratedUnsatisfied);
    }

    /** Lead or member: the deputies whose project this is. */
    boolean inGroup(Long deputyId) {
        return deputyId != null && (deputyId.equals(leadDeputyId) || memberIds.contains(deputyId));
    }

    void group(Long lead, Set<Long> members) {
        this.leadDeputyId = lead;
        this.memberIds.clear();
        this.memberIds.addAll(members);
        if (lead != null) {
            this.memberIds.add(lead);
        }
    }

    void progressed(int percent, String milestone) {
        this.percentDone = percent;
        this.latestMilestone = milestone;
    }

    void publishFigures(RatingFigures f) {
        ratedSatisfied = f.satisfied();
        ratedBasically = f.basically();
        ratedUnsatisfied = f.unsatisfied();
        ratingPublished = true;
    }
}
