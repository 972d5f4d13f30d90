package cn.silian.meetings.ui;

import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingStatus;
import cn.silian.meetings.MeetingSummary;
import cn.silian.shared.Formats;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One meeting as an iCalendar file (RFC 5545) that calendar programs import. Times carry the
 * Asia/Shanghai zone with its definition, so clients without a zone database read them right.
 */
final class MeetingIcs {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MeetingIcs() {
    }

    static String fileName(MeetingDetails details) {
        return "meeting-" + details.summary().id() + ".ics";
    }

    static byte[] bytes(MeetingDetails details) {
        return of(details).getBytes(StandardCharsets.UTF_8);
    }

    static String of(MeetingDetails details) {
        return of(details, Instant.now());
    }

    static String of(MeetingDetails details, Instant stamp) {
        MeetingSummary s = details.summary();
        String zone = Formats.ZONE.getId();
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//silian//meetings//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone);
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0800");
        line(out, "TZOFFSETTO:+0800");
        line(out, "TZNAME:CST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:meeting-" + s.id() + "@silian");
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART;TZID=" + zone + ":" + local(s.startsAt()));
        line(out, "DTEND;TZID=" + zone + ":" + local(s.endsAt()));
        line(out, "SUMMARY:" + escape(s.title()));
        if (s.place() != null && !s.place().isBlank()) {
            line(out, "LOCATION:" + escape(s.place()));
        }
        if (details.description() != null && !details.description().isBlank()) {
            line(out, "DESCRIPTION:" + escape(details.description()));
        }
        if (details.onlineLink() != null && !details.onlineLink().isBlank()) {
            line(out, "URL:" + details.onlineLink().strip());
        }
        line(out, "SEQUENCE:" + details.sequence());
        line(out, "STATUS:" + (s.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** Text values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line at 75 octets, never inside a multi-byte character, continuing with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
