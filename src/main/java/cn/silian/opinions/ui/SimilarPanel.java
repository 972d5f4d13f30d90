package cn.silian.opinions.ui;

import cn.silian.opinions.SimilarHit;
import cn.silian.opinions.SimilarityService;
import cn.silian.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/**
 * The suggestions and opinions most like a draft, for the suggestion form to place beside the
 * text: each with what it is, its year and state, the lead deputy, and the words it shares with
 * the draft. One the deputy may open links to its page; another deputy's suggestion shows its
 * title only, so that he can ask to co-sign it. Call {@link #show} when the text settles.
 */
public class SimilarPanel extends Div {

    public static final int SHOWN = 8;

    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    private final transient SimilarityService similarity;
    private List<SimilarHit> hits = List.of();

    public SimilarPanel(SimilarityService similarity) {
        this.similarity = similarity;
        addClassName("similar-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("similar.title"));
        list.addClassName("similar-hits");
        empty.setText(getTranslation("similar.none"));
        add(new H3(getTranslation("similar.title")), new Paragraph(getTranslation("similar.intro")), empty, list);
    }

    /** Looks again for what is like this title and body; {@code excludeSuggestionId} the draft itself, once saved. */
    public void show(String title, String body, Long excludeSuggestionId) {
        try {
            hits = similarity.similarTo(title, body, excludeSuggestionId, SHOWN);
        } catch (InvalidInputException e) {
            // the form reports the text's problems itself; until it is fixed there is nothing to compare
            hits = List.of();
        }
        list.removeAll();
        hits.forEach(h -> list.add(item(h)));
        empty.setVisible(hits.isEmpty());
    }

    /** What is shown now, for tests. */
    public List<SimilarHit> hits() {
        return hits;
    }

    private Component item(SimilarHit h) {
        ListItem item = new ListItem();
        item.addClassName("similar-hit");
        String route = (h.kind() == SimilarHit.Kind.SUGGESTION ? "suggestions/" : "opinions/") + h.id();
        Component title = h.readable() ? new Anchor(route, h.title()) : new Span(h.title());
        Span kind = new Span(getTranslation("similar.kind." + h.kind().name()));
        kind.addClassName("similar-kind");
        String facts = String.valueOf(h.year()) + " · " + getTranslation(h.stateKey())
                + (h.leadName() == null ? "" : " · " + getTranslation("similar.lead", h.leadName()));
        Span about = new Span(facts);
        about.addClassName("similar-facts");
        item.add(kind, title, about);
        if (!h.reason().isEmpty()) {
            Span reason = new Span(getTranslation("similar.reason", String.join(getTranslation("export.suggestion.separator"), h.reason())));
            reason.addClassName("similar-reason");
            item.add(reason);
        }
        if (h.snippet() != null) {
            Span snippet = new Span(h.snippet());
            snippet.addClassName("similar-snippet");
            item.add(snippet);
        }
        if (!h.readable()) {
            Span hint = new Span(getTranslation("similar.ask-to-cosign"));
            hint.addClassName("similar-hint");
            item.add(hint);
        }
        return item;
    }
}
