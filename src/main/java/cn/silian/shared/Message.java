package cn.silian.shared;

import cn.silian.shared.i18n.SilianI18nProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text kept as a bundle key and its arguments and translated only when it is shown, so that
 * every reader sees it in his own language, also years after it was written. An argument is
 * either literal text that no language changes (a name, a title) or itself a message — a role,
 * a status, a kind — translated along with it.
 */
public record Message(String key, List<MessageArg> args) implements MessageArg {

    public Message {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    /**
     * A message with its arguments: a {@code Message} argument is translated too (for an enum,
     * {@code Message.of(status.messageKey())}); anything else is shown as its text.
     */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args)
                .<MessageArg>map(a -> a instanceof Message m ? m : new MessageArg.Literal(a == null ? "" : String.valueOf(a)))
                .toList());
    }

    public String translate(Locale locale) {
        Object[] shown = args.stream()
                .map(a -> switch (a) {
                    case Message m -> m.translate(locale);
                    case MessageArg.Literal l -> l.text();
                })
                .toArray();
        return SilianI18nProvider.translate(key, locale, shown);
    }
}
