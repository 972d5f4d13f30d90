package cn.silian.supervision;

import java.time.LocalDateTime;

/** A site visit to schedule: when and where; the meeting's title is made from the project's. */
public record VisitDraft(LocalDateTime startsAt, String place) {
}
