package cn.silian.topics;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.PersonName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;

/** A finding of a group's research; the leader may turn it into a draft suggestion. */
@Entity
@Table(name = "group_finding")
class Finding extends BaseEntity {

    @Column(name = "group_id", nullable = false)
    private Long groupId;
    @Column(nullable = false, length = 100)
    private String title;
    @Column(nullable = false, length = 4000)
    private String body;
    @Column(nullable = false, length = 50)
    private String author;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean suggestion;
    @Column(name = "suggested_at")
    private Instant suggestedAt;
    @Column(name = "suggested_by", length = 50)
    private String suggestedBy;
    /** The real suggestion it went into, once the opinions module drafted one from it. */
    @Column(name = "suggestion_id")
    private Long suggestionId;

    protected Finding() {
    }

    Finding(Long groupId, String title, String body, String author) {
        this.groupId = groupId;
        this.title = title.strip();
        this.body = body.strip();
        this.author = author;
        this.createdAt = Instant.now();
    }

    void markSuggestion(String by) {
        this.suggestion = true;
        this.suggestedAt = Instant.now();
        this.suggestedBy = by;
    }

    /** Links the finding to the suggestion drafted from it; it counts as suggested from then on. */
    void linkSuggestion(long suggestionId, String by) {
        if (!suggestion) {
            markSuggestion(by);
        }
        this.suggestionId = suggestionId;
    }

    /** The row, its people named as {@code names} has them. */
    FindingRow toRow(Map<String, PersonName> names) {
        return new FindingRow(getId(), title, body, names.get(author), createdAt, suggestion, suggestedAt,
                names.get(suggestedBy), getVersion(), suggestionId);
    }

    Long groupId() { return groupId; }
    String author() { return author; }
    java.time.Instant createdAt() { return createdAt; }
    String suggestedBy() { return suggestedBy; }
    String title() { return title; }
    String body() { return body; }
    boolean suggestion() { return suggestion; }
}
