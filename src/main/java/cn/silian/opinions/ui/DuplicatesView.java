package cn.silian.opinions.ui;

import cn.silian.opinions.DuplicateCluster;
import cn.silian.opinions.SimilarityService;
import cn.silian.opinions.SuggestionService;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The office's near-duplicates among a year's suggestions: clusters of suggestions that say nearly
 * the same, each pair with how close it is and the words it shares, and a button that joins a
 * cluster for handling (并案) — one unit handles them together, each deputy still gets his own answer.
 */
@Route("suggestions/duplicates")
@RolesAllowed({Roles.OFFICE, Roles.ADMIN})
public class DuplicatesView extends VerticalLayout implements HasDynamicTitle {

    private static final int YEARS_BACK = 5;

    final Select<Integer> year = new Select<>();
    final Paragraph summary = new Paragraph();
    final Div clusters = new Div();
    final List<Button> joinButtons = new ArrayList<>();
    List<DuplicateCluster> shown = List.of();
    private final transient SimilarityService similarity;
    private final transient SuggestionService suggestions;

    DuplicatesView(SimilarityService similarity, SuggestionService suggestions) {
        this.similarity = similarity;
        this.suggestions = suggestions;
        addClassName("duplicates-view");
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("similar.duplicates.year"));
        year.setItems(IntStream.rangeClosed(0, YEARS_BACK).mapToObj(i -> thisYear - i).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        clusters.addClassName("duplicate-clusters");
        add(new H2(getTranslation("similar.duplicates.title")), new Paragraph(getTranslation("similar.duplicates.intro")),
                year, summary, clusters);
        refresh();
    }

    void refresh() {
        clusters.removeAll();
        joinButtons.clear();
        List<DuplicateCluster> found = similarity.nearDuplicates(year.getValue(), SimilarityService.DUPLICATE_THRESHOLD);
        shown = found;
        summary.setText(found.isEmpty() ? getTranslation("similar.duplicates.none", String.valueOf(year.getValue()))
                : getTranslation("similar.duplicates.found", found.size()));
        int n = 1;
        for (DuplicateCluster cluster : found) {
            clusters.add(card(n++, cluster));
        }
    }

    private Component card(int n, DuplicateCluster cluster) {
        Div card = new Div();
        card.addClassName("duplicate-cluster");
        H3 heading = new H3(getTranslation("similar.duplicates.cluster", n, percent(cluster.topScore())));
        UnorderedList members = new UnorderedList();
        Map<Long, String> titles = cluster.members().stream()
                .collect(Collectors.toMap(DuplicateCluster.Member::id, DuplicateCluster.Member::title));
        for (DuplicateCluster.Member m : cluster.members()) {
            Anchor link = new Anchor("suggestions/" + m.id(), (m.code() == null ? "" : m.code() + " ") + m.title());
            Span who = new Span(" · " + (m.leadName() == null ? "" : m.leadName()) + " · " + getTranslation(m.state().messageKey())
                    + (m.handlingGroupId() == null ? "" : " · " + getTranslation("similar.duplicates.joined")));
            members.add(new ListItem(link, who));
        }
        UnorderedList pairs = new UnorderedList();
        pairs.addClassName("duplicate-pairs");
        for (DuplicateCluster.Pair p : cluster.pairs()) {
            pairs.add(new ListItem(getTranslation("similar.duplicates.pair", titles.get(p.first()), titles.get(p.second()),
                    percent(p.score()), String.join(getTranslation("export.suggestion.separator"), p.reason()))));
        }
        Button join = new Button(getTranslation("similar.duplicates.join"), e -> join(cluster));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setEnabled(!cluster.alreadyJoined());
        join.setAriaLabel(getTranslation("similar.duplicates.join-cluster", n));
        joinButtons.add(join);
        card.add(heading, members, pairs, join);
        return card;
    }

    void join(DuplicateCluster cluster) {
        try {
            suggestions.join(cluster.members().stream().map(DuplicateCluster.Member::id).toList());
            Toasts.success(getTranslation("similar.duplicates.join-done", cluster.members().size()));
            refresh();
        } catch (InvalidInputException e) {
            InvalidInputException.Problem first = e.problems().getFirst();
            Toasts.error(getTranslation(first.messageKey(), first.args()));
        }
    }

    private static String percent(double score) {
        return Math.round(score * 100) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("similar.duplicates.title") + " · " + getTranslation("app.name");
    }
}
