package cn.silian.opinions;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Receipt codes of the public intake: 10 characters of Crockford's base32 (50 random bits), so
 * they cannot be guessed, and easy to read aloud or copy from paper (no I, L, O, U; a typed
 * I or L reads as 1, O as 0; spaces and dashes are ignored).
 */
final class ReceiptCodes {

    static final int LENGTH = 10;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern VALID = Pattern.compile("^[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, normalised; {@code null} if it cannot be a code at all. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('I', '1').replace('L', '1').replace('O', '0');
        return VALID.matcher(code).matches() ? code : null;
    }
}
