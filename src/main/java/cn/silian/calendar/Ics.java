package cn.silian.calendar;

import cn.silian.shared.Formats;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** iCalendar (RFC 5545) output with ical4j: the subscription feed and single-event downloads. */
public final class Ics {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    static final String PRODID = "-//Silian//Silian Calendar 1.0//ZH";
    private static final String TZID = Formats.ZONE.getId();
    /** RFC 5545 3.1: lines longer than 75 octets (not characters) are folded. */
    private static final int FOLD_OCTETS = 75;
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Ics() {
    }

    /** A whole calendar, as the subscription feed serves it. */
    public static String calendar(String calendarName, List<CalendarEntry> entries, String baseUrl) {
        Calendar calendar = header();
        calendar.add(new XProperty("X-WR-CALNAME", calendarName == null ? "" : calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", TZID));
        if (!entries.isEmpty()) {
            calendar.add(timeZone());
        }
        Instant now = Instant.now();
        entries.forEach(e -> calendar.add(event(e, baseUrl, now)));
        return write(calendar);
    }

    /** One entry, as a download ("add to my calendar"). */
    public static String single(CalendarEntry entry, String baseUrl) {
        Calendar calendar = header();
        calendar.add(timeZone());
        calendar.add(event(entry, baseUrl, Instant.now()));
        return write(calendar);
    }

    private static Calendar header() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableMethod.PUBLISH);
        return calendar;
    }

    private static VTimeZone timeZone() {
        return ZONES.getTimeZone(TZID).getVTimeZone();
    }

    private static VEvent event(CalendarEntry entry, String baseUrl, Instant now) {
        // Local times with TZID, not UTC: clients then show the same wall-clock time as Silian.
        VEvent event = new VEvent(entry.start().atZone(Formats.ZONE), entry.end().atZone(Formats.ZONE), entry.title());
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
        if (notBlank(entry.location())) {
            event.add(new Location(entry.location()));
        }
        if (notBlank(entry.description())) {
            event.add(new Description(entry.description()));
        }
        if (notBlank(entry.link()) && notBlank(baseUrl)) {
            event.add(new Url(absolute(baseUrl, entry.link())));
        }
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    static URI absolute(String baseUrl, String link) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String path = link.startsWith("/") ? link.substring(1) : link;
        return URI.create(base).resolve(path);
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // ical4j folds after 73 characters, which for Chinese text is up to 219 octets: fold ourselves.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(out.toString());
    }

    /** Folds each content line at 75 octets of UTF-8, never inside a character. */
    static String fold(String unfolded) {
        StringBuilder result = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > FOLD_OCTETS) {
                    result.append("\r\n ");
                    // The leading space of a continuation line counts towards its 75 octets.
                    octets = 1;
                }
                result.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            result.append("\r\n");
        }
        return result.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
