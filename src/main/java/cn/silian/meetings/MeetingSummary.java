package cn.silian.meetings;

import java.time.LocalDateTime;

public record MeetingSummary(Long id, String title, MeetingKind kind, MeetingStatus status, LocalDateTime startsAt,
                             LocalDateTime endsAt, String place, boolean closed, long invited,
                             long accepted, long declined) {
}
