package cn.silian.stations.ui;

import cn.silian.shared.ui.PersonNames;
import cn.silian.stations.ReceptionRecord;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.StationDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.time.format.DateTimeFormatter;

/** The station's reception log, newest first, and the button to log a visit. */
class ReceptionTab extends VerticalLayout {

    final Grid<ReceptionRecord> grid = new Grid<>();
    final Button log = new Button();
    private final transient ReceptionService receptions;
    private final StationDetails station;

    ReceptionTab(ReceptionService receptions, StationDetails station) {
        this.receptions = receptions;
        this.station = station;
        setPadding(false);
        log.setText(getTranslation("reception.new"));
        log.setIcon(new Icon(VaadinIcon.PLUS));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(e -> new ReceptionDialog(receptions, station.summary().id(), null, station.summary().name(),
                this::refresh).open());

        grid.setAriaLabel(getTranslation("station.tab.receptions"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.receivedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .setHeader(getTranslation("reception.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.category().messageKey())).setHeader(getTranslation("reception.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.visitorName() == null ? getTranslation("reception.anonymous") : r.visitorName())
                .setHeader(getTranslation("reception.visitor")).setAutoWidth(true);
        grid.addColumn(ReceptionRecord::concern).setHeader(getTranslation("reception.concern")).setFlexGrow(3);
        grid.addColumn(r -> PersonNames.withRole(this, r.recordedBy())).setHeader(getTranslation("reception.recorded-by"))
                .setAutoWidth(true);
        // A concern worth following up becomes a public opinion in the opinions module: a link, not a dependency.
        grid.addColumn(new ComponentRenderer<>(r -> new Anchor("opinions/new/reception/" + r.id(), getTranslation("opinion.link.make"))))
                .setHeader(getTranslation("opinion.link.column")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> new Span(getTranslation("label.pattern", getTranslation("reception.outcome"))
                + (r.outcome() == null ? getTranslation("common.none") : r.outcome())
                + (r.visitorPhone() == null ? "" : " · " + getTranslation("deputy.phone") + " " + r.visitorPhone()))));
        grid.setEmptyStateText(getTranslation("reception.empty"));
        grid.setHeight("28em");
        add(log, grid);
        refresh();
    }

    void refresh() {
        long id = station.summary().id();
        grid.setItems(q -> receptions.page(id, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    }
}
