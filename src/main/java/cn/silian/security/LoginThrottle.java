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
 * Slows down password guessing without letting anybody lock an account out. After
 * {@code free-failures} failed sign-ins for one user name within the window, each further attempt
 * for it must wait 1 s, 2 s, 4 s … after the last failure, never more than {@code max-delay}: a
 * stranger's failures can keep even {@code admin} waiting for a minute at most, while an attacker
 * gets a few dozen guesses an hour. One address failing with many names (password spraying) is
 * slowed the same way after {@code address-free-failures}, a much higher number, so that the
 * many users behind one proxy or NAT address are at worst delayed, never shut out.
 * Unknown user names count exactly like known ones, so the throttle tells nobody which accounts
 * exist. An attempt refused for waiting tests no password and is not counted. Kept in memory: a
 * restart forgives, which is acceptable for an intranet with few nodes.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 50_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int freeFailures;
    private final int addressFreeFailures;
    private final Duration maxDelay;
    private final Duration window;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${silian.security.login.free-failures:3}") int freeFailures,
                  @Value("${silian.security.login.address-free-failures:30}") int addressFreeFailures,
                  @Value("${silian.security.login.max-delay:60s}") Duration maxDelay,
                  @Value("${silian.security.login.window:15m}") Duration window) {
        this(freeFailures, addressFreeFailures, maxDelay, window, Clock.systemUTC());
    }

    LoginThrottle(int freeFailures, int addressFreeFailures, Duration maxDelay, Duration window, Clock clock) {
        this.freeFailures = freeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.maxDelay = maxDelay;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait, or {@link Duration#ZERO} when he may try now. */
    Duration retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration user = wait(userKey(username), freeFailures, now);
        Duration addr = wait(addressKey(address), addressFreeFailures, now);
        return user.compareTo(addr) >= 0 ? user : addr;
    }

    void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            prune();
        }
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /**
     * Forgives the user name. The address keeps its count: an attacker must not clear it by
     * signing in with an account of his own between guesses.
     */
    void succeeded(String username) {
        String key = userKey(username);
        if (key != null) {
            failures.remove(key);
        }
    }

    /** The delay after this many failures: none up to the free ones, then doubling from 1 s up to the cap. */
    Duration delayAfter(int failureCount, int free) {
        int over = failureCount - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        // 2^(over-1) seconds; past 2^30 the cap has long been reached.
        Duration delay = Duration.ofSeconds(1L << Math.min(30, over - 1));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private void record(String key, Instant now) {
        if (key != null) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
                synchronized (deque) {
                    deque.addLast(now);
                    dropExpired(deque, now);
                }
                return deque;
            });
        }
    }

    private Duration wait(String key, int free, Instant now) {
        if (key == null) {
            return Duration.ZERO;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            dropExpired(times, now);
            if (times.isEmpty()) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, times.peekLast().plus(delayAfter(times.size(), free)));
            return left.isNegative() ? Duration.ZERO : left;
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

    private static String userKey(String username) {
        return username == null || username.isBlank() ? null : "u:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "a:" + address;
    }
}
