package cn.silian.documents.ui;

import java.io.UncheckedIOException;
import cn.silian.documents.DocumentLinks;
import cn.silian.documents.DocumentRow;
import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.documents.VersionRow;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A space's documents: upload (several files, dropped or chosen, with progress), folders,
 * preview, download, versions and the bin. What the caller may do is the service's to say; the
 * panel only leaves out what he may not.
 */
class DocumentsPanel extends VerticalLayout {

    final ComboBox<String> folderFilter = new ComboBox<>();
    final Grid<DocumentRow> grid = new Grid<>();
    final Span total = new Span();
    final ComboBox<String> uploadFolder = new ComboBox<>();
    final TextField uploadTags = new TextField();
    final Checkbox uploadInternal = new Checkbox();
    final Upload upload;
    final Button withdraw = new Button();

    private final transient DocumentService documents;
    private final transient DocumentLinks links;
    private final Space space;

    private final boolean writer;
    /** On a phone the folder, type and date move under the title, so the row fits the screen. */
    private final PhoneColumns<DocumentRow> phone = new PhoneColumns<>(grid);
    private List<String> knownFolders;

    DocumentsPanel(DocumentService documents, DocumentLinks links, Space space) {
        this.documents = documents;
        this.links = links;
        this.space = space;
        this.writer = documents.mayWrite(space);
        addClassName("documents-panel");
        setPadding(false);
        setSizeFull();

        if (writer) {
            Paragraph classified = new Paragraph(getTranslation("documents.no-classified"));
            classified.addClassName("classified-notice");
            classified.getElement().setAttribute("role", "note");
            add(classified);
        }
        upload = new Upload(receiver());
        if (writer) {
            add(uploadForm());
        }

        folderFilter.setLabel(getTranslation("documents.folder-filter"));
        folderFilter.setPlaceholder(getTranslation("documents.all-folders"));
        folderFilter.setClearButtonVisible(true);
        folderFilter.addValueChangeListener(e -> refresh());
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        withdraw.setText(getTranslation("documents.withdraw"));
        withdraw.setIcon(new Icon(VaadinIcon.BAN));
        withdraw.setVisible(documents.mayWithdraw(space));
        withdraw.addClickListener(e -> confirmWithdraw());
        HorizontalLayout filters = new HorizontalLayout(folderFilter, total, withdraw);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWidthFull();
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setAriaLabel(getTranslation("documents.list"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("documents.title"))
                .setSortProperty("title").setFlexGrow(3);
        phone.add(grid.addColumn(r -> r.folder() == null ? "" : r.folder()).setHeader(getTranslation("documents.folder"))
                .setSortProperty("folder").setAutoWidth(true).setFlexGrow(1));
        phone.add(grid.addColumn(this::typeAndSize).setHeader(getTranslation("documents.type-size")).setAutoWidth(true)
                .setFlexGrow(0));
        phone.add(grid.addColumn(r -> Formats.dateTimeShort(r.updatedAt())).setHeader(getTranslation("documents.updated"))
                .setSortProperty("updatedAt").setAutoWidth(true).setFlexGrow(0));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("common.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("documents.empty"));

        add(filters, grid);
        expand(grid);
        changed();
    }

    private Component uploadForm() {
        uploadFolder.setLabel(getTranslation("documents.folder"));
        uploadFolder.setAllowCustomValue(true);
        uploadFolder.addCustomValueSetListener(e -> uploadFolder.setValue(e.getDetail()));
        uploadFolder.setClearButtonVisible(true);
        uploadTags.setLabel(getTranslation("documents.tags"));
        uploadTags.setMaxLength(DocumentService.TAGS_MAX);
        uploadInternal.setLabel(getTranslation("documents.internal"));
        ComponentTexts.localize(upload);
        upload.setDropAllowed(true);
        upload.setMaxFiles(20);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileBytes()));
        upload.setAcceptedFileExtensions(".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".txt", ".png",
                ".jpg", ".jpeg", ".zip");
        Button choose = new Button(getTranslation("documents.upload"), new Icon(VaadinIcon.UPLOAD));
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(e -> Toasts.error(getTranslation("documents.rejected", e.getFileName(),
                documents.maxFileBytes() / 1024 / 1024)));
        upload.addAllFinishedListener(e -> changed());
        FlexLayout fields = new FlexLayout(uploadFolder, uploadTags, uploadInternal);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("upload-fields");
        Div form = new Div(fields, upload);
        form.addClassName("upload-form");
        return form;
    }

    /**
     * Streams each file straight into the service (nothing is buffered here) while the page stays
     * responsive; the folder, tags and internal mark are those set when the file arrives.
     */
    private UploadHandler receiver() {
        return event -> {
            UI ui = event.getUI();
            String[] settings = new String[2];
            boolean[] internal = new boolean[1];
            ui.accessSynchronously(() -> {
                settings[0] = uploadFolder.getValue();
                settings[1] = uploadTags.getValue();
                internal[0] = uploadInternal.getValue();
            });
            String name = event.getFileName();
            try (InputStream in = event.getInputStream()) {
                documents.upload(space, settings[0], DocumentTexts.titleOf(name), null, settings[1], internal[0], name, in);
                ui.access(() -> Toasts.success(getTranslation("documents.uploaded", name)));
            } catch (InvalidInputException e) {
                String message = message(ui, e);
                ComponentTexts.refuse(event, message);
                ui.access(() -> Toasts.error(getTranslation("documents.upload-failed", name, message)));
            } catch (IOException | UncheckedIOException e) {
                ComponentTexts.refuse(event, SilianI18nProvider.translate("documents.upload-interrupted", ui.getLocale()));
                ui.access(() -> Toasts.error(getTranslation("documents.upload-failed", name,
                        getTranslation("documents.upload-interrupted"))));
            }
        };
    }

    /** In the user's language although the upload runs outside the UI's request. */
    private static String message(UI ui, InvalidInputException e) {
        return e.problems().stream().map(p -> SilianI18nProvider.translate(p.messageKey(), ui.getLocale(), p.args()))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private String typeAndSize(DocumentRow r) {
        return r.latest() == null ? ""
                : DocumentTexts.type(this, r.latest().contentType()) + " · " + DocumentTexts.size(r.latest().sizeBytes());
    }

    private Component titleCell(DocumentRow row) {
        Div cell = new Div();
        Span title = new Span(row.title());
        title.addClassName("document-title");
        cell.add(title);
        if (row.internal()) {
            cell.add(badge("documents.internal-badge", "contrast"));
        }
        if (row.withdrawn()) {
            cell.add(badge("documents.withdrawn-badge", "error"));
        }
        if (row.description() != null) {
            Div description = new Div(row.description());
            description.addClassName("document-description");
            cell.add(description);
        }
        cell.add(phone.secondLine(row.folder(), typeAndSize(row), Formats.dateTimeShort(row.updatedAt())));
        return cell;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme + " small");
        badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        return badge;
    }

    private Component actions(DocumentRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("flex-wrap", "wrap");
        VersionRow latest = row.latest();
        boolean open = latest != null && !row.withdrawn();
        if (open && DocumentTexts.viewable(latest.contentType())) {
            actions.add(small(getTranslation("documents.preview"), VaadinIcon.EYE,
                    getTranslation("documents.preview.for", row.title()), () -> preview(row)));
        }
        if (open) {
            Anchor download = new Anchor(links.href(row.id(), latest.number(), DocumentLinks.Mode.SAVE),
                    getTranslation("documents.download"));
            download.getElement().setAttribute("download", true);
            download.getElement().setAttribute("aria-label", getTranslation("documents.download.for", row.title()));
            download.addClassName("download-link");
            actions.add(download);
        }
        actions.add(small(getTranslation("documents.versions"), VaadinIcon.TIME_BACKWARD,
                getTranslation("documents.versions.for", row.title()), () -> versions(row)));
        if (row.changeable()) {
            actions.add(small(getTranslation("common.edit"), VaadinIcon.EDIT,
                    getTranslation("documents.edit.for", row.title()), () -> describe(row)));
            actions.add(small(getTranslation("common.delete"), VaadinIcon.TRASH,
                    getTranslation("documents.delete.for", row.title()), () -> confirmDelete(row)));
        }
        return actions;
    }

    private Button small(String text, VaadinIcon icon, String ariaLabel, Runnable action) {
        Button button = new Button(text, new Icon(icon), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    void preview(DocumentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.title());
        dialog.addClassName("document-preview");
        String src = links.href(row.id(), row.latest().number(), DocumentLinks.Mode.VIEW);
        if (row.latest().contentType().startsWith("image/")) {
            Image image = new Image(src, row.title());
            image.setMaxWidth("100%");
            dialog.add(image);
        } else {
            IFrame frame = new IFrame(src);
            frame.setTitle(row.title());
            frame.setWidth("min(60em, 90vw)");
            frame.setHeight("75vh");
            frame.getStyle().set("border", "none");
            dialog.add(frame);
        }
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    void versions(DocumentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("documents.versions.of", row.title()));
        dialog.addClassName("document-versions");
        Grid<VersionRow> list = new Grid<>();
        list.setAriaLabel(getTranslation("documents.versions.of", row.title()));
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        list.addColumn(v -> "v" + v.number()).setHeader(getTranslation("documents.version")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(v -> v.fileName() + " · " + DocumentTexts.size(v.sizeBytes()))
                .setHeader(getTranslation("documents.file")).setFlexGrow(1);
        list.addColumn(v -> PersonNames.name(this, v.uploadedBy()) + " · " + Formats.dateTimeShort(v.uploadedAt()))
                .setHeader(getTranslation("documents.uploaded-by")).setAutoWidth(true);
        list.addColumn(v -> v.sha256().substring(0, 12)).setHeader(getTranslation("documents.checksum")).setAutoWidth(true);
        list.addComponentColumn(v -> versionActions(row, v, dialog)).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        list.setItems(documents.versions(row.id()));
        list.setWidth("min(56em, 92vw)");
        list.setAllRowsVisible(true);
        dialog.add(list);
        if (row.changeable() && !row.withdrawn()) {
            Upload newVersion = new Upload(event -> {
                UI ui = event.getUI();
                String name = event.getFileName();
                try (InputStream in = event.getInputStream()) {
                    int number = documents.uploadVersion(row.id(), row.version(), name, in);
                    ui.access(() -> {
                        Toasts.success(getTranslation("documents.version-added", number));
                        dialog.close();
                        refresh();
                    });
                } catch (InvalidInputException e) {
                    String message = message(ui, e);
                    ComponentTexts.refuse(event, message);
                    ui.access(() -> Toasts.error(message));
                } catch (IOException | UncheckedIOException e) {
                    ComponentTexts.refuse(event, SilianI18nProvider.translate("documents.upload-interrupted", ui.getLocale()));
                }
            });
            ComponentTexts.localize(newVersion);
            newVersion.setMaxFiles(1);
            newVersion.setDropAllowed(true);
            newVersion.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileBytes()));
            newVersion.setUploadButton(new Button(getTranslation("documents.upload-version"), new Icon(VaadinIcon.UPLOAD)));
            dialog.add(newVersion);
        }
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private Component versionActions(DocumentRow row, VersionRow v, Dialog dialog) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!row.withdrawn()) {
            Anchor download = new Anchor(links.href(row.id(), v.number(), DocumentLinks.Mode.SAVE),
                    getTranslation("documents.download"));
            download.getElement().setAttribute("download", true);
            download.getElement().setAttribute("aria-label", getTranslation("documents.download.version", v.number()));
            actions.add(download);
        }
        boolean newest = row.latest() != null && row.latest().number() == v.number();
        if (row.changeable() && !newest && !row.withdrawn()) {
            actions.add(small(getTranslation("documents.restore-version"), VaadinIcon.ROTATE_LEFT,
                    getTranslation("documents.restore-version.for", v.number()), () -> {
                        int number = documents.restoreVersion(row.id(), row.version(), v.number());
                        Toasts.success(getTranslation("documents.version-restored", v.number(), number));
                        dialog.close();
                        refresh();
                    }));
        }
        return actions;
    }

    void describe(DocumentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("documents.edit"));
        TextField title = new TextField(getTranslation("documents.title"));
        title.setValue(row.title());
        title.setRequired(true);
        title.setMaxLength(DocumentService.TITLE_MAX);
        ComboBox<String> folder = new ComboBox<>(getTranslation("documents.folder"));
        folder.setItems(documents.folders(space));
        folder.setAllowCustomValue(true);
        folder.addCustomValueSetListener(e -> folder.setValue(e.getDetail()));
        folder.setClearButtonVisible(true);
        folder.setValue(row.folder());
        TextArea description = new TextArea(getTranslation("documents.description"));
        description.setMaxLength(DocumentService.DESCRIPTION_MAX);
        description.setValue(row.description() == null ? "" : row.description());
        TextField tags = new TextField(getTranslation("documents.tags"));
        tags.setMaxLength(DocumentService.TAGS_MAX);
        tags.setValue(row.tags() == null ? "" : row.tags());
        Checkbox internal = new Checkbox(getTranslation("documents.internal"), row.internal());
        VerticalLayout form = new VerticalLayout(title, folder, description, tags, internal);
        form.setPadding(false);
        form.setWidth("min(32em, 88vw)");
        title.setWidthFull();
        folder.setWidthFull();
        description.setWidthFull();
        tags.setWidthFull();
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                documents.describe(row.id(), row.version(), folder.getValue(), title.getValue(), description.getValue(),
                        tags.getValue(), internal.getValue());
                Toasts.success(getTranslation("documents.saved"));
                dialog.close();
                changed();
            } catch (InvalidInputException ex) {
                Toasts.error(Problems.show(this, ex, Map.of("title", title, "folder", folder, "description", description,
                        "tags", tags)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(DocumentRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("documents.delete.confirm", row.title()));
        confirm.setText(getTranslation("documents.delete.explain"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("common.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            documents.softDelete(row.id(), row.version());
            Toasts.success(getTranslation("documents.deleted", row.title()));
            changed();
        });
        confirm.open();
    }

    private void confirmWithdraw() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("documents.withdraw"));
        confirm.setText(getTranslation("documents.withdraw.explain"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("documents.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            int n = documents.withdrawInternal(space.id());
            Toasts.success(getTranslation("documents.withdrawn-count", n));
            refresh();
        });
        confirm.open();
    }

    void refresh() {
        String folder = folderFilter.getValue();
        grid.setItems(query -> documents.page(space, folder, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) documents.count(space, folder));
        total.setText(getTranslation("documents.total", documents.count(space, null)));
    }

    /** After a change that may add or empty a folder: the folder lists, then the documents. */
    void changed() {
        List<String> folders = documents.folders(space);
        if (!folders.equals(knownFolders)) {
            knownFolders = folders;
            String chosen = folderFilter.getValue();
            folderFilter.setItems(folders);
            folderFilter.setValue(folders.contains(chosen) ? chosen : null);
            uploadFolder.setItems(folders);
        }
        refresh();
    }
}
