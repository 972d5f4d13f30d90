package cn.silian.opinions.ui;

import cn.silian.shared.ui.Attempts;
import cn.silian.opinions.SuggestionState;
import cn.silian.people.Level;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.util.Map;

/** How the suggestion pages word states, numbers, clocks and the results of a step. */
final class SuggestionTexts {

    private SuggestionTexts() {
    }

    /** The state as a badge whose words say it: the colour only repeats them. */
    static Span state(Component c, SuggestionState state) {
        Span badge = new Span(c.getTranslation(state.messageKey()));
        badge.getElement().getThemeList().add(switch (state) {
            case DRAFT, RETURNED -> "badge contrast";
            case NOT_FILED, WITHDRAWN -> "badge error";
            case CLOSED -> "badge success";
            default -> "badge";
        });
        badge.addClassName("suggestion-state");
        return badge;
    }

    /** The number once accepted ("2026-015"), else "draft of 2026" in words. */
    static String code(Component c, String code, int year) {
        return code == null ? c.getTranslation("suggestions.no-number", String.valueOf(year)) : code;
    }

    static String person(Component c, String name, Level level) {
        return level == null ? name : c.getTranslation("suggestions.person.level", name, c.getTranslation(level.messageKey()));
    }

    /** "due 2026-09-01", with "overdue" or "due soon" spelled out when it is. */
    static String clock(Component c, LocalDate due, boolean overdue, boolean dueSoon) {
        if (due == null) {
            return "";
        }
        String text = c.getTranslation("suggestions.due.on", due.toString());
        if (overdue) {
            return text + " · " + c.getTranslation("suggestions.overdue");
        }
        return dueSoon ? text + " · " + c.getTranslation("suggestions.due-soon") : text;
    }

    /** The flag of a clock: a badge in words, or {@code null} when there is nothing to flag. */
    static Span flag(Component c, boolean overdue, boolean dueSoon) {
        if (!overdue && !dueSoon) {
            return null;
        }
        Span badge = new Span(c.getTranslation(overdue ? "suggestions.overdue" : "suggestions.due-soon"));
        badge.getElement().getThemeList().add(overdue ? "badge error" : "badge contrast");
        badge.addClassName(overdue ? "overdue-flag" : "due-soon-flag");
        return badge;
    }

    static String orNone(Component c, String text) {
        return text == null || text.isBlank() ? c.getTranslation("common.none") : text;
    }

    /**
     * Runs one step; bad input shows on the named fields and in a notification, a conflicting
     * edit as the conflict message. Returns whether it went through.
     */
    static boolean attempt(Component c, Runnable step, Map<String, ? extends HasValidation> fields) {
        return Attempts.attempt(c, step, fields);
    }
}
