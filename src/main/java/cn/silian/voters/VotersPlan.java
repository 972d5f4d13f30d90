package cn.silian.voters;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** The office's plan of one year's reports to voters, for the district deputies of one term. */
@Entity
@Table(name = "voters_plan")
class VotersPlan extends BaseEntity {

    @Column(name = "plan_year", nullable = false)
    private int year;
    @Column(nullable = false)
    private int term;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by", length = 50)
    private String confirmedBy;
    /** The office's changes to the proposal: each one bumps the plan's version, as a change of its lists. */
    @Column(nullable = false)
    private int swaps;

    protected VotersPlan() {
    }

    VotersPlan(int year, int term, Instant now) {
        this.year = year;
        this.term = term;
        this.createdAt = now;
    }

    int year() { return year; }
    int term() { return term; }
    PlanStatus status() { return status; }
    Instant confirmedAt() { return confirmedAt; }

    boolean confirmed() {
        return status == PlanStatus.CONFIRMED;
    }

    void swapped() {
        swaps++;
    }

    void confirm(Instant at, String by) {
        status = PlanStatus.CONFIRMED;
        confirmedAt = at;
        confirmedBy = by;
    }
}
