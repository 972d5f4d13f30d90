package cn.silian.documents;

import java.time.Instant;

/**
 * A document in a space's list (or the bin), with its newest version; {@code changeable}: the
 * caller may edit, version and delete it (his own upload, or a space he manages).
 */
public record DocumentRow(Long id, long version, String folder, String title, String description, String tags,
                          boolean internal, boolean withdrawn, String createdBy, Instant updatedAt, String deletedBy,
                          Instant deletedAt, VersionRow latest, boolean changeable) {
}
