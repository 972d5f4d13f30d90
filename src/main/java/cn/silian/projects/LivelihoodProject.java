package cn.silian.projects;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One candidate livelihood project (民生实事候选项目). Its state changes only through the methods
 * below, each of which checks the move is allowed; the services check who may call them.
 * {@code projectYear} is the year the project would be carried out in (the campaign's year).
 */
@Entity
@Table(name = "livelihood_project")
class LivelihoodProject extends BaseEntity {

    @Column(name = "campaign_id")
    private Long campaignId;
    @Column(name = "project_year", nullable = false)
    private int projectYear;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(nullable = false, length = 2000)
    private String description;
    /** In 万元 (ten thousand yuan), as the district's budget papers count. */
    @Column(name = "estimated_cost", precision = 14, scale = 2)
    private BigDecimal estimatedCost;
    /** The responsible department: a handling unit of the opinions module. */
    @Column(name = "unit_id")
    private Long unitId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProjectState state;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "proposer_kind", nullable = false, length = 10)
    private ProposerKind proposerKind;
    @Column(name = "proposer_deputy_id")
    private Long proposerDeputyId;
    @Column(name = "proposer_street_id")
    private Long proposerStreetId;
    @Column(name = "proposed_by", nullable = false, length = 50)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "merged_into")
    private Long mergedInto;
    /** The office's reason for shortlisting, declining or merging. */
    @Column(name = "decision_reason", length = 500)
    private String decisionReason;
    @Column(name = "decided_by", length = 50)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "livelihood_project_street", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "street_id", nullable = false)
    private Set<Long> streetIds = new LinkedHashSet<>();

    /** The public opinions the project grew from. */
    @ElementCollection
    @CollectionTable(name = "livelihood_project_opinion", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "opinion_id", nullable = false)
    private Set<Long> opinionIds = new LinkedHashSet<>();

    protected LivelihoodProject() {
    }

    LivelihoodProject(Long campaignId, int projectYear, ProposerKind proposerKind, Long proposerDeputyId,
                      Long proposerStreetId, String proposedBy, Instant proposedAt) {
        this.campaignId = campaignId;
        this.projectYear = projectYear;
        this.proposerKind = proposerKind;
        this.proposerDeputyId = proposerDeputyId;
        this.proposerStreetId = proposerStreetId;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.state = ProjectState.PROPOSED;
    }

    /** Title, text, cost, department and streets, while the office has not yet placed it on a ballot. */
    void describe(String title, String description, BigDecimal estimatedCost, Long unitId, Set<Long> streetIds) {
        requireState(ProjectState.PROPOSED, ProjectState.SHORTLISTED);
        this.title = title;
        this.description = description;
        this.estimatedCost = estimatedCost;
        this.unitId = unitId;
        this.streetIds.clear();
        this.streetIds.addAll(streetIds);
    }

    void linkOpinions(Set<Long> opinionIds) {
        this.opinionIds.addAll(opinionIds);
    }

    void shortlist(String reason, String by, Instant at) {
        requireState(ProjectState.PROPOSED, ProjectState.DECLINED);
        decide(ProjectState.SHORTLISTED, reason, by, at);
    }

    void decline(String reason, String by, Instant at) {
        requireState(ProjectState.PROPOSED, ProjectState.SHORTLISTED);
        decide(ProjectState.DECLINED, reason, by, at);
    }

    /** Folds this project into {@code target}: its streets and opinions go with it. */
    void mergeInto(LivelihoodProject target, String reason, String by, Instant at) {
        requireState(ProjectState.PROPOSED, ProjectState.SHORTLISTED, ProjectState.DECLINED);
        if (target == this || target.state == ProjectState.MERGED) {
            throw new InvalidInputException("mergeInto", "project.merge.invalid");
        }
        target.streetIds.addAll(streetIds);
        target.opinionIds.addAll(opinionIds);
        mergedInto = target.getId();
        decide(ProjectState.MERGED, reason, by, at);
    }

    void placeOnBallot() {
        requireState(ProjectState.SHORTLISTED);
        state = ProjectState.ON_BALLOT;
    }

    /** A ballot still in preparation gives its candidates back to the shortlist. */
    void takeOffBallot() {
        requireState(ProjectState.ON_BALLOT);
        state = ProjectState.SHORTLISTED;
    }

    void settle(boolean adopted) {
        requireState(ProjectState.ON_BALLOT);
        state = adopted ? ProjectState.ADOPTED : ProjectState.NOT_ADOPTED;
    }

    private void decide(ProjectState next, String reason, String by, Instant at) {
        state = next;
        decisionReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    private void requireState(ProjectState... allowed) {
        for (ProjectState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new InvalidInputException(null, "project.state.wrong");
    }

    Long campaignId() { return campaignId; }
    int projectYear() { return projectYear; }
    String title() { return title; }
    String description() { return description; }
    BigDecimal estimatedCost() { return estimatedCost; }
    Long unitId() { return unitId; }
    ProjectState state() { return state; }
    ProposerKind proposerKind() { return proposerKind; }
    Long proposerDeputyId() { return proposerDeputyId; }
    Long proposerStreetId() { return proposerStreetId; }
    String proposedBy() { return proposedBy; }
    Instant proposedAt() { return proposedAt; }
    Long mergedInto() { return mergedInto; }
    String decisionReason() { return decisionReason; }
    String decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
    Set<Long> streetIds() { return Set.copyOf(streetIds); }
    Set<Long> opinionIds() { return Set.copyOf(opinionIds); }
}
