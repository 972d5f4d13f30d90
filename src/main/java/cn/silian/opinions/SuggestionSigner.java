package cn.silian.opinions;

import cn.silian.people.Level;
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

/** A co-signer (附议) invited by the lead; he counts once he confirms. */
@Entity
@Table(name = "suggestion_signer")
class SuggestionSigner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;
    @Column(name = "deputy_id", nullable = false)
    private long deputyId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "member_level", length = 10)
    private Level level;
    @Column(name = "street_id")
    private Long streetId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private CosignStatus status;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected SuggestionSigner() {
    }

    SuggestionSigner(long suggestionId, long deputyId, Level level, Long streetId) {
        this.suggestionId = suggestionId;
        this.deputyId = deputyId;
        this.level = level;
        this.streetId = streetId;
        this.status = CosignStatus.INVITED;
        this.invitedAt = OpinionsClock.now();
    }

    void answer(CosignStatus answer) {
        this.status = answer;
        this.answeredAt = OpinionsClock.now();
    }

    void reinvite() {
        this.status = CosignStatus.INVITED;
        this.invitedAt = OpinionsClock.now();
        this.answeredAt = null;
    }

    long suggestionId() {
        return suggestionId;
    }

    long deputyId() {
        return deputyId;
    }

    Level level() {
        return level;
    }

    Long streetId() {
        return streetId;
    }

    CosignStatus status() {
        return status;
    }

    Instant invitedAt() {
        return invitedAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
