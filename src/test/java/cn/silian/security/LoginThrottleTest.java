package cn.silian.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Duration CAP = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock();
    /** As configured by default: 3 free failures per name, 30 per address, 60 s at most, a 15-minute memory. */
    private final LoginThrottle throttle = new LoginThrottle(3, 30, CAP, Duration.ofMinutes(15), clock);

    @Test
    void afterThreeFailuresEachAttemptWaitsTwiceAsLongUpToTheCap() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("office", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("office", "10.0.0.2")).isZero();
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expected) {
            throttle.failed("office", "10.0.0.1");
            assertThat(throttle.retryAfter("office", "10.0.0.2")).isEqualTo(Duration.ofSeconds(seconds));
            assertThat(throttle.retryAfter("OFFICE ", null)).as("names count case-insensitively")
                    .isEqualTo(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(throttle.retryAfter("office", "10.0.0.2")).as("after %d s he may try again", seconds).isZero();
        }
    }

    @Test
    void aStrangersFailuresCannotKeepAdminOutBeyondTheCap() {
        // A stranger guesses admin's password as fast as the throttle lets him, for an hour, from
        // many addresses; after every one of his failures admin waits at most the cap.
        for (int i = 0; i < 200; i++) {
            throttle.failed("admin", "10.9." + (i % 250) + ".1");
            Duration wait = throttle.retryAfter("admin", "10.0.0.5");
            assertThat(wait).isLessThanOrEqualTo(CAP);
            clock.advance(i % 2 == 0 ? Duration.ofSeconds(1) : wait);
        }
        clock.advance(CAP);
        assertThat(throttle.retryAfter("admin", "10.0.0.5")).as("admin signs in a minute later").isZero();
    }

    @Test
    void everythingIsForgottenAfterTheWindow() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("deputy", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("deputy", null)).isEqualTo(CAP);
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("deputy", "10.0.0.1");
        assertThat(throttle.retryAfter("deputy", null)).as("one failure in the window again").isZero();
    }

    @Test
    void unknownUserNamesAreThrottledExactlyLikeKnownOnes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("nobody-has-this-name", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("nobody-has-this-name", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void oneAddressSprayingManyNamesIsSlowedButItsOtherUsersAreNeverShutOut() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.retryAfter("someone-else", "10.0.0.66")).isZero();
        for (int i = 30; i < 100; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        Duration wait = throttle.retryAfter("someone-else", "10.0.0.66");
        assertThat(wait).as("the users behind the same proxy address wait, at most the cap").isPositive()
                .isLessThanOrEqualTo(CAP);
        assertThat(throttle.retryAfter("someone-else", "10.0.0.67")).isZero();
        clock.advance(wait);
        assertThat(throttle.retryAfter("someone-else", "10.0.0.66")).isZero();
    }

    @Test
    void aSuccessfulLoginForgivesTheUserNameButNotTheAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("deputy", "10.0.0.1");
        }
        throttle.succeeded("deputy");
        throttle.failed("deputy", "10.0.0.1");
        assertThat(throttle.retryAfter("deputy", null)).isZero();
        for (int i = 0; i < 40; i++) {
            throttle.failed("x" + i, "10.0.0.8");
        }
        throttle.succeeded("attackers-own-account");
        assertThat(throttle.retryAfter("attackers-own-account", "10.0.0.8")).isPositive();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
