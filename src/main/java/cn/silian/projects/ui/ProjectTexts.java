package cn.silian.projects.ui;

import cn.silian.projects.ProjectState;
import cn.silian.projects.ProposerKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;

/** How the project views write a state, a cost and a proposer. */
final class ProjectTexts {

    private ProjectTexts() {
    }

    /** The state in words, in a badge whose colour only repeats them. */
    static Span state(Component c, ProjectState state) {
        Span badge = new Span(c.getTranslation(state.messageKey()));
        badge.getElement().getThemeList().add(switch (state) {
            case PROPOSED -> "badge";
            case SHORTLISTED, ON_BALLOT -> "badge contrast";
            case ADOPTED -> "badge success";
            case MERGED, DECLINED, NOT_ADOPTED -> "badge contrast";
        });
        return badge;
    }

    static String cost(Component c, BigDecimal cost) {
        return cost == null ? c.getTranslation("common.none") : c.getTranslation("project.cost.value", cost.toPlainString());
    }

    /** The deputy's or the street's name; the office's proposals say so. */
    static String proposer(Component c, ProposerKind kind, String name) {
        return name == null ? c.getTranslation(kind.messageKey()) : name;
    }
}
