package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.people.Level;
import cn.silian.topics.Progress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Small renderings the topic pages share, so a topic reads the same in its list and on its page. */
final class TopicTexts {

    private TopicTexts() {
    }

    static String period(Component c, LocalDate from, LocalDate to) {
        return c.getTranslation("topics.period.range", from == null ? "" : from.toString(), to == null ? "" : to.toString());
    }

    static String expertise(Component c, Collection<Expertise> tags) {
        if (tags == null || tags.isEmpty()) {
            return c.getTranslation("common.none");
        }
        return tags.stream().sorted().map(x -> c.getTranslation(x.messageKey()))
                .collect(Collectors.joining(c.getTranslation("list.separator")));
    }

    /** A group's members by level, most senior first, e.g. "国2 省1 区4". */
    static String levelMix(Component c, Map<Level, Long> mix) {
        if (mix == null || mix.isEmpty()) {
            return c.getTranslation("common.none");
        }
        return mix.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> c.getTranslation("topics.level.short." + e.getKey().name(), e.getValue()))
                .collect(Collectors.joining(" "));
    }

    /** A slim bar with its percentage written beside it; the label names what progresses. */
    static Component progress(Component c, Progress progress, String of) {
        Progress p = progress == null ? Progress.NONE : progress;
        ProgressBar bar = new ProgressBar(0, 1, p.fraction());
        bar.setWidth("6em");
        bar.getElement().setAttribute("aria-label", c.getTranslation("topics.progress.of", of, p.percent()));
        Span percent = new Span(c.getTranslation("topics.progress.percent", p.percent()));
        HorizontalLayout layout = new HorizontalLayout(bar, percent);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.setSpacing(true);
        layout.setPadding(false);
        return layout;
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
