package cn.silian.shared;

import java.util.List;

/**
 * Thrown by a service when input breaks a rule. It carries message keys, not text, so the
 * view shows each problem in the user's language; nothing has been changed when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One broken rule: the field it concerns (or {@code null}), a message key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
        @Override
        public String toString() {
            return (field == null ? "" : field + ": ") + messageKey;
        }
    }
}
