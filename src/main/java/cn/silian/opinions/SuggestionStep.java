package cn.silian.opinions;

import cn.silian.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One step of the timeline; written once, never changed. */
@Entity
@Table(name = "suggestion_step")
class SuggestionStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;
    @Column(name = "round_no", nullable = false)
    private int round;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SuggestionAction action;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_state", length = 20)
    private SuggestionState fromState;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_state", nullable = false, length = 20)
    private SuggestionState toState;
    @Column(nullable = false, length = 50)
    private String actor;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "actor_role", nullable = false, length = 20)
    private Role actorRole;
    @Column(name = "on_behalf_unit_id")
    private Long onBehalfUnitId;
    @Column(name = "comment_text", length = 2000)
    private String comment;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected SuggestionStep() {
    }

    SuggestionStep(long suggestionId, int round, SuggestionAction action, SuggestionState from, SuggestionState to,
                   String actor, Role actorRole, Long onBehalfUnitId, String comment) {
        this.suggestionId = suggestionId;
        this.round = round;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.actor = actor;
        this.actorRole = actorRole;
        this.onBehalfUnitId = onBehalfUnitId;
        this.comment = comment;
        this.takenAt = OpinionsClock.now();
    }

    Long id() {
        return id;
    }

    long suggestionId() {
        return suggestionId;
    }

    int round() {
        return round;
    }

    SuggestionAction action() {
        return action;
    }

    SuggestionState fromState() {
        return fromState;
    }

    SuggestionState toState() {
        return toState;
    }

    String actor() {
        return actor;
    }

    Role actorRole() {
        return actorRole;
    }

    Long onBehalfUnitId() {
        return onBehalfUnitId;
    }

    String comment() {
        return comment;
    }

    Instant takenAt() {
        return takenAt;
    }
}
