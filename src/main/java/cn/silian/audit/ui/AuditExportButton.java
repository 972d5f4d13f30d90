package cn.silian.audit.ui;

import cn.silian.audit.AuditFilter;
import cn.silian.audit.AuditService;
import cn.silian.shared.ui.BackgroundWork;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * The filtered trail as an Excel workbook. As the statistics export does, it is written in the
 * background while a dialog shows the lines done, then offered for download, so a large trail
 * never holds up the page.
 */
class AuditExportButton extends Button {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Dialog dialog = new Dialog();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Anchor download = new Anchor();
    /** Where the workbook is written; tests run it on their own thread. */
    transient Executor executor = ForkJoinPool.commonPool();
    private final transient AuditService audit;
    private final Supplier<AuditFilter> shown;
    private transient CompletableFuture<byte[]> building;

    AuditExportButton(AuditService audit, Supplier<AuditFilter> shown) {
        super(new Icon(VaadinIcon.DOWNLOAD));
        this.audit = audit;
        this.shown = shown;
        setText(getTranslation("audit.export"));
        progress.getElement().setAttribute("aria-label", getTranslation("audit.export.progress"));
        download.setText(getTranslation("audit.export.download"));
        download.getElement().setAttribute("download", true);
        download.addComponentAsFirst(new Icon(VaadinIcon.DOWNLOAD));
        download.setVisible(false);
        dialog.setHeaderTitle(getTranslation("audit.export.title"));
        dialog.add(status, progress, download);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        addClickListener(e -> start());
    }

    void start() {
        AuditFilter filter = shown.get();
        // Even counting a large trail takes a while: the dialog opens at once and learns the total
        // from the first batch written.
        status.setText(getTranslation("audit.export.started"));
        progress.setIndeterminate(true);
        progress.setMin(0);
        progress.setValue(0);
        progress.setVisible(true);
        download.setVisible(false);
        setEnabled(false);
        dialog.open();
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        ui.setPollInterval(500);
        building = BackgroundWork.supply(
                () -> audit.export(filter, locale, (done, all) -> ui.access(() -> progressed(done, all))), executor);
        building.whenComplete((bytes, error) -> ui.access(() -> finished(bytes, error)));
    }

    void progressed(long done, long all) {
        progress.setIndeterminate(false);
        progress.setMax(Math.max(1, all));
        progress.setValue(done);
        status.setText(getTranslation(all == AuditService.EXPORT_MAX ? "audit.export.capped" : "audit.export.building",
                String.valueOf(all)));
    }

    void finished(byte[] bytes, Throwable error) {
        UI.getCurrent().setPollInterval(-1);
        setEnabled(true);
        progress.setVisible(false);
        if (error != null) {
            status.setText(getTranslation("audit.export.failed"));
            Toasts.error(getTranslation("audit.export.failed"));
            return;
        }
        status.setText(getTranslation("audit.export.ready"));
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "audit-trail.xlsx", XLSX, bytes.length)));
        download.setVisible(true);
    }

    /** The workbook being written, for tests to wait on. */
    CompletableFuture<byte[]> building() {
        return building;
    }
}
