package cn.silian.topics.ui;

import cn.silian.shared.ui.Attempts;
import cn.silian.people.Level;
import cn.silian.topics.Progress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shared pieces of the topic and group pages: the level mix in short labels, the progress bar, form actions. */
final class GroupTexts {

    private GroupTexts() {
    }

    /** "国 1 · 区 3 · 街 2": one short label per level present, most senior first. */
    static String levelMix(Component c, Map<Level, Long> mix) {
        String text = Stream.of(Level.values()).filter(l -> mix.getOrDefault(l, 0L) > 0)
                .map(l -> c.getTranslation("level.short." + l.name()) + " " + mix.get(l))
                .collect(Collectors.joining(" · "));
        return text.isEmpty() ? c.getTranslation("common.none") : text;
    }

    /** A bar with its percent as text, so that the figure does not rest on the bar alone. */
    static Component progress(Component c, Progress progress, String of) {
        String label = c.getTranslation("group.progress.label", of, progress.percent(), progress.done(), progress.total());
        ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
        bar.getElement().setAttribute("aria-label", label);
        bar.setWidth("6em");
        Span percent = new Span(c.getTranslation("group.progress.percent", progress.percent()));
        percent.getElement().setAttribute("title", label);
        HorizontalLayout layout = new HorizontalLayout(bar, percent);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.setSpacing(true);
        layout.addClassName("group-progress");
        return layout;
    }

    /**
     * Runs one service call of a form or a row action; bad input shows on the named fields and in
     * a notification, a conflicting edit as the conflict message. Returns whether it went through.
     */
    static boolean attempt(Component c, Runnable action, Map<String, ? extends HasValidation> fields) {
        return Attempts.attempt(c, action, fields);
    }

    static boolean attempt(Component c, Runnable action) {
        return attempt(c, action, Map.of());
    }

    static String date(Component c, java.time.LocalDate date) {
        return date == null ? c.getTranslation("common.none") : date.toString();
    }

    /** Done, overdue or open, in words and not by colour alone. */
    static Component state(Component c, boolean done, java.time.LocalDate doneOn, boolean overdue) {
        Span s = new Span(done ? c.getTranslation("work.done-on", date(c, doneOn))
                : c.getTranslation(overdue ? "work.overdue" : "work.open"));
        if (done) {
            s.getElement().getThemeList().add("badge success");
        } else if (overdue) {
            s.getElement().getThemeList().add("badge error");
        }
        return s;
    }
}
