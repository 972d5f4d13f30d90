package cn.silian.documents.ui;

import cn.silian.documents.DocumentLinks;
import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.documents.SpaceKind;
import cn.silian.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;

/** The documents of a topic group, a meeting, a station or a suggestion (its attachments). */
@Route("documents/:kind(group|meeting|station|suggestion)/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class DocumentSpaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Anchor back = new Anchor();
    DocumentsPanel panel;
    private final transient DocumentService documents;
    private final transient DocumentLinks links;
    private String pageTitle = "";

    DocumentSpaceView(DocumentService documents, DocumentLinks links) {
        this.documents = documents;
        this.links = links;
        addClassName("document-space-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SpaceKind kind = SpaceKind.valueOf(event.getRouteParameters().get("kind").orElseThrow().toUpperCase(Locale.ROOT));
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        Space space = new Space(kind, id);
        // A space the caller may not read is not found, exactly like one that does not exist.
        String name = documents.spaceTitle(space);
        pageTitle = getTranslation("documents.space-title", DocumentTexts.spaceKind(this, kind), name);
        title.setText(pageTitle);
        removeAll();
        back.setText(getTranslation("documents.back", name));
        back.setHref(switch (kind) {
            case GROUP -> "groups/" + id;
            case MEETING -> "meetings/" + id;
            case STATION -> documents.mayWrite(space) && !documents.isDeputy() ? "stations/" + id : "my-duty";
            case LIBRARY -> "documents";
            case SUGGESTION -> "suggestions/" + id;
        });
        panel = new DocumentsPanel(documents, links, space);
        add(back, title, panel);
        expand(panel);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
