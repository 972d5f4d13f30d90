package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.util.Collection;
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

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
