package cn.silian.documents;

import java.time.Instant;

/** A document in a space's list, with its newest version. */
public record DocumentRow(Long id, long version, String folder, String title, String description, String tags,
                          boolean internal, String createdBy, Instant updatedAt, VersionRow latest) {
}
