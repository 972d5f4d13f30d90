package cn.silian.stations.ui;

import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.RosterImportCheck;
import cn.silian.stations.RosterService;
import cn.silian.stations.RosterSheet;
import cn.silian.stations.StationDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Excel export of the roster, and import of a roster sheet: every error is listed with its row
 * before anything is saved; a clean sheet is applied all or nothing, in the background, with progress.
 */
class RosterTransfer extends HorizontalLayout {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Anchor export = new Anchor();
    final Upload upload;
    private final transient RosterService roster;
    private final StationDetails station;
    private final Runnable onImported;

    RosterTransfer(RosterService roster, StationDetails station, Runnable onImported) {
        this.roster = roster;
        this.station = station;
        this.onImported = onImported;
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("flex-wrap", "wrap");

        export.setHref(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RosterSheet.write(headers(), roster.exportRows(station.summary().id()), out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "roster-" + station.summary().code() + ".xlsx",
                    XLSX, bytes.length);
        }));
        export.setText(getTranslation("roster.export"));
        export.getElement().setAttribute("download", true);
        export.addComponentAsFirst(new Icon(VaadinIcon.DOWNLOAD));

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> check(bytes));
        }));
        ComponentTexts.localize(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileExtensions(".xlsx");
        upload.setDropAllowed(true);
        Button uploadButton = new Button(getTranslation("roster.import"), new Icon(VaadinIcon.UPLOAD));
        upload.setUploadButton(uploadButton);
        upload.addFileRejectedListener(e -> Toasts.error(getTranslation("roster.import.rejected", MAX_BYTES / 1024 / 1024)));
        add(export, upload);
    }

    void check(byte[] bytes) {
        RosterSheet.Parsed parsed = RosterSheet.read(new ByteArrayInputStream(bytes), MAX_ROWS);
        if (!parsed.problems().isEmpty()) {
            report(parsed.problems());
            return;
        }
        RosterImportCheck.Result result = roster.checkImport(parsed.lines());
        if (!result.ok()) {
            report(result.problems());
            return;
        }
        confirm(result.placements());
    }

    private void report(List<RosterSheet.Problem> problems) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roster.import.problems", problems.size()));
        Grid<RosterSheet.Problem> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("roster.import.problems", problems.size()));
        grid.addColumn(p -> p.rowNumber() == 0 ? "" : String.valueOf(p.rowNumber())).setHeader(getTranslation("roster.import.row"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("roster.import.kind." + p.kind().name(), p.detail() == null ? "" : p.detail()))
                .setHeader(getTranslation("roster.import.problem"));
        grid.setItems(problems);
        grid.setWidth("min(40em, 90vw)");
        dialog.add(new Paragraph(getTranslation("roster.import.nothing-saved")), grid);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
        upload.clearFileList();
    }

    private void confirm(List<RosterImportCheck.Placement> placements) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("roster.import"));
        ProgressBar progress = new ProgressBar(0, Math.max(1, placements.size()));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("roster.import.progress"));
        Paragraph text = new Paragraph(getTranslation("roster.import.ready", placements.size()));
        Button go = new Button(getTranslation("roster.import.apply"));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        go.addClickListener(e -> {
            go.setEnabled(false);
            cancel.setEnabled(false);
            progress.setVisible(true);
            UI ui = UI.getCurrent();
            ui.setPollInterval(500);
            SecurityContext context = SecurityContextHolder.getContext();
            // The import runs outside the request thread so the page stays responsive; it carries
            // the user's identity so the service checks his rights exactly as in a request.
            CompletableFuture.supplyAsync(() -> {
                SecurityContextHolder.setContext(context);
                try {
                    return roster.applyImport(placements, done -> ui.access(() -> progress.setValue(done)));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }).whenComplete((changed, error) -> ui.access(() -> {
                ui.setPollInterval(-1);
                dialog.close();
                upload.clearFileList();
                if (error != null) {
                    Toasts.error(getTranslation("roster.import.failed"));
                } else {
                    Toasts.success(getTranslation("roster.import.done", changed));
                    onImported.run();
                }
            }));
        });
        dialog.add(text, progress);
        dialog.getFooter().add(cancel, go);
        dialog.open();
    }

    private List<String> headers() {
        return List.of(getTranslation("roster.sheet.station-code"), getTranslation("roster.sheet.station-name"),
                getTranslation("deputy.name"), getTranslation("deputy.phone"), getTranslation("roster.membership"),
                getTranslation("deputy.seats"));
    }
}
