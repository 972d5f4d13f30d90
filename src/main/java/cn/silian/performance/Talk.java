package cn.silian.performance;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A talk (约谈) the office held with a deputy whose points of the year fell below the threshold. */
@Entity
@Table(name = "points_talk")
class Talk extends BaseEntity {

    @Column(name = "deputy_id", nullable = false)
    private Long deputyId;
    @Column(name = "talk_year", nullable = false)
    private int year;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(name = "talked_by", nullable = false, length = 100)
    private String talkedBy;
    @Column(nullable = false, length = 2000)
    private String notes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Talk() {
    }

    Talk(long deputyId, int year, LocalDate heldOn, String talkedBy, String notes, Instant createdAt) {
        this.deputyId = deputyId;
        this.year = year;
        this.heldOn = heldOn;
        this.talkedBy = talkedBy;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    Long deputyId() { return deputyId; }
    LocalDate heldOn() { return heldOn; }
    String notes() { return notes; }
}
