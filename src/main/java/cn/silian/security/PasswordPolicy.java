package cn.silian.security;

/**
 * At least 10 characters from at least three of: lower case, upper case, digits, symbols.
 * Returns a message key, or {@code null} when the password is acceptable.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static String check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.too-short";
        }
        if (password.length() > MAX_LENGTH) {
            return "validation.too-long";
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return "password.too-simple";
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return "password.contains-username";
        }
        return null;
    }
}
