package cn.silian.meetings;

import java.time.LocalDate;

/** Filters of the meeting list; {@code mine}: meetings the caller is invited to or organises. */
public record MeetingFilter(String text, MeetingKind kind, MeetingStatus status, LocalDate from, LocalDate to, boolean mine) {
    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null, null, false);
    }

    public static MeetingFilter upcomingMine(LocalDate today) {
        return new MeetingFilter(null, null, null, today, null, true);
    }
}
