package cn.silian.opinions.ui;

import cn.silian.opinions.IntakeSettings;
import cn.silian.security.Roles;
import cn.silian.stations.StationDetails;
import cn.silian.stations.StationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;

/**
 * A station's public intake poster (您说我听，码上见), for its street's staff and the office to
 * print and hang up: the QR code and the short address of the station's public form.
 */
@Route("opinions/intake/:stationId(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF})
public class IntakePosterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph address = new Paragraph();
    final Div poster = new Div();
    private final transient StationService stations;
    private final transient IntakeSettings settings;
    String url;

    IntakePosterView(StationService stations, IntakeSettings settings) {
        this.stations = stations;
        this.settings = settings;
        addClassName("intake-poster-view");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long stationId = event.getRouteParameters().getLong("stationId").orElse(-1L);
        // The station's street's staff and the office only: the stations service checks.
        StationDetails station = stations.get(stationId);
        url = IntakeAddress.formUrl(settings.publicUrl(), stationId);
        byte[] png = IntakeAddress.qrPng(url);
        Image qr = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(png),
                "intake-" + stationId + ".png", "image/png", png.length)), getTranslation("intake.poster.qr-alt", station.summary().name()));
        qr.addClassName("intake-qr");
        qr.setWidth("16em");
        qr.setHeight("16em");
        address.setText(url);
        address.addClassName("intake-address");
        poster.removeAll();
        poster.addClassName("intake-poster");
        poster.add(new H1(getTranslation("intake.slogan")), new Paragraph(station.summary().name()), qr,
                new Paragraph(getTranslation("intake.poster.scan")), address);
        Button print = new Button(getTranslation("intake.poster.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        Anchor back = new Anchor("stations/" + stationId, getTranslation("intake.poster.back"));
        back.addClassName("no-print");
        removeAll();
        add(back, poster, print);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.poster.title") + " · " + getTranslation("app.name");
    }
}
