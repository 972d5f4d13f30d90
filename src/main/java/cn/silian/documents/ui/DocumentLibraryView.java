package cn.silian.documents.ui;

import cn.silian.documents.SpaceKind;
import cn.silian.documents.DocumentLinks;
import cn.silian.documents.DocumentSearch;
import cn.silian.documents.DocumentService;
import cn.silian.documents.SearchHit;
import cn.silian.documents.Space;
import cn.silian.security.Roles;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Documents: search everything the user may read (titles, descriptions and the text inside the
 * files, Chinese words and parts of words), and the office library, which every user reads.
 */
@Route(DocumentLibraryView.ROUTE)
@Menu(order = 40, title = "nav.documents", icon = "vaadin:folder-open")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class DocumentLibraryView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "documents";

    final TextField query = new TextField();
    final Button searchButton = new Button();
    final Grid<SearchHit> results = new Grid<>();
    final Span found = new Span();
    final Anchor bin = new Anchor();
    final DocumentsPanel library;
    private final transient DocumentService documents;
    private final transient DocumentSearch search;
    private final Map<Space, String> spaceNames = new HashMap<>();

    DocumentLibraryView(DocumentService documents, DocumentSearch search, DocumentLinks links) {
        this.documents = documents;
        this.search = search;
        addClassName("document-library-view");
        setWidthFull();

        H2 title = new H2(getTranslation("nav.documents"));
        bin.setText(getTranslation("documents.bin"));
        bin.setHref(DocumentBinView.ROUTE);
        bin.addComponentAsFirst(new Icon(VaadinIcon.TRASH));
        bin.setVisible(documents.mayWrite(Space.LIBRARY));
        HorizontalLayout header = new HorizontalLayout(title, bin);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);

        query.setLabel(getTranslation("documents.search"));
        query.setHelperText(getTranslation("documents.search.help"));
        query.setMaxLength(DocumentSearch.QUERY_MAX);
        query.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        query.setClearButtonVisible(true);
        query.setWidth("min(36em, 100%)");
        query.addKeyPressListener(Key.ENTER, e -> runSearch());
        searchButton.setText(getTranslation("documents.search.go"));
        searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        searchButton.addClickListener(e -> runSearch());
        HorizontalLayout searchBar = new HorizontalLayout(query, searchButton);
        searchBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        searchBar.getStyle().set("flex-wrap", "wrap");
        found.addClassName("found");
        found.getElement().setAttribute("aria-live", "polite");

        results.setAriaLabel(getTranslation("documents.results"));
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        results.addComponentColumn(this::resultCell).setHeader(getTranslation("documents.results"));
        // A fixed height keeps the grid lazy: a common word may match a million documents.
        results.setHeight("26em");
        results.setPageSize(20);
        results.setVisible(false);

        H3 libraryTitle = new H3(getTranslation("documents.library"));
        library = new DocumentsPanel(documents, links, Space.LIBRARY);
        library.setHeight("32em");
        add(header, searchBar, found, results, libraryTitle, library);
    }

    void runSearch() {
        String text = query.getValue();
        query.setInvalid(false);
        try {
            long total = search.search(text, 0, 1).total();
            found.setText(text.isBlank() ? "" : getTranslation("documents.found", total, text.strip()));
            results.setVisible(!text.isBlank() && total > 0);
            results.setItems(q -> search.search(text, q.getOffset(), q.getLimit()).hits().stream(), q -> (int) total);
        } catch (InvalidInputException e) {
            Problems.show(this, e, Map.of("query", query));
        }
    }

    private Component resultCell(SearchHit hit) {
        Div cell = new Div();
        cell.addClassName("search-hit");
        Anchor title = new Anchor(href(hit.space()), hit.document().title());
        title.addClassName("hit-title");
        Span where = new Span(where(hit.space()));
        where.addClassName("hit-space");
        Html snippet = new Html("<div class=\"hit-snippet\">" + safeSnippet(hit.snippetHtml()) + "</div>");
        cell.add(title, where, snippet);
        return cell;
    }

    /**
     * The search's snippet is escaped text with {@code <mark>} around the matches; cleaned again
     * here so that whatever a document's text holds, nothing but those marks is ever markup.
     */
    static String safeSnippet(String snippetHtml) {
        return Jsoup.clean(snippetHtml == null ? "" : snippetHtml, Safelist.none().addTags("mark"));
    }

    private String where(Space space) {
        if (space.kind() == SpaceKind.LIBRARY) {
            return getTranslation("documents.library");
        }
        String name = spaceNames.computeIfAbsent(space, documents::spaceTitle);
        return DocumentTexts.spaceKind(this, space.kind()) + " · " + name;
    }

    static String href(Space space) {
        return space.id() == null ? ROUTE : ROUTE + "/" + space.kind().name().toLowerCase(Locale.ROOT) + "/" + space.id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.documents");
    }
}
