package cn.silian.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Silian's address as its users reach it, for links that leave the app: e-mails, calendar feeds,
 * .ics files. Such links must be absolute, and jobs have no request to take an address from, so
 * the address is {@code silian.base-url} ({@code SILIAN_BASE_URL}); when that is empty, the
 * local address {@code http://localhost:<server.port>} with a warning at start-up, which is right
 * for a developer's machine only. A set value that is not an absolute http(s) address stops the
 * start: a typo there would otherwise send every e-mail with a broken link.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String base;
    private final boolean configured;

    PublicAddress(@Value("${silian.base-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = configured != null && !configured.isBlank();
        this.base = resolve(configured, port);
        if (!this.configured) {
            log.warn("silian.base-url (SILIAN_BASE_URL) is not set: links in e-mails and calendars point to {}, "
                    + "which only this machine reaches. Set it to the address users reach Silian at, "
                    + "e.g. https://silian.example.cn/", base);
        }
    }

    /**
     * The absolute base address without a trailing slash.
     *
     * @throws IllegalStateException when {@code configured} is set but not an absolute http(s) address
     */
    static String resolve(String configured, int port) {
        if (configured == null || configured.isBlank()) {
            return "http://localhost:" + (port > 0 ? port : 8080);
        }
        String value = configured.strip();
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw invalid(value);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static IllegalStateException invalid(String value) {
        return new IllegalStateException("silian.base-url (SILIAN_BASE_URL) must be an absolute http(s) address "
                + "such as https://silian.example.cn/, not '" + value + "'");
    }

    /** Whether the address was configured, rather than the local fallback. */
    public boolean configured() {
        return configured;
    }

    /** The base address with a trailing slash. */
    public String base() {
        return base + "/";
    }

    /** An absolute link to a path of the app, such as {@code meetings/12}. */
    public String link(String path) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return base + "/" + p;
    }
}
