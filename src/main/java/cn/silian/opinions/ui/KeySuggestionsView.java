package cn.silian.opinions.ui;

import cn.silian.opinions.KeyProgress;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionSummary;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.PhoneColumns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The office's one page on the year's key suggestions (重点督办, about twenty): for each its
 * supervising leader, state, clock, the last step, how often the unit met the deputy, and the
 * answer with its rating. Few enough to read each one whole.
 */
@Route("suggestions/key")
@Menu(order = 29, title = "menu.key-suggestions", icon = "vaadin:star")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class KeySuggestionsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Integer> year = new ComboBox<>();
    final Grid<KeyProgress> grid = new Grid<>();
    final Paragraph total = new Paragraph();
    final PhoneColumns<KeyProgress> phone = new PhoneColumns<>(grid);
    private final transient SuggestionService suggestions;

    KeySuggestionsView(SuggestionService suggestions) {
        this.suggestions = suggestions;
        addClassName("key-suggestions-view");
        setSizeFull();
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        year.setLabel(getTranslation("suggestions.year"));
        year.setItems(IntStream.rangeClosed(0, SuggestionListView.YEARS_BACK).mapToObj(i -> thisYear - i).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        total.getElement().setAttribute("aria-live", "polite");

        grid.setAriaLabel(getTranslation("suggestions.key.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        phone.main(grid.addComponentColumn(p -> {
            SuggestionSummary s = p.summary();
            Div cell = new Div(new Anchor("suggestions/" + s.id(), SuggestionTexts.code(this, s.code(), s.year()) + " " + s.title()));
            Div lead = new Div(SuggestionTexts.person(this, s.leadName(), s.leadLevel()));
            lead.addClassName("list-secondary-always");
            cell.add(lead, phone.secondLine(getTranslation(s.state().messageKey()), s.leadUnitName(), due(p), lastStep(p),
                    answer(p).getText()));
            return cell;
        }).setHeader(getTranslation("suggestions.title-column")).setFlexGrow(3));
        phone.add(grid.addColumn(p -> SuggestionTexts.orNone(this, p.keyLeader())
                        + (p.keyFollowers() == null ? "" : " · " + p.keyFollowers()))
                .setHeader(getTranslation("suggestions.key.leader")).setFlexGrow(1));
        phone.add(grid.addComponentColumn(p -> SuggestionTexts.state(this, p.summary().state()))
                .setHeader(getTranslation("suggestions.state")).setAutoWidth(true));
        phone.add(grid.addColumn(p -> SuggestionTexts.orNone(this, p.summary().leadUnitName()))
                .setHeader(getTranslation("suggestions.lead-unit")).setFlexGrow(1));
        phone.add(grid.addColumn(this::due).setHeader(getTranslation("suggestions.due")).setAutoWidth(true));
        phone.add(grid.addColumn(this::lastStep).setHeader(getTranslation("suggestions.key.last-step")).setFlexGrow(1));
        phone.add(grid.addColumn(KeyProgress::contacts).setHeader(getTranslation("suggestions.key.contacts"))
                .setAutoWidth(true));
        phone.add(grid.addComponentColumn(this::answer).setHeader(getTranslation("suggestions.key.answer")).setAutoWidth(true));
        grid.setEmptyStateText(getTranslation("suggestions.key.empty"));
        add(new H2(getTranslation("suggestions.key.title")), year, total, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        Integer y = year.getValue();
        List<KeyProgress> rows = y == null ? List.of() : suggestions.keyProgress(y);
        grid.setItems(rows);
        total.setText(getTranslation("suggestions.key.total", rows.size(),
                rows.stream().filter(r -> r.summary().overdue() && r.summary().state().isInHandling()).count()));
    }

    private String due(KeyProgress p) {
        SuggestionSummary s = p.summary();
        return s.state().isInHandling() ? SuggestionTexts.clock(this, s.dueDate(), s.overdue(), s.dueSoon())
                : SuggestionTexts.orNone(this, s.dueDate() == null ? null : s.dueDate().toString());
    }

    private String lastStep(KeyProgress p) {
        if (p.lastStep() == null) {
            return getTranslation("common.none");
        }
        return getTranslation(p.lastStep().messageKey()) + " · " + Formats.dateTimeShort(p.lastStepAt());
    }

    private Span answer(KeyProgress p) {
        if (p.answer() == null) {
            return new Span(getTranslation("suggestions.key.no-answer"));
        }
        return new Span(getTranslation(p.answer().messageKey())
                + (p.rating() == null ? "" : " · " + getTranslation(p.rating().messageKey())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suggestions.key.title") + " · " + getTranslation("app.name");
    }
}
