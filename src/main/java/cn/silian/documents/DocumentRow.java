package cn.silian.documents;

import cn.silian.shared.PersonName;
import java.time.Instant;

/**
 * A document in a space's list (or the bin), with its newest version; {@code changeable}: the
 * caller may edit, version and delete it (his own upload, or a space he manages). {@code createdBy}
 * is the uploader's login name, for rules; who deleted it is named as people know him.
 */
public record DocumentRow(Long id, long version, String folder, String title, String description, String tags,
                          boolean internal, boolean withdrawn, String createdBy, Instant updatedAt, PersonName deletedBy,
                          Instant deletedAt, VersionRow latest, boolean changeable) {
}
