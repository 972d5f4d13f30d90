package cn.silian.campaigns.ui;

import cn.silian.campaigns.CampaignExports;
import cn.silian.campaigns.CampaignSummary;
import cn.silian.shared.ui.BackgroundWork;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * The campaign's opinions and projects as one Excel workbook, built off the UI thread (it reads
 * every tagged opinion), then offered for download.
 */
class CampaignExportButton extends HorizontalLayout {

    final Button build = new Button(new Icon(VaadinIcon.DOWNLOAD));
    final Span status = new Span();
    final Anchor download = new Anchor();
    private final transient CampaignExports exports;
    private final CampaignSummary campaign;
    private transient CompletableFuture<byte[]> building;

    CampaignExportButton(CampaignExports exports, CampaignSummary campaign) {
        this.exports = exports;
        this.campaign = campaign;
        setAlignItems(Alignment.BASELINE);
        build.setText(getTranslation("campaign.export"));
        build.addClickListener(e -> start());
        status.getElement().setAttribute("aria-live", "polite");
        download.setText(getTranslation("campaign.export.download"));
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
        add(build, status, download);
    }

    void start() {
        build.setEnabled(false);
        download.setVisible(false);
        status.setText(getTranslation("campaign.export.building"));
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        long id = campaign.id();
        ui.setPollInterval(500);
        building = BackgroundWork.supply(() -> exports.workbook(id, locale), ForkJoinPool.commonPool());
        building.whenComplete((bytes, error) -> ui.access(() -> finished(bytes, error)));
    }

    void finished(byte[] bytes, Throwable error) {
        UI.getCurrent().setPollInterval(-1);
        build.setEnabled(true);
        if (error != null) {
            status.setText(getTranslation("campaign.export.failed"));
            Toasts.error(getTranslation("campaign.export.failed"));
            return;
        }
        status.setText(getTranslation("campaign.export.ready"));
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                CampaignExports.fileName(campaign), CampaignExports.XLSX, bytes.length)));
        download.setVisible(true);
    }

    /** The workbook being built, for tests to wait on. */
    CompletableFuture<byte[]> building() {
        return building;
    }
}
