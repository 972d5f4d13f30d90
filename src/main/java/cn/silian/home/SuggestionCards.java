package cn.silian.home;

import cn.silian.opinions.AssignmentClock;
import cn.silian.opinions.DeadlineCounts;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionState;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.WaitingItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.data.domain.PageRequest;

import java.util.List;

/**
 * The home page's suggestion cards: what waits for a deputy, a unit's open assignments with
 * their clocks, and the office's figures with links to the filtered list. Clocks say "overdue"
 * and "days left" in words, not by colour alone.
 */
final class SuggestionCards {

    static final int ASSIGNMENTS_SHOWN = 20;

    private SuggestionCards() {
    }

    /** Co-sign invitations, suggestions returned for revision, answers to rate. */
    static Section waitingForDeputy(Component c, SuggestionService suggestions) {
        List<WaitingItem> waiting = suggestions.waitingForDeputy();
        Section section = card(c, "my-suggestions", "home.suggestions.waiting");
        if (waiting.isEmpty()) {
            section.add(new Paragraph(c.getTranslation("home.suggestions.waiting.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("waiting-suggestions");
        for (WaitingItem w : waiting) {
            Span reason = new Span(c.getTranslation(w.reason().messageKey()));
            reason.getElement().getThemeList().add("badge");
            list.add(new ListItem(new Anchor("suggestions/" + w.id(), (w.code() == null ? "" : w.code() + " ") + w.title()),
                    new Span(" "), reason));
        }
        section.add(list, new Anchor("suggestions", c.getTranslation("home.suggestions.open")));
        return section;
    }

    /** A unit's open assignments, most urgent first, each with its days left or overdue. */
    static Section unitAssignments(Component c, SuggestionService suggestions) {
        List<AssignmentClock> open = suggestions.openAssignmentsOfMyUnit(PageRequest.of(0, ASSIGNMENTS_SHOWN)).getContent();
        Section section = card(c, "unit-assignments", "home.unit.assignments");
        if (open.isEmpty()) {
            section.add(new Paragraph(c.getTranslation("home.unit.assignments.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("assignments");
        for (AssignmentClock a : open) {
            ListItem item = new ListItem(new Anchor("suggestions/" + a.suggestionId(),
                    (a.code() == null ? "" : a.code() + " ") + a.title()));
            item.add(new Span(" · " + c.getTranslation(a.lead() ? "home.unit.lead" : "home.unit.co")));
            Span clock = new Span(a.overdue() ? c.getTranslation("home.unit.overdue", -a.daysLeft(), a.dueDate())
                    : c.getTranslation("home.unit.days-left", a.daysLeft(), a.dueDate()));
            clock.addClassName("clock");
            if (a.overdue() || a.dueSoon()) {
                clock.getElement().getThemeList().add(a.overdue() ? "badge error" : "badge contrast");
            }
            item.add(new Span(" "), clock);
            if (!a.signed() && a.lead()) {
                Span unsigned = new Span(c.getTranslation("home.unit.not-signed"));
                unsigned.getElement().getThemeList().add("badge");
                item.add(new Span(" "), unsigned);
            }
            list.add(item);
        }
        section.add(list, new Anchor("suggestions", c.getTranslation("home.suggestions.open")));
        return section;
    }

    /** The office's three figures, each a link to the list filtered to them. */
    static Section officeFigures(Component c, SuggestionService suggestions) {
        long submitted = suggestions.count(SuggestionFilter.all().withState(SuggestionState.SUBMITTED));
        DeadlineCounts deadlines = suggestions.deadlineCounts();
        Section section = card(c, "office-suggestions", "home.suggestions.office");
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.add(tile(c, "suggestions?state=SUBMITTED", submitted, "home.suggestions.submitted"),
                tile(c, "suggestions?overdue", deadlines.overdue(), "home.suggestions.overdue"),
                tile(c, "suggestions?sort=due", deadlines.dueSoon(), "home.suggestions.due-soon"));
        section.add(tiles, new Anchor("suggestions/key", c.getTranslation("home.suggestions.key")));
        return section;
    }

    /** What the public said that nobody has looked at yet: for the street's staff and the office to triage. */
    static Section opinionsToTriage(Component c, OpinionService opinions) {
        long fresh = opinions.count(new OpinionFilter(OpinionState.NEW, null, null, null, null, null, null));
        Section section = card(c, "opinions-to-triage", "home.opinions.triage");
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.add(tile(c, "opinions?state=NEW", fresh, "home.opinions.new"));
        section.add(tiles, new Anchor("opinions", c.getTranslation("home.opinions.open")));
        return section;
    }

    private static Component tile(Component c, String href, long value, String key) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("tile-number");
        Span text = new Span(c.getTranslation(key));
        text.addClassName("tile-label");
        Anchor tile = new Anchor(href);
        tile.add(number, text);
        tile.addClassName("tile");
        tile.getElement().setAttribute("aria-label", c.getTranslation(key) + " " + value);
        return tile;
    }

    private static Section card(Component c, String className, String titleKey) {
        Section section = new Section();
        section.addClassName("card");
        section.addClassName(className);
        section.add(new H3(c.getTranslation(titleKey)));
        return section;
    }
}
