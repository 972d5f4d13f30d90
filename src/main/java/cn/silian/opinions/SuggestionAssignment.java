package cn.silian.opinions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A suggestion assigned to a unit, lead (主办) or co-unit (协办). For a co-unit {@code dueDate}
 * is the deadline of its opinion to the lead unit. A pending re-assignment request keeps its
 * reason and time; a pending extension request the due date asked for.
 */
@Entity
@Table(name = "suggestion_assignment")
class SuggestionAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "lead_unit", nullable = false)
    private boolean lead;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_by", length = 50)
    private String signedBy;
    @Column(name = "co_opinion", length = 4000)
    private String coOpinion;
    @Column(name = "co_opinion_at")
    private Instant coOpinionAt;
    @Column(name = "reassign_reason", length = 1000)
    private String reassignReason;
    @Column(name = "reassign_requested_at")
    private Instant reassignRequestedAt;
    @Column(name = "extension_due")
    private LocalDate extensionDue;
    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;
    @Column(name = "soon_reminded_at")
    private Instant soonRemindedAt;
    @Column(name = "overdue_reminded_at")
    private Instant overdueRemindedAt;

    protected SuggestionAssignment() {
    }

    SuggestionAssignment(long suggestionId, long unitId, boolean lead, LocalDate assignedOn, LocalDate dueDate) {
        this.suggestionId = suggestionId;
        this.unitId = unitId;
        this.lead = lead;
        this.assignedOn = assignedOn;
        this.dueDate = dueDate;
    }

    void sign(String by) {
        this.signedAt = OpinionsClock.now();
        this.signedBy = by;
    }

    void coOpinion(String text) {
        this.coOpinion = text;
        this.coOpinionAt = OpinionsClock.now();
    }

    void requestReassign(String reason) {
        this.reassignReason = reason;
        this.reassignRequestedAt = OpinionsClock.now();
    }

    void clearReassign() {
        this.reassignRequestedAt = null;
    }

    void deactivate() {
        this.active = false;
        clearReassign();
        clearExtension();
    }

    void requestExtension(LocalDate due, String reason) {
        this.extensionDue = due;
        this.extensionReason = reason;
    }

    void clearExtension() {
        this.extensionDue = null;
    }

    /** A new deadline (extension, re-handling): it may be reminded again. */
    void dueOn(LocalDate due) {
        this.dueDate = due;
        this.soonRemindedAt = null;
        this.overdueRemindedAt = null;
    }

    void remindedSoon() {
        this.soonRemindedAt = Instant.now();
    }

    void remindedOverdue() {
        this.overdueRemindedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    long suggestionId() {
        return suggestionId;
    }

    long unitId() {
        return unitId;
    }

    boolean lead() {
        return lead;
    }

    boolean active() {
        return active;
    }

    LocalDate assignedOn() {
        return assignedOn;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Instant signedAt() {
        return signedAt;
    }

    String coOpinion() {
        return coOpinion;
    }

    Instant coOpinionAt() {
        return coOpinionAt;
    }

    boolean reassignPending() {
        return reassignRequestedAt != null;
    }

    String reassignReason() {
        return reassignReason;
    }

    LocalDate extensionDue() {
        return extensionDue;
    }

    String extensionReason() {
        return extensionReason;
    }

    Instant soonRemindedAt() {
        return soonRemindedAt;
    }

    Instant overdueRemindedAt() {
        return overdueRemindedAt;
    }
}
