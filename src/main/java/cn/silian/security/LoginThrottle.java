package cn.silian.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name and per client address in a sliding window. Unknown user
 * names are counted exactly like known ones, so the throttle tells nobody which accounts exist.
 * Kept in memory: a restart forgives, which is acceptable for an intranet with few nodes.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 50_000;
    private static final int ADDRESS_FACTOR = 4;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${silian.security.login.max-failures:5}") int maxFailures,
                  @Value("${silian.security.login.window:15m}") Duration window) {
        this(maxFailures, window, Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait, or {@link Duration#ZERO} when he may try now. */
    Duration retryAfter(String username, String address) {
        return max(wait(userKey(username), maxFailures), wait(addressKey(address), maxFailures * ADDRESS_FACTOR));
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            prune();
        }
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key, Instant now) {
        if (key != null) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
                deque.addLast(now);
                dropExpired(deque, now);
                return deque;
            });
        }
    }

    private Duration wait(String key, int limit) {
        if (key == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            // The window slides: the caller may try again once enough old failures have aged out.
            Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElse(now);
            return Duration.between(now, oldestCounted.plus(window));
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.removeFirst();
            }
        }
    }

    private void prune() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> {
            dropExpired(e.getValue(), now);
            return e.getValue().isEmpty();
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return username == null || username.isBlank() ? null : "u:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "a:" + address;
    }
}
