package cn.silian.documents;

import java.time.Instant;

/** One version in a document's history. */
public record VersionRow(int number, String fileName, String contentType, long sizeBytes, String sha256,
                         String uploadedBy, Instant uploadedAt) {
}
