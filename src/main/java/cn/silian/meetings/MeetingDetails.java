package cn.silian.meetings;

import cn.silian.shared.PersonName;
import java.time.Instant;
import java.util.List;

/**
 * A meeting's page. {@code minutes} and {@code decisions} are {@code null} for those who may not
 * read them yet (before publication, only organisers read the draft); {@code checkInCode} only
 * for those who manage it. The organiser is named as people know him, not by his login name.
 */
public record MeetingDetails(MeetingSummary summary, PersonName organiser, String description, String onlineLink,
                             Long stationId, Long groupId, List<AgendaLine> agenda, boolean delegatesAllowed, String cancelReason,
                             String minutes, String decisions, Instant minutesPublishedAt, String checkInCode,
                             int sequence, long version, MeetingRights rights) {
}
