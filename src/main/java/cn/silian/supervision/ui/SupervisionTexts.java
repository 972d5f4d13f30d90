package cn.silian.supervision.ui;

import cn.silian.supervision.RatingFigures;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** What the module's views write alike: a percent as a bar with its text, a rating's figures, an action's outcome. */
final class SupervisionTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SupervisionTexts() {
    }

    static Component percent(Component c, int percent) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.getElement().setAttribute("aria-label", c.getTranslation("supervision.percent.label", percent));
        bar.setWidth("6em");
        Span text = new Span(percent + "%");
        Div box = new Div(bar, text);
        box.addClassName("supervision-percent");
        box.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        return box;
    }

    static String figures(Component c, RatingFigures f) {
        return c.getTranslation("supervision.rating.figures", f.satisfied(), f.basically(), f.unsatisfied(), f.total(),
                String.valueOf(f.ratePercent()));
    }

    static String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** Runs a service call; a refusal is shown on its fields and as a toast. Returns whether it went through. */
    static boolean attempt(Component c, Runnable action, Map<String, ? extends HasValidation> fields) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(c, ex, fields));
        } catch (ConcurrentEditException ex) {
            Toasts.error(c.getTranslation("error.concurrent-edit"));
        }
        return false;
    }
}
