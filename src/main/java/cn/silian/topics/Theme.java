package cn.silian.topics;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.InputRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** The year's theme (一年确定一个题目): one a year, enforced by a unique year. */
@Entity
@Table(name = "topic_theme")
class Theme extends BaseEntity {

    @Column(name = "theme_year", nullable = false)
    private int year;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(length = 2000)
    private String description;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Theme() {
    }

    Theme(int year, String title, String description) {
        this.year = year;
        this.createdAt = Instant.now();
        apply(title, description);
    }

    void apply(String title, String description) {
        this.title = title.strip();
        this.description = InputRules.clean(description);
        this.updatedAt = Instant.now();
    }

    int year() { return year; }
    String title() { return title; }
    String description() { return description; }
}
