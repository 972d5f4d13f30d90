package cn.silian.topics;

import cn.silian.shared.PersonName;
import java.time.Instant;

public record ReviewRow(PersonName reviewer, ReviewDecision decision, String comment, Instant at) {
}
