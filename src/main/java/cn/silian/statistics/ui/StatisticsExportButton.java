package cn.silian.statistics.ui;

import cn.silian.statistics.Dashboard;
import cn.silian.statistics.StatisticsExports;
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
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * The dashboard shown as an Excel workbook, one sheet per figure. As the suggestion register
 * does, it is written in the background while a dialog shows the sheets done, then offered for
 * download; it writes the figures the page shows, not a second count.
 */
class StatisticsExportButton extends Button {

    final Dialog dialog = new Dialog();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Anchor download = new Anchor();
    private final transient StatisticsExports exports;
    private final Supplier<Dashboard> shown;
    private transient CompletableFuture<byte[]> building;

    StatisticsExportButton(StatisticsExports exports, Supplier<Dashboard> shown) {
        super(new Icon(VaadinIcon.DOWNLOAD));
        this.exports = exports;
        this.shown = shown;
        setText(getTranslation("statistics.export"));
        addClassName("statistics-export");
        progress.getElement().setAttribute("aria-label", getTranslation("statistics.export.progress"));
        download.setText(getTranslation("statistics.export.download"));
        download.getElement().setAttribute("download", true);
        download.addComponentAsFirst(new Icon(VaadinIcon.DOWNLOAD));
        download.setVisible(false);
        dialog.add(status, progress, download);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        addClickListener(e -> start());
    }

    void start() {
        Dashboard dashboard = shown.get();
        if (dashboard == null) {
            return;
        }
        dialog.setHeaderTitle(getTranslation("statistics.export.title", String.valueOf(dashboard.year())));
        status.setText(getTranslation("statistics.export.building", dashboard.figures().size()));
        progress.setMin(0);
        progress.setMax(Math.max(1, dashboard.figures().size()));
        progress.setValue(0);
        progress.setVisible(true);
        download.setVisible(false);
        setEnabled(false);
        dialog.open();
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        ui.setPollInterval(500);
        building = BackgroundWork.supply(() -> exports.workbook(dashboard, locale,
                (done, all) -> ui.access(() -> progress.setValue(done))), ForkJoinPool.commonPool());
        building.whenComplete((bytes, error) -> ui.access(() -> finished(dashboard.year(), bytes, error)));
    }

    void finished(int year, byte[] bytes, Throwable error) {
        UI.getCurrent().setPollInterval(-1);
        setEnabled(true);
        progress.setVisible(false);
        if (error != null) {
            status.setText(getTranslation("statistics.export.failed"));
            Toasts.error(getTranslation("statistics.export.failed"));
            return;
        }
        status.setText(getTranslation("statistics.export.ready"));
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                StatisticsExports.fileName(year), StatisticsExports.XLSX, bytes.length)));
        download.setVisible(true);
    }

    /** The workbook being written, for tests to wait on. */
    CompletableFuture<byte[]> building() {
        return building;
    }
}
