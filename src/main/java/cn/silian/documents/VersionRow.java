package cn.silian.documents;

import cn.silian.shared.PersonName;
import java.time.Instant;

/** One version in a document's history. */
public record VersionRow(int number, String fileName, String contentType, long sizeBytes, String sha256,
                         PersonName uploadedBy, Instant uploadedAt) {
}
