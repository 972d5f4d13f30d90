package cn.silian.opinions;

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

/** The lead unit's answer of one round, and the lead deputy's rating of it. */
@Entity
@Table(name = "suggestion_answer")
class SuggestionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;
    @Column(name = "round_no", nullable = false)
    private int round;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AnswerCategory category;
    @Column(name = "answer_text", nullable = false, length = AnswerDraft.TEXT_MAX)
    private String text;
    @Column(name = "without_contact", nullable = false)
    private boolean withoutContact;
    @Column(name = "answered_by", nullable = false, length = 50)
    private String answeredBy;
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 25)
    private Satisfaction satisfaction;
    @Column(name = "rating_reason", length = 2000)
    private String ratingReason;
    @Column(name = "rated_at")
    private Instant ratedAt;

    protected SuggestionAnswer() {
    }

    SuggestionAnswer(long suggestionId, int round, long unitId, AnswerCategory category, String text,
                     boolean withoutContact, String answeredBy) {
        this.suggestionId = suggestionId;
        this.round = round;
        this.unitId = unitId;
        this.category = category;
        this.text = text;
        this.withoutContact = withoutContact;
        this.answeredBy = answeredBy;
        this.answeredAt = OpinionsClock.now();
    }

    void rate(Satisfaction satisfaction, String reason) {
        this.satisfaction = satisfaction;
        this.ratingReason = reason;
        this.ratedAt = OpinionsClock.now();
    }

    long suggestionId() {
        return suggestionId;
    }

    int round() {
        return round;
    }

    long unitId() {
        return unitId;
    }

    AnswerCategory category() {
        return category;
    }

    String text() {
        return text;
    }

    boolean withoutContact() {
        return withoutContact;
    }

    String answeredBy() {
        return answeredBy;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    Satisfaction satisfaction() {
        return satisfaction;
    }

    String ratingReason() {
        return ratingReason;
    }

    Instant ratedAt() {
        return ratedAt;
    }
}
