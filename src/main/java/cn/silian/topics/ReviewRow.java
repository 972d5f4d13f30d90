package cn.silian.topics;

import java.time.Instant;

public record ReviewRow(String reviewer, ReviewDecision decision, String comment, Instant at) {
}
