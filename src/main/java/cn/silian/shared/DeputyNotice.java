package cn.silian.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Published by a module that has something to tell people (an invitation, a change, a
 * reminder); the notifications module delivers it to their inboxes and e-mail, in the same
 * transaction, so a rolled-back change tells nobody. {@code messageKey} and {@code args} are
 * translated when shown, in the reader's language; {@code link} is an app-relative route.
 */
public record DeputyNotice(Collection<Long> deputyIds, String kind, String messageKey, List<String> args, String link) {
    public DeputyNotice {
        deputyIds = List.copyOf(Objects.requireNonNull(deputyIds));
        Objects.requireNonNull(kind);
        Objects.requireNonNull(messageKey);
        args = args == null ? List.of() : List.copyOf(args);
    }
}
