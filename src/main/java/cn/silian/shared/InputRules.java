package cn.silian.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The small input rules that forms and services share, so a view's instant feedback and the
 * service's final check can never disagree. Each check returns a message key or {@code null}.
 */
public final class InputRules {

    /** A mainland mobile number, or a landline with area code (0xx-xxxxxxx). */
    private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");
    /** Control characters and bidirectional overrides never belong in names or titles. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");
    /** The same, less the line breaks and tabs that texts written in a text area are made of. */
    private static final Pattern UNSAFE_MULTILINE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F&&[^\\n\\r\\t]]");

    private InputRules() {
    }

    public static String required(String value) {
        return value == null || value.isBlank() ? "validation.required" : null;
    }

    public static String maxLength(String value, int max) {
        return value != null && value.strip().length() > max ? "validation.too-long" : null;
    }

    public static String phone(String value) {
        return value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()
                ? "validation.phone" : null;
    }

    public static String safeText(String value) {
        return value != null && UNSAFE.matcher(value).find() ? "validation.unsafe-text" : null;
    }

    /** {@link #safeText} for texts of several lines: reports, backgrounds, comments. */
    public static String safeMultilineText(String value) {
        return value != null && UNSAFE_MULTILINE.matcher(value).find() ? "validation.unsafe-text" : null;
    }

    /** Collects problems field by field; {@link #throwIfAny()} ends a service's validation. */
    public static final class Checker {
        private final List<InvalidInputException.Problem> problems = new ArrayList<>();

        public Checker check(String field, String messageKey, Object... args) {
            if (messageKey != null) {
                problems.add(new InvalidInputException.Problem(field, messageKey, args));
            }
            return this;
        }

        public Checker text(String field, String value, boolean required, int max) {
            if (required) {
                check(field, required(value));
            }
            check(field, maxLength(value, max), max);
            check(field, safeText(value));
            return this;
        }

        /** {@link #text} for a text area, where line breaks are the text's own. */
        public Checker multiline(String field, String value, boolean required, int max) {
            if (required) {
                check(field, required(value));
            }
            check(field, maxLength(value, max), max);
            check(field, safeMultilineText(value));
            return this;
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }

    public static Checker checker() {
        return new Checker();
    }

    /** Trims, and turns blank into {@code null}. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
