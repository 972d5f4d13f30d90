package cn.silian.opinions.ui;

import cn.silian.opinions.SuggestionExports;
import cn.silian.shared.ui.BackgroundWork;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.function.IntSupplier;

/**
 * The suggestion register of a year as Excel, for the suggestion list. It holds what the caller
 * may see, reads each suggestion once, and may take a while for the office's whole year: it is
 * built in the background while a dialog shows the progress, then offered for download.
 */
public class SuggestionRegisterButton extends Button {

    final Dialog dialog = new Dialog();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Anchor download = new Anchor();
    private final transient SuggestionExports exports;
    private final IntSupplier year;
    private transient CompletableFuture<byte[]> building;

    /** @param year the year the list shows when the button is pressed */
    public SuggestionRegisterButton(SuggestionExports exports, IntSupplier year) {
        super(new Icon(VaadinIcon.DOWNLOAD));
        this.exports = exports;
        this.year = year;
        setText(getTranslation("export.suggestion.register"));
        addClassName("suggestion-register");
        progress.getElement().setAttribute("aria-label", getTranslation("export.suggestion.progress"));
        download.setText(getTranslation("export.suggestion.download"));
        download.getElement().setAttribute("download", true);
        download.addComponentAsFirst(new Icon(VaadinIcon.DOWNLOAD));
        download.setVisible(false);
        dialog.add(status, progress, download);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        addClickListener(e -> start());
    }

    void start() {
        int y = year.getAsInt();
        dialog.setHeaderTitle(getTranslation("export.suggestion.register-title", String.valueOf(y)));
        long total = exports.registerSize(y);
        status.setText(getTranslation("export.suggestion.building", total));
        progress.setMin(0);
        progress.setMax(Math.max(1, total));
        progress.setValue(0);
        progress.setVisible(true);
        download.setVisible(false);
        setEnabled(false);
        dialog.open();
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        ui.setPollInterval(500);
        building = BackgroundWork.supply(() -> exports.register(y, locale, (done, all) -> ui.access(() -> {
            progress.setMax(Math.max(1, all));
            progress.setValue(done);
        })), ForkJoinPool.commonPool());
        building.whenComplete((bytes, error) -> ui.access(() -> finished(y, bytes, error)));
    }

    void finished(int y, byte[] bytes, Throwable error) {
        UI.getCurrent().setPollInterval(-1);
        setEnabled(true);
        progress.setVisible(false);
        if (error != null) {
            status.setText(getTranslation("export.suggestion.failed"));
            Toasts.error(getTranslation("export.suggestion.failed"));
            return;
        }
        status.setText(getTranslation("export.suggestion.ready"));
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                SuggestionExports.registerFileName(y), SuggestionExports.XLSX, bytes.length)));
        download.setVisible(true);
    }

    /** The register being built, for tests to wait on. */
    CompletableFuture<byte[]> building() {
        return building;
    }
}
