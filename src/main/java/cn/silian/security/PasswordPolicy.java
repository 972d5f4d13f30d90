package cn.silian.security;

import cn.silian.shared.Pinyin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * ASVS 5.0 6.2: at least 12 characters, up to 128 allowed, any characters and no composition
 * rules; refused when it is a common or breached password (the shipped list
 * {@code security/common-passwords.txt}), such a password padded with digits and symbols, a
 * trivial pattern (one character, a run like {@code 1234567890ab}, a short part repeated), or
 * when it contains the user's own names: user name, display name or its pinyin.
 * Returns a message key, or {@code null} when the password is acceptable.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /**
     * What must be left of a password once the deputies' context words (security/context-words.txt,
     * ASVS 6.1.2) are taken out: it may contain them, but not be little more than them.
     */
    static final int MIN_LENGTH_WITHOUT_CONTEXT_WORDS = 6;
    /** Shorter names (e.g. 李 → "li") would refuse far too many good passwords. */
    private static final int MIN_NAME_LENGTH = 3;

    private PasswordPolicy() {
    }

    static String check(String password, String username, String displayName) {
        return check(password, username, displayName, MIN_LENGTH);
    }

    /** With another minimum length: only for the demo loader's published password (see AccountService). */
    static String check(String password, String username, String displayName, int minLength) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return "password.too-short";
        }
        if (password.length() > MAX_LENGTH) {
            return "password.too-long";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String unlettered = withoutLetterAffixes(lower);
        if (isCommon(lower) || isCommon(core(lower)) || isTrivial(lower)
                || isCommon(unlettered) || unlettered.length() >= 6 && isTrivial(unlettered)) {
            return "password.common";
        }
        String compact = lower.replaceAll("[\\s'·.\\-_]", "");
        // The demo loader's published password predates this rule and is no secret anyway.
        if (minLength >= MIN_LENGTH && littleMoreThanContextWords(lower)) {
            return "password.context-word";
        }
        for (String name : names(username, displayName)) {
            if (name.length() >= minimumLength(name) && compact.contains(name)) {
                return "password.contains-name";
            }
        }
        return null;
    }

    private static Set<String> names(String username, String displayName) {
        Set<String> names = new HashSet<>();
        if (username != null) {
            names.add(username.strip().toLowerCase(Locale.ROOT));
        }
        if (displayName != null && !displayName.isBlank()) {
            String name = displayName.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s'·.\\-_]", "");
            names.add(name);
            // A Chinese name counts by its characters and by the pinyin people type for it.
            String pinyin = Pinyin.full(displayName);
            if (pinyin != null) {
                names.add(pinyin.toLowerCase(Locale.ROOT));
            }
        }
        names.remove("");
        return names;
    }

    private static boolean littleMoreThanContextWords(String lower) {
        String rest = lower;
        for (String word : ContextWords.LIST) {
            rest = rest.replace(word, "");
        }
        return rest.length() < lower.length()
                && rest.codePointCount(0, rest.length()) < MIN_LENGTH_WITHOUT_CONTEXT_WORDS;
    }

    /** Two Chinese characters already make a name; two Latin letters do not. */
    private static int minimumLength(String name) {
        return name.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 2 : MIN_NAME_LENGTH;
    }

    /** The password without the digits and symbols padded around it: {@code "dragon2024!"} → {@code "dragon"}. */
    private static String core(String lower) {
        int from = 0;
        int to = lower.length();
        while (from < to && !Character.isLetter(lower.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(lower.charAt(to - 1))) {
            to--;
        }
        return lower.substring(from, to);
    }

    /** Without one or two letters put before or after: {@code "a123456789012"} → {@code "123456789012"}. */
    private static String withoutLetterAffixes(String lower) {
        int from = 0;
        int to = lower.length();
        while (from < 2 && from < to && Character.isLetter(lower.charAt(from))) {
            from++;
        }
        while (lower.length() - to < 2 && to > from && Character.isLetter(lower.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == lower.length() || to - from < 2 ? "" : lower.substring(from, to);
    }

    /** One short part repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}), or a run of neighbouring characters. */
    private static boolean isTrivial(String lower) {
        int n = lower.length();
        for (int unit = 1; unit <= n / 2 && unit <= 6; unit++) {
            if (n % unit == 0 && lower.substring(0, unit).repeat(n / unit).equals(lower)) {
                return true;
            }
        }
        int step = lower.charAt(1) - lower.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < n; i++) {
            int d = lower.charAt(i) - lower.charAt(i - 1);
            // 1234567890: the digit row wraps from 9 to 0
            boolean wraps = Character.isDigit(lower.charAt(i)) && Math.abs(d) == 9;
            if (d != step && !wraps) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCommon(String lower) {
        return !lower.isEmpty() && CommonPasswords.LIST.contains(lower);
    }

    /** The deployment's words, {@code security/context-words.txt}: one per line, longest first. */
    private static final class ContextWords {
        static final java.util.List<String> LIST = read("/security/context-words.txt").stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static java.util.List<String> read(String resource) {
        java.util.List<String> words = new java.util.ArrayList<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Loaded on first use: some 30,000 entries. */
    private static final class CommonPasswords {
        static final Set<String> LIST = new HashSet<>(read("/security/common-passwords.txt"));
    }

    /** How many entries the shipped list holds, for the test that it was found and read. */
    static int listSize() {
        return CommonPasswords.LIST.size();
    }
}
