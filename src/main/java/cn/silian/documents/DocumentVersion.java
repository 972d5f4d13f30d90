package cn.silian.documents;

import cn.silian.shared.PersonName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;

/** One uploaded file of a document; never changed once written. */
@Entity
@Table(name = "document_version")
class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "document_id", nullable = false)
    private Long documentId;
    @Column(nullable = false)
    private int number;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;
    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DocumentVersion() {
    }

    DocumentVersion(Long documentId, int number, String fileName, String contentType, DocumentStorage.StoredObject stored,
                    String uploadedBy) {
        this.documentId = documentId;
        this.number = number;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.storageKey = stored.key();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    Long documentId() {
        return documentId;
    }

    int number() {
        return number;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    /** The row, its uploader named as {@code names} has him. */
    VersionRow toRow(Map<String, PersonName> names) {
        return new VersionRow(number, fileName, contentType, sizeBytes, sha256, names.get(uploadedBy), uploadedAt);
    }
}
