package cn.silian.security;

import cn.silian.TestTotp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Silian's TOTP against RFC 6238's own test vectors, and the once-only acceptance of a code. */
class TotpTest {

    /** RFC 6238 appendix B: the SHA1 key is the ASCII of "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void theRfcTestVectorsOfSha1(long unixSeconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(unixSeconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
        // Six digits, as apps show them, are the last six of the eight.
        assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(expected.substring(2));
        assertThat(TestTotp.code(RFC_KEY, step, 8)).isEqualTo(expected);
    }

    @Test
    void aBase32SecretGivesTheCodesAnIndependentAuthenticatorComputes() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        long step = Totp.step(Instant.now());
        for (long s = step - 2; s <= step + 2; s++) {
            assertThat(Totp.code(secret, s)).isEqualTo(TestTotp.code(secret, s));
        }
        assertThat(Totp.code(SecondFactorService.DEMO_SECRET, step)).isEqualTo(TestTotp.code(TestTotp.DEMO_SECRET, step));
    }

    @Test
    void aCodeIsAcceptedOnceAndNeverAgainNorOneOfAnEarlierStep() {
        String secret = Totp.newSecret();
        SecondFactor factor = new SecondFactor(1L, secret);
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.step(now);

        assertThat(factor.accept(TestTotp.code(secret, step), now)).isTrue();
        assertThat(factor.accept(TestTotp.code(secret, step), now)).as("replay").isFalse();
        assertThat(factor.accept(TestTotp.code(secret, step - 1), now)).as("older than the last used").isFalse();
        assertThat(factor.accept(TestTotp.code(secret, step + 1), now)).as("the next step, clocks drift").isTrue();
        assertThat(factor.accept(TestTotp.code(secret, step + 1), now)).as("replay of the next").isFalse();
    }

    @Test
    void oneStepOfDriftEitherWayIsToleratedNotTwo() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = Totp.step(now);
        assertThat(new SecondFactor(1L, secret).accept(TestTotp.code(secret, step - 1), now)).isTrue();
        assertThat(new SecondFactor(1L, secret).accept(TestTotp.code(secret, step + 1), now)).isTrue();
        assertThat(new SecondFactor(1L, secret).accept(TestTotp.code(secret, step - 2), now)).isFalse();
        assertThat(new SecondFactor(1L, secret).accept(TestTotp.code(secret, step + 2), now)).isFalse();
    }

    @Test
    void anythingButSixDigitsIsRefused() {
        SecondFactor factor = new SecondFactor(1L, Totp.newSecret());
        Instant now = Instant.now();
        assertThat(factor.accept(null, now)).isFalse();
        assertThat(factor.accept("", now)).isFalse();
        assertThat(factor.accept("12345", now)).isFalse();
        assertThat(factor.accept("abcdef", now)).isFalse();
    }

    @Test
    void theRequiredRolesAreACommaSeparatedListAndMayBeEmpty() {
        assertThat(SecondFactorService.roles("ADMIN, office")).containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICE);
        assertThat(SecondFactorService.roles("")).isEmpty();
    }

    @Test
    void theOtpauthUriNamesSilianAndTheAccount() {
        assertThat(SecondFactorService.uri("office", "ABC"))
                .isEqualTo("otpauth://totp/Silian:office?secret=ABC&issuer=Silian");
    }
}
