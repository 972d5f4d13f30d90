package cn.silian.documents.ui;

import cn.silian.documents.DocumentRow;
import cn.silian.documents.DocumentSearch;
import cn.silian.documents.DocumentService;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.CompletableFuture;

/** The office's bin of deleted documents, and the search index's upkeep. */
@Route(DocumentBinView.ROUTE)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class DocumentBinView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "documents/bin";

    final Grid<DocumentRow> grid = new Grid<>();
    final Button emptyBin = new Button();
    final Button rebuild = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph indexState = new Paragraph();
    private final transient DocumentService documents;
    private final transient DocumentSearch search;

    DocumentBinView(DocumentService documents, DocumentSearch search) {
        this.documents = documents;
        this.search = search;
        addClassName("document-bin-view");
        setSizeFull();

        H2 title = new H2(getTranslation("documents.bin"));
        Anchor back = new Anchor(DocumentLibraryView.ROUTE, getTranslation("nav.documents"));
        emptyBin.setText(getTranslation("documents.bin.empty"));
        emptyBin.setIcon(new Icon(VaadinIcon.TRASH));
        emptyBin.addThemeVariants(ButtonVariant.LUMO_ERROR);
        emptyBin.addClickListener(e -> confirmEmpty());
        rebuild.setText(getTranslation("documents.index.rebuild"));
        rebuild.setIcon(new Icon(VaadinIcon.REFRESH));
        rebuild.addClickListener(e -> rebuild());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("documents.index.progress"));
        indexState.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, emptyBin, rebuild);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        header.getStyle().set("flex-wrap", "wrap");

        grid.setAriaLabel(getTranslation("documents.bin"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DocumentRow::title).setHeader(getTranslation("documents.title")).setFlexGrow(2);
        grid.addColumn(r -> PersonNames.name(this, r.deletedBy()) + " · " + Formats.dateTimeShort(r.deletedAt()))
                .setHeader(getTranslation("documents.bin.deleted-by")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button restore = new Button(getTranslation("documents.bin.restore"), new Icon(VaadinIcon.ROTATE_LEFT), e -> {
                documents.restore(r.id());
                Toasts.success(getTranslation("documents.bin.restored", r.title()));
                refresh();
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(getTranslation("documents.bin.restore.for", r.title()));
            return restore;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("documents.bin.is-empty"));

        add(back, header, progress, indexState, grid);
        expand(grid);
        refresh();
    }

    private void confirmEmpty() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("documents.bin.empty"));
        confirm.setText(getTranslation("documents.bin.empty.explain"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("documents.bin.empty"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            int n = documents.emptyBin();
            Toasts.success(getTranslation("documents.bin.emptied", n));
            refresh();
        });
        confirm.open();
    }

    /** Runs off the UI thread with the user's identity; the page shows how far it has come. */
    void rebuild() {
        long total = Math.max(1, search.indexableCount());
        rebuild.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        indexState.setText(getTranslation("documents.index.running"));
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        SecurityContext context = SecurityContextHolder.getContext();
        CompletableFuture.runAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                search.rebuild(done -> ui.access(() -> progress.setValue(Math.min(done, total))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }).whenComplete((ok, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            rebuild.setEnabled(true);
            progress.setVisible(false);
            indexState.setText(getTranslation(error == null ? "documents.index.done" : "documents.index.failed"));
            if (error == null) {
                Toasts.success(getTranslation("documents.index.done"));
            } else {
                Toasts.error(getTranslation("documents.index.failed"));
            }
        }));
    }

    void refresh() {
        grid.setItems(query -> documents.bin(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.bin");
    }
}
