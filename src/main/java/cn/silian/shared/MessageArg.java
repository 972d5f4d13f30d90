package cn.silian.shared;

import java.util.Objects;

/** One argument of a {@link Message}: literal text, or a message translated with it. */
public sealed interface MessageArg permits Message, MessageArg.Literal {

    /** Text shown as it is, in every language: a name, a title, a date already formatted. */
    record Literal(String text) implements MessageArg {
        public Literal {
            text = Objects.toString(text, "");
        }
    }
}
