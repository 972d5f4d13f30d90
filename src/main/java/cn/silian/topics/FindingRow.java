package cn.silian.topics;

import java.time.Instant;

public record FindingRow(Long id, String title, String body, String author, Instant createdAt, boolean suggestion,
                         Instant suggestedAt, String suggestedBy, long version) {
}
