package cn.silian.meetings.ui;

import cn.silian.meetings.Conflict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How the meeting pages word times, clashes and statuses. */
final class MeetingTexts {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingTexts() {
    }

    /** "2026-05-01 09:00–11:30", or both dates when the meeting runs past midnight. */
    static String when(LocalDateTime from, LocalDateTime to) {
        if (from == null) {
            return "";
        }
        if (to == null) {
            return DAY_TIME.format(from);
        }
        return DAY_TIME.format(from) + "–" + (from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : DAY_TIME.format(to));
    }

    static String conflict(Component c, Conflict conflict) {
        String when = when(conflict.startsAt(), conflict.endsAt());
        // A meeting the caller may not open clashes without its title: only the time shows.
        String key = "meeting.conflict." + conflict.kind().name()
                + (conflict.what() == null && conflict.kind() != Conflict.Kind.DUTY ? ".untitled" : "");
        return c.getTranslation(key, nullToEmpty(conflict.name()), nullToEmpty(conflict.what()), when);
    }

    static Span status(Component c, cn.silian.meetings.MeetingStatus status) {
        Span badge = new Span(c.getTranslation(status.messageKey()));
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "badge contrast";
            case ANNOUNCED -> "badge";
            case HELD, MINUTES_PUBLISHED -> "badge success";
            case CANCELLED -> "badge error";
        });
        badge.addClassName("meeting-status");
        return badge;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
