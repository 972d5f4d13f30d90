package cn.silian.meetings;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits wrong check-in codes per account: a six-digit code is guessed in a million tries, so an
 * account that gets {@value #MAX_WRONG} wrong within {@link #WINDOW} waits until the oldest of
 * them is that old. Per account, not per address or globally, so that nobody can keep another
 * deputy from checking in; only signed-in deputies reach it, so the map stays as small as the
 * number of accounts.
 */
@Component
class CheckInThrottle {

    static final int MAX_WRONG = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> wrong = new ConcurrentHashMap<>();
    private final Clock clock;

    CheckInThrottle() {
        this(Clock.systemUTC());
    }

    CheckInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the account may try again, or empty if it may now. */
    Optional<Instant> blockedUntil(String username) {
        Deque<Instant> times = wrong.get(username);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times);
            return times.size() >= MAX_WRONG ? Optional.of(times.peekFirst().plus(WINDOW)) : Optional.empty();
        }
    }

    /**
     * Counts a wrong code.
     *
     * @return when the account may try again, if this wrong code used up its tries
     */
    Optional<Instant> failed(String username) {
        Deque<Instant> times = wrong.computeIfAbsent(username, u -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
            return times.size() >= MAX_WRONG ? Optional.of(times.peekFirst().plus(WINDOW)) : Optional.empty();
        }
    }

    /** A right code clears the account's wrong ones. */
    void succeeded(String username) {
        wrong.remove(username);
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }
}
