package cn.silian;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;

/**
 * An authenticator app for tests: RFC 6238 (HMAC-SHA1, 30 s, six digits) written apart from
 * Silian's own, Base32 included, so that a test proves Silian agrees with the RFC and not merely
 * with itself.
 */
public final class TestTotp {

    /** The demo administrator's and office's secret, as README publishes it. */
    public static final String DEMO_SECRET = "SILIANDEMOSECRETSILIANDEMOSECRET";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TestTotp() {
    }

    public static long step(Instant at) {
        return at.getEpochSecond() / 30;
    }

    public static long currentStep() {
        return step(Instant.now());
    }

    public static String code(String base32Secret, long step) {
        return code(base32(base32Secret), step, 6);
    }

    public static String now(String base32Secret) {
        return code(base32Secret, currentStep());
    }

    public static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[19] & 0xf;
            long value = ((h[o] & 0x7fL) << 24) | ((h[o + 1] & 0xffL) << 16) | ((h[o + 2] & 0xffL) << 8) | (h[o + 3] & 0xffL);
            long mod = 1;
            for (int i = 0; i < digits; i++) {
                mod *= 10;
            }
            String s = Long.toString(value % mod);
            return "0".repeat(digits - s.length()) + s;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] base32(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT).toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
