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
import java.time.LocalDate;

/** A unit's contact with the deputy, logged before answering. */
@Entity
@Table(name = "suggestion_contact")
class SuggestionContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "round_no", nullable = false)
    private int round;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ContactKind kind;
    @Column(name = "contact_date", nullable = false)
    private LocalDate date;
    @Column(length = 2000)
    private String note;
    @Column(name = "logged_by", nullable = false, length = 50)
    private String loggedBy;
    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected SuggestionContact() {
    }

    SuggestionContact(long suggestionId, long unitId, int round, ContactDraft draft, String loggedBy) {
        this.suggestionId = suggestionId;
        this.unitId = unitId;
        this.round = round;
        this.kind = draft.kind();
        this.date = draft.date();
        this.note = cn.silian.shared.InputRules.clean(draft.note());
        this.loggedBy = loggedBy;
        this.loggedAt = OpinionsClock.now();
    }

    Long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    int round() {
        return round;
    }

    ContactKind kind() {
        return kind;
    }

    LocalDate date() {
        return date;
    }

    String note() {
        return note;
    }

    String loggedBy() {
        return loggedBy;
    }

    Instant loggedAt() {
        return loggedAt;
    }
}
