package cn.silian.topics;

import cn.silian.shared.PersonName;
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
import java.util.Map;

/** One decision of the office on a proposal; never changed, so the review trail stays whole. */
@Entity
@Table(name = "topic_review")
class TopicReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "topic_id", nullable = false)
    private Long topicId;
    @Column(nullable = false, length = 50)
    private String reviewer;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ReviewDecision decision;
    @Column(name = "review_text", length = 1000)
    private String text;
    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected TopicReview() {
    }

    String reviewer() { return reviewer; }

    TopicReview(Long topicId, String reviewer, ReviewDecision decision, String text) {
        this.topicId = topicId;
        this.reviewer = reviewer;
        this.decision = decision;
        this.text = text;
        this.reviewedAt = Instant.now();
    }

    /** The row, its reviewer named as {@code names} has him. */
    ReviewRow toRow(Map<String, PersonName> names) {
        return new ReviewRow(names.get(reviewer), decision, text, reviewedAt);
    }
}
