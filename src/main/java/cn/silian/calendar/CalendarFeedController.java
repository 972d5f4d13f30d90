package cn.silian.calendar;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subscription feed that calendar clients poll. Nobody is signed in: the secret in the path
 * is the credential (the security configuration permits {@code /calendar/feed/**}). Anything
 * wrong with it is a plain 404, so the feed tells a prober nothing.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType(Ics.CONTENT_TYPE);

    private final CalendarService calendars;

    CalendarFeedController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/calendar/feed/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return calendars.feed(secret, calendars.baseUrl())
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=silian.ics")
                        // The URL is a secret: keep it and the calendar out of shared caches.
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                        .header("Referrer-Policy", "no-referrer")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
