package cn.silian.performance;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The year's points scheme (履职积分办法). Each year has its own, so that changing next year's
 * points never rewrites this year's ledger.
 */
@Entity
@Table(name = "duty_scheme")
class DutyScheme extends BaseEntity {

    @Column(name = "scheme_year", nullable = false)
    private int year;
    /** Deputies whose points of the year so far fall below it are listed for a talk (约谈). */
    @Column(name = "talk_threshold", nullable = false)
    private int talkThreshold;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected DutyScheme() {
    }

    DutyScheme(int year, int talkThreshold, Instant createdAt, String createdBy) {
        this.year = year;
        this.talkThreshold = talkThreshold;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    int year() { return year; }
    int talkThreshold() { return talkThreshold; }
    Instant createdAt() { return createdAt; }

    void setTalkThreshold(int talkThreshold) {
        this.talkThreshold = talkThreshold;
    }
}
