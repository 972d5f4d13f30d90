package cn.silian.supervision.ui;

import cn.silian.supervision.SupervisionPdf;
import cn.silian.supervision.SupervisionService;
import cn.silian.shared.ui.BackgroundWork;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntSupplier;

/** The year's supervision status as PDF: written off the UI thread, then offered as a download link. */
class SupervisionPdfButton extends HorizontalLayout {

    final Button build = new Button();
    final Anchor download = new Anchor();
    private final transient SupervisionService service;
    private final IntSupplier year;
    private transient CompletableFuture<byte[]> building;

    SupervisionPdfButton(SupervisionService service, IntSupplier year) {
        this.service = service;
        this.year = year;
        setPadding(false);
        setAlignItems(Alignment.BASELINE);
        build.setText(getTranslation("supervision.pdf.build"));
        build.setIcon(new Icon(VaadinIcon.FILE_TEXT_O));
        build.addClickListener(e -> start());
        download.setText(getTranslation("supervision.pdf.download"));
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
        add(build, download);
    }

    void start() {
        int y = year.getAsInt();
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        build.setEnabled(false);
        download.setVisible(false);
        ui.setPollInterval(500);
        building = BackgroundWork.supply(() -> service.statusPdf(y, locale), ForkJoinPool.commonPool());
        building.whenComplete((bytes, error) -> ui.access(() -> finished(y, locale, bytes, error)));
    }

    void finished(int y, Locale locale, byte[] bytes, Throwable error) {
        UI.getCurrent().setPollInterval(-1);
        build.setEnabled(true);
        if (error != null) {
            Toasts.error(getTranslation("supervision.pdf.failed"));
            return;
        }
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                SupervisionPdf.fileName(y, locale), SupervisionPdf.PDF, bytes.length)));
        download.setVisible(true);
        Toasts.success(getTranslation("supervision.pdf.ready"));
    }

    CompletableFuture<byte[]> building() {
        return building;
    }
}
