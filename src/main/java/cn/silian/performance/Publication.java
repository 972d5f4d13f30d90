package cn.silian.performance;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The office published the points of a quarter, or of the whole year (quarter 0). */
@Entity
@Table(name = "points_publication")
class Publication extends BaseEntity {

    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(nullable = false)
    private int quarter;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    protected Publication() {
    }

    Publication(int year, int quarter, Instant publishedAt, String publishedBy) {
        this.year = year;
        this.quarter = quarter;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    int year() { return year; }
    int quarter() { return quarter; }
    Instant publishedAt() { return publishedAt; }

    static LocalDate start(int year, int quarter) {
        return quarter == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
    }

    static LocalDate end(int year, int quarter) {
        return quarter == 0 ? LocalDate.of(year, 12, 31) : start(year, quarter).plusMonths(3).minusDays(1);
    }
}
