package cn.silian.topics;

import java.time.Instant;

public record JoinRequestRow(Long id, Long groupId, Long deputyId, String deputyName, String message, JoinStatus status,
                             Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote, long version) {
}
