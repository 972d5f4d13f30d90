package cn.silian.notifications;

import java.util.List;
import java.util.Objects;

/**
 * What to tell people. {@code messageKey} and {@code args} are stored and translated when shown
 * (the inbox in the reader's language, e-mail in the recipient's chosen language). The args are
 * plain strings already formatted (dates as text). {@code link} is an app-relative route such as
 * {@code "meetings/12"}, or {@code null}.
 */
public record Notice(String kind, String messageKey, List<String> args, String link) {

    public Notice {
        args = args == null ? List.of() : args.stream().map(a -> Objects.toString(a, "")).toList();
    }

    public Notice(String kind, String messageKey, String... args) {
        this(kind, messageKey, List.of(args), null);
    }
}
