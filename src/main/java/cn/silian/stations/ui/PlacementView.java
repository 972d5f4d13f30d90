package cn.silian.stations.ui;

import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.PlacementProposal;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationService;
import cn.silian.stations.StationSummary;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The placement assistant (就近就地编入): proposes a home station for every serving person of the
 * street who has none; staff change what they disagree with, then apply all at once.
 */
@Route("stations/placement")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF})
public class PlacementView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<StreetSummary> street = new ComboBox<>();
    final Button propose = new Button();
    final Button apply = new Button();
    final Grid<PlacementProposal> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    /** The station chosen per person: the proposal, or what staff picked instead. */
    final Map<Long, Long> chosen = new LinkedHashMap<>();

    private final transient RosterService roster;
    private final transient StationService stations;
    private List<StationSummary> streetStations = List.of();

    PlacementView(RosterService roster, StationService stations, StreetService streets, CurrentUser currentUser) {
        this.roster = roster;
        this.stations = stations;
        addClassName("placement-view");
        setSizeFull();
        SilianUser me = currentUser.require();

        street.setLabel(getTranslation("deputies.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        if (me.is(Role.STREET_STAFF)) {
            streets.find(me.streetId()).ifPresent(street::setValue);
            street.setReadOnly(true);
        }
        propose.setText(getTranslation("placement.propose"));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> propose());
        apply.setText(getTranslation("placement.apply"));
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        HorizontalLayout actions = new HorizontalLayout(street, propose, apply);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");

        grid.setAriaLabel(getTranslation("placement.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PlacementProposal::name).setHeader(getTranslation("deputy.name")).setAutoWidth(true);
        grid.addColumn(p -> p.levels().stream().map(l -> getTranslation(l.messageKey()))
                .collect(Collectors.joining(getTranslation("list.separator")))).setHeader(getTranslation("deputy.seats"));
        grid.addColumn(PlacementProposal::community).setHeader(getTranslation("deputy.community")).setAutoWidth(true);
        grid.addComponentColumn(this::stationChoice).setHeader(getTranslation("placement.station")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("placement.reason." + p.reason().name())).setHeader(getTranslation("placement.reason"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.distanceKm() == null ? ""
                        : getTranslation("placement.distance.value", String.format(Locale.ROOT, "%.2f", p.distanceKm())))
                .setHeader(getTranslation("placement.distance")).setAutoWidth(true);
        // "Everybody is placed" would be a claim before anybody looked: until then, what to do.
        grid.setEmptyStateText(getTranslation("placement.before"));

        // Another street's proposals would be applied to the wrong people: a new street starts over.
        street.addValueChangeListener(e -> {
            chosen.clear();
            grid.setItems(List.of());
            grid.setEmptyStateText(getTranslation("placement.before"));
            summary.setText("");
            apply.setEnabled(false);
        });

        add(new H2(getTranslation("placement.title")), new Paragraph(getTranslation("placement.hint")), actions, summary, grid);
        expand(grid);
    }

    private ComboBox<StationSummary> stationChoice(PlacementProposal p) {
        ComboBox<StationSummary> choice = new ComboBox<>();
        choice.setItems(streetStations);
        choice.setItemLabelGenerator(StationSummary::name);
        choice.setAriaLabel(getTranslation("placement.station.for", p.name()));
        choice.setClearButtonVisible(true);
        choice.setWidthFull();
        Long current = chosen.get(p.deputyId());
        streetStations.stream().filter(s -> s.id().equals(current)).findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> chosen.put(p.deputyId(), e.getValue() == null ? null : e.getValue().id()));
        return choice;
    }

    void propose() {
        if (street.getValue() == null) {
            street.setInvalid(true);
            street.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        long streetId = street.getValue().id();
        streetStations = stations.activeIn(streetId).stream().filter(s -> !s.specialist()).toList();
        List<PlacementProposal> proposals = roster.proposePlacement(streetId);
        chosen.clear();
        proposals.forEach(p -> chosen.put(p.deputyId(), p.stationId()));
        grid.setItems(proposals);
        grid.setEmptyStateText(getTranslation("placement.empty"));
        summary.setText(getTranslation("placement.summary", proposals.size()));
        apply.setEnabled(!proposals.isEmpty());
    }

    void apply() {
        try {
            int applied = roster.applyPlacement(new HashMap<>(chosen));
            Toasts.success(getTranslation("placement.applied", applied));
            propose();
        } catch (InvalidInputException e) {
            Toasts.error(e.problems().stream().map(p -> getTranslation(p.messageKey(), p.args()))
                    .collect(Collectors.joining(" ")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("placement.title") + " · " + getTranslation("app.name");
    }
}
