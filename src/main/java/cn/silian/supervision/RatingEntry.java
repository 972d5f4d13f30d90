package cn.silian.supervision;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One deputy's rating of one project; the table allows one per deputy and project. */
@Entity
@Table(name = "supervision_rating")
class RatingEntry extends BaseEntity {

    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "supervised_id", nullable = false)
    private long supervisedId;
    @Column(name = "deputy_id", nullable = false)
    private long deputyId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProjectRating rating;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected RatingEntry() {
    }

    RatingEntry(long roundId, long supervisedId, long deputyId, ProjectRating rating, Instant ratedAt) {
        this.roundId = roundId;
        this.supervisedId = supervisedId;
        this.deputyId = deputyId;
        this.rating = rating;
        this.ratedAt = ratedAt;
    }

    long supervisedId() { return supervisedId; }
    ProjectRating rating() { return rating; }
}
