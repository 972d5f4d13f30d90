package cn.silian.opinions.ui;

import cn.silian.shared.ui.Attempts;
import cn.silian.opinions.OpinionState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

import java.util.Map;

/** What the opinion views share: running a service call with its feedback, and a state badge. */
final class OpinionTexts {

    private OpinionTexts() {
    }

    /** Runs the action; bad input and a stale copy become messages (on the named fields too). */
    static boolean attempt(Component c, Runnable action, Map<String, ? extends HasValidation> fields) {
        return Attempts.attempt(c, action, fields);
    }

    static boolean attempt(Component c, Runnable action) {
        return attempt(c, action, Map.of());
    }

    /** The state in words, in a badge whose colour only repeats them. */
    static Span state(Component c, OpinionState state) {
        Span badge = new Span(c.getTranslation(state.messageKey()));
        badge.getElement().getThemeList().add(switch (state) {
            case NEW -> "badge";
            case CLASSIFIED, FORWARDED -> "badge contrast";
            case MERGED -> "badge contrast";
            case RESOLVED_ON_SPOT, ANSWERED_BY_UNIT, IN_SUGGESTION -> "badge success";
        });
        return badge;
    }

    /** The first line of a long text, for lists and pickers. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
