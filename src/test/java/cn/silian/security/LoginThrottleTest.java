package cn.silian.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresBlockTheUserNameForTheRestOfTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("office", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("office", "10.0.0.2")).isZero();
        throttle.failed("office", "10.0.0.1");
        assertThat(throttle.retryAfter("office", "10.0.0.2")).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.retryAfter("OFFICE", null)).isEqualTo(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.retryAfter("office", null)).isZero();
    }

    @Test
    void unknownUserNamesAreThrottledExactlyLikeKnownOnes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("nobody-has-this-name", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("nobody-has-this-name", "10.0.0.9")).isPositive();
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.retryAfter("someone-else", "10.0.0.66")).isPositive();
        assertThat(throttle.retryAfter("someone-else", "10.0.0.67")).isZero();
    }

    @Test
    void aSuccessfulLoginForgivesTheUserName() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("deputy", "10.0.0.1");
        }
        throttle.succeeded("deputy");
        throttle.failed("deputy", "10.0.0.1");
        assertThat(throttle.retryAfter("deputy", null)).isZero();
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
