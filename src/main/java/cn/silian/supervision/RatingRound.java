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

/** The year-end rating of a year's supervised projects by the district deputies of the term. */
@Entity
@Table(name = "supervision_rating_round")
class RatingRound extends BaseEntity {

    @Column(name = "round_year", nullable = false, unique = true)
    private int year;
    @Column(nullable = false)
    private int term;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.OPEN;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected RatingRound() {
    }

    RatingRound(int year, int term, Instant openedAt) {
        this.year = year;
        this.term = term;
        this.openedAt = openedAt;
    }

    int year() { return year; }
    int term() { return term; }
    RoundStatus status() { return status; }

    void close(Instant at) {
        status = RoundStatus.CLOSED;
        closedAt = at;
    }

    void publish(Instant at) {
        status = RoundStatus.PUBLISHED;
        publishedAt = at;
    }
}
