package cn.silian.notifications;

import java.time.Instant;
import java.util.List;

/** One notice in the caller's inbox; the view translates {@code messageKey} with {@code args}. */
public record InboxItem(long id, String kind, String messageKey, List<String> args, String link, Instant createdAt,
                        boolean read) {
}
