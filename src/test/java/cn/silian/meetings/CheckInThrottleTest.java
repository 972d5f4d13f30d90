package cn.silian.meetings;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInThrottleTest {

    private Instant now = Instant.parse("2026-12-07T06:00:00Z");
    private final CheckInThrottle throttle = new CheckInThrottle(new Clock() {
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
    });

    @Test
    void theFifthWrongCodeWithinTheWindowBlocksUntilTheFirstIsFifteenMinutesOld() {
        Instant first = now;
        for (int i = 1; i < CheckInThrottle.MAX_WRONG; i++) {
            assertThat(throttle.failed("deputy")).isEmpty();
            now = now.plusSeconds(30);
        }
        assertThat(throttle.failed("deputy")).contains(first.plus(CheckInThrottle.WINDOW));
        assertThat(throttle.blockedUntil("deputy")).contains(first.plus(CheckInThrottle.WINDOW));
        assertThat(throttle.blockedUntil("npc")).as("another account is not touched").isEmpty();

        now = first.plus(CheckInThrottle.WINDOW);
        assertThat(throttle.blockedUntil("deputy")).as("the oldest has aged out: one more try").isEmpty();
        assertThat(throttle.failed("deputy")).isPresent();
    }

    @Test
    void wrongCodesSpreadOverMoreThanTheWindowNeverBlock() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.failed("deputy")).isEmpty();
            now = now.plus(CheckInThrottle.WINDOW.dividedBy(CheckInThrottle.MAX_WRONG - 1)).plus(Duration.ofSeconds(1));
        }
    }

    @Test
    void aRightCodeClearsTheWrongOnes() {
        for (int i = 1; i < CheckInThrottle.MAX_WRONG; i++) {
            throttle.failed("deputy");
        }
        throttle.succeeded("deputy");
        assertThat(throttle.failed("deputy")).isEmpty();
    }
}
