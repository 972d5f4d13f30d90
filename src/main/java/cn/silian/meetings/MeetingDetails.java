package cn.silian.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's page. {@code minutes} and {@code decisions} are {@code null} for those who may not
 * read them yet (before publication, only organisers read the draft); {@code checkInCode} only
 * for those who manage it.
 */
public record MeetingDetails(MeetingSummary summary, String description, String onlineLink, Long stationId,
                             Long groupId, List<AgendaLine> agenda, boolean delegatesAllowed, String cancelReason,
                             String minutes, String decisions, Instant minutesPublishedAt, String checkInCode,
                             int sequence, long version, MeetingRights rights) {
}
