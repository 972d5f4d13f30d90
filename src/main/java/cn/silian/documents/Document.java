package cn.silian.documents;

import cn.silian.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "document")
class Document extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "space_kind", nullable = false, length = 10)
    private SpaceKind spaceKind;
    @Column(name = "space_id")
    private Long spaceId;
    @Column(length = 200)
    private String folder;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 1000)
    private String description;
    @Column(length = 300)
    private String tags;
    @Column(nullable = false)
    private boolean internal;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by", length = 50)
    private String deletedBy;
    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Document() {
    }

    Document(Space space, String folder, String title, String description, String tags, boolean internal,
             String createdBy) {
        this.spaceKind = space.kind();
        this.spaceId = space.id();
        this.folder = folder;
        this.title = title;
        this.description = description;
        this.tags = tags;
        this.internal = internal;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    Space space() {
        return new Space(spaceKind, spaceId);
    }

    String folder() {
        return folder;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String tags() {
        return tags;
    }

    boolean internal() {
        return internal;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    Instant deletedAt() {
        return deletedAt;
    }

    String deletedBy() {
        return deletedBy;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void touch() {
        updatedAt = Instant.now();
    }

    void delete(String by) {
        deletedAt = Instant.now();
        deletedBy = by;
        touch();
    }

    void restore() {
        deletedAt = null;
        deletedBy = null;
        touch();
    }
}
