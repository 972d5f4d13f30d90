package cn.silian.topics;

import cn.silian.shared.PersonName;
import java.time.Instant;

/** A finding as the group's page lists it; {@code suggestionId} is the suggestion drafted from it, if any. */
public record FindingRow(Long id, String title, String body, PersonName author, Instant createdAt, boolean suggestion,
                         Instant suggestedAt, PersonName suggestedBy, long version, Long suggestionId) {
}
