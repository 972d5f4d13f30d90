package cn.silian.opinions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableBiFunction;

import cn.silian.opinions.SimilarHit;
import cn.silian.shared.InvalidInputException;
import java.util.List;

/**
 * The draft editor's side panel: the suggestions and opinions most like the draft, of all levels
 * and past years, ranked, each with the terms it shares, so the deputy co-signs or merges instead
 * of writing the same matter twice. The search itself is one function handed in, so the panel
 * does not know which service answers it.
 */
class SimilarPanel extends Aside {

    static final int MIN_TEXT = 8;

    final UnorderedList list = new UnorderedList();
    final Paragraph status = new Paragraph();
    private final SerializableBiFunction<String, String, List<SimilarHit>> search;
    List<SimilarHit> hits = List.of();

    SimilarPanel(SerializableBiFunction<String, String, List<SimilarHit>> search) {
        this.search = search;
        addClassName("similar-panel");
        addClassName("card");
        H3 heading = new H3(getTranslation("suggestions.similar.title"));
        heading.setId("similar-heading");
        getElement().setAttribute("aria-labelledby", "similar-heading");
        status.addClassName("similar-status");
        status.getElement().setAttribute("aria-live", "polite");
        list.addClassName("similar-hits");
        add(heading, new Paragraph(getTranslation("suggestions.similar.help")), status, list);
        show(List.of(), false);
    }

    /** Searches again for the draft's title and body; too short a text searches nothing. */
    void refresh(String title, String body) {
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (t.length() + b.length() < MIN_TEXT) {
            show(List.of(), false);
            return;
        }
        List<SimilarHit> found;
        try {
            found = search.apply(t, b);
        } catch (InvalidInputException e) {
            // The form's own fields tell what is wrong with the text; the panel just has nothing to show yet.
            found = List.of();
        }
        show(found, true);
    }

    private void show(List<SimilarHit> found, boolean searched) {
        hits = found;
        list.removeAll();
        status.setText(getTranslation(!searched ? "suggestions.similar.waiting"
                : found.isEmpty() ? "suggestions.similar.none" : "suggestions.similar.count", found.size()));
        for (SimilarHit hit : found) {
            list.add(item(hit));
        }
    }

    private ListItem item(SimilarHit hit) {
        ListItem item = new ListItem();
        item.addClassName("similar-hit");
        Span kind = new Span(getTranslation("suggestions.similar.kind." + hit.kind().name()));
        kind.getElement().getThemeList().add("badge contrast");
        String route = hit.route();
        Div head = new Div(kind, new Span(" "));
        if (route != null) {
            head.add(new Anchor(route, hit.title()));
        } else {
            head.add(new Span(hit.title()));
        }
        item.add(head);
        if (hit.readable() && hit.snippet() != null && !hit.snippet().isBlank()) {
            Paragraph snippet = new Paragraph(hit.snippet());
            snippet.addClassName("similar-snippet");
            item.add(snippet);
        }
        // Lucene's score has no scale a reader could judge, so the rank and the shared words say how alike.
        StringBuilder meta = new StringBuilder(String.valueOf(hit.year()));
        if (hit.leadName() != null && !hit.leadName().isBlank()) {
            meta.append(" · ").append(hit.leadName());
        }
        if (hit.stateKey() != null) {
            meta.append(" · ").append(getTranslation(hit.stateKey()));
        }
        Div metaLine = new Div(meta.toString());
        metaLine.addClassName("list-secondary-always");
        item.add(metaLine);
        if (!hit.reason().isEmpty()) {
            Div why = new Div(getTranslation("suggestions.similar.reasons",
                    String.join(getTranslation("list.separator"), hit.reason())));
            why.addClassName("similar-reasons");
            item.add(why);
        }
        if (!hit.readable()) {
            Div hidden = new Div(getTranslation("suggestions.similar.title-only"));
            hidden.addClassName("similar-hidden");
            item.add(hidden);
        }
        return item;
    }
}
