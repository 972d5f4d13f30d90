package cn.silian.opinions;

import cn.silian.people.Level;
import cn.silian.shared.BaseEntity;
import cn.silian.stations.ReceptionCategory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A deputy's suggestion. Its state changes only through {@link SuggestionService}, which asks
 * {@link SuggestionWorkflow} first; {@code leadUnitId}, {@code assignedOn} and {@code dueDate}
 * copy the active lead assignment for lists.
 */
@Entity
@Table(name = "suggestion")
class Suggestion extends BaseEntity {

    @Column(name = "suggestion_year", nullable = false)
    private int year;
    private Integer number;
    @Column(nullable = false, length = SuggestionDraft.TITLE_MAX)
    private String title;
    @Column(nullable = false, length = SuggestionDraft.BODY_MAX)
    private String body;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReceptionCategory category;
    @Column(name = "lead_deputy_id", nullable = false)
    private long leadDeputyId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "lead_level", length = 10)
    private Level leadLevel;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SuggestionState state;
    @Column(name = "round_no", nullable = false)
    private int round = 1;
    @Column(name = "lead_unit_id")
    private Long leadUnitId;
    @Column(name = "assigned_on")
    private LocalDate assignedOn;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "key_flag", nullable = false)
    private boolean key;
    @Column(name = "key_leader", length = 50)
    private String keyLeader;
    @Column(name = "key_followers", length = 200)
    private String keyFollowers;
    @Column(nullable = false)
    private boolean published;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "handling_group_id")
    private Long handlingGroupId;
    @Column(name = "not_filed_reason", length = 1000)
    private String notFiledReason;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "drafted_by", nullable = false, length = 50)
    private String draftedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Streets whose staff follow it: the lead's and the confirmed co-signers' home streets. */
    @ElementCollection
    @CollectionTable(name = "suggestion_street", joinColumns = @JoinColumn(name = "suggestion_id"))
    @Column(name = "street_id", nullable = false)
    private Set<Long> streetIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "suggestion_source", joinColumns = @JoinColumn(name = "suggestion_id"))
    private Set<SourceRef> sources = new LinkedHashSet<>();

    /** An opinion or finding a suggestion grew from. */
    @Embeddable
    record SourceRef(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "kind", nullable = false, length = 10) SourceKind kind,
                     @Column(name = "source_id", nullable = false) Long sourceId) {
    }

    protected Suggestion() {
    }

    Suggestion(int year, long leadDeputyId, Level leadLevel, String draftedBy) {
        this.year = year;
        this.leadDeputyId = leadDeputyId;
        this.leadLevel = leadLevel;
        this.draftedBy = draftedBy;
        this.state = SuggestionState.DRAFT;
        this.createdAt = OpinionsClock.now();
        this.updatedAt = createdAt;
    }

    void apply(SuggestionDraft draft) {
        this.title = draft.title().strip();
        this.body = draft.body().strip();
        this.category = draft.category();
        touch();
    }

    void touch() {
        this.updatedAt = OpinionsClock.now();
    }

    void moveTo(SuggestionState next) {
        if (next == SuggestionState.SUBMITTED) {
            submittedAt = OpinionsClock.now();
        }
        if (next == SuggestionState.CLOSED && state != SuggestionState.CLOSED) {
            closedAt = OpinionsClock.now();
        }
        this.state = next;
        touch();
    }

    void accept(int number) {
        this.number = number;
    }

    void notFiled(String reason) {
        this.notFiledReason = reason;
    }

    void assignLead(long unitId, LocalDate assignedOn, LocalDate dueDate) {
        this.leadUnitId = unitId;
        this.assignedOn = assignedOn;
        this.dueDate = dueDate;
    }

    void dueOn(LocalDate due) {
        this.dueDate = due;
    }

    void reopen() {
        this.round = 2;
    }

    void markKey(String leader, String followers) {
        this.key = true;
        this.keyLeader = leader;
        this.keyFollowers = followers;
        touch();
    }

    void unmarkKey() {
        this.key = false;
        this.keyLeader = null;
        this.keyFollowers = null;
        touch();
    }

    void publish(boolean on) {
        this.published = on;
        this.publishedAt = on ? OpinionsClock.now() : null;
        touch();
    }

    void joinGroup(Long groupId) {
        this.handlingGroupId = groupId;
        touch();
    }

    void followedBy(Set<Long> streets) {
        streetIds.retainAll(streets);
        streetIds.addAll(streets);
    }

    void addSource(SourceKind kind, long id) {
        sources.add(new SourceRef(kind, id));
    }

    String code() {
        return number == null ? null : String.format("%d-%03d", year, number);
    }

    int year() {
        return year;
    }

    Integer number() {
        return number;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    ReceptionCategory category() {
        return category;
    }

    long leadDeputyId() {
        return leadDeputyId;
    }

    Level leadLevel() {
        return leadLevel;
    }

    SuggestionState state() {
        return state;
    }

    int round() {
        return round;
    }

    Long leadUnitId() {
        return leadUnitId;
    }

    LocalDate assignedOn() {
        return assignedOn;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    boolean key() {
        return key;
    }

    String keyLeader() {
        return keyLeader;
    }

    String keyFollowers() {
        return keyFollowers;
    }

    boolean published() {
        return published;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Long handlingGroupId() {
        return handlingGroupId;
    }

    String notFiledReason() {
        return notFiledReason;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String draftedBy() {
        return draftedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<Long> streetIds() {
        return streetIds;
    }

    Set<SourceRef> sources() {
        return sources;
    }

    String describe() {
        return "state=" + state + ", round=" + round + (number != null ? ", number=" + code() : "")
                + (leadUnitId != null ? ", leadUnit=" + leadUnitId + ", due=" + dueDate : "")
                + ", key=" + key + ", published=" + published;
    }
}
