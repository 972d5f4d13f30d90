package cn.silian.documents;

import cn.silian.shared.BaseEntity;
import cn.silian.shared.SearchAnalyzers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.type.SqlTypes;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.time.Instant;

/**
 * A document of a space. Its searchable text is indexed twice: as words (smartcn segmentation)
 * for good matches, and as overlapping character pairs, so that two characters inside a
 * longer word ("联络" in "联络站") are found as well.
 */
@Entity
@Table(name = "document")
@Indexed(index = "document")
class Document extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "space_kind", nullable = false, length = 10)
    @KeywordField
    private SpaceKind spaceKind;
    @Column(name = "space_id")
    @GenericField
    private Long spaceId;
    @Column(length = 200)
    private String folder;
    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalyzers.WORDS, highlightable = Highlightable.ANY)
    @FullTextField(name = "titlePairs", analyzer = SearchAnalyzers.PAIRS, highlightable = Highlightable.ANY)
    private String title;
    @Column(length = 1000)
    @FullTextField(analyzer = SearchAnalyzers.WORDS, highlightable = Highlightable.ANY)
    @FullTextField(name = "descriptionPairs", analyzer = SearchAnalyzers.PAIRS, highlightable = Highlightable.ANY)
    private String description;
    @Column(length = 300)
    @FullTextField(analyzer = SearchAnalyzers.WORDS)
    @FullTextField(name = "tagsPairs", analyzer = SearchAnalyzers.PAIRS)
    private String tags;
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "content_text")
    @FullTextField(analyzer = SearchAnalyzers.WORDS, highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "contentPairs", analyzer = SearchAnalyzers.PAIRS, highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String contentText;
    @Column(nullable = false)
    private boolean internal;
    @Column(name = "deleted_at")
    @GenericField
    private Instant deletedAt;
    @Column(name = "deleted_by", length = 50)
    private String deletedBy;
    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawn_by", length = 50)
    private String withdrawnBy;

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

    String contentText() {
        return contentText;
    }

    /** The text of the newest version, as the index should know it. */
    void setContentText(String text) {
        contentText = text == null || text.isEmpty() ? null : text;
    }

    void describe(String folder, String title, String description, String tags, boolean internal) {
        this.folder = folder;
        this.title = title;
        this.description = description;
        this.tags = tags;
        this.internal = internal;
        touch();
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** Internal material of a past meeting taken back by its organiser: listed, no longer handed out. */
    void withdraw(String by) {
        withdrawnAt = Instant.now();
        withdrawnBy = by;
        touch();
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
