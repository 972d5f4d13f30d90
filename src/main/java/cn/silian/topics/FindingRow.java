package cn.silian.topics;

import cn.silian.shared.PersonName;
import java.time.Instant;

public record FindingRow(Long id, String title, String body, PersonName author, Instant createdAt, boolean suggestion,
                         Instant suggestedAt, PersonName suggestedBy, long version) {
}
