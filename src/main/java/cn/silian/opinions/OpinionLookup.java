package cn.silian.opinions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One receipt look-up on the public status page, kept a short while to limit guessing. */
@Entity
@Table(name = "opinion_lookup")
class OpinionLookup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_hash", nullable = false, length = 64)
    private String clientHash;
    @Column(name = "looked_at", nullable = false)
    private Instant lookedAt;

    protected OpinionLookup() {
    }

    OpinionLookup(String clientHash, Instant lookedAt) {
        this.clientHash = clientHash;
        this.lookedAt = lookedAt;
    }
}
