package cn.silian.stations.ui;

import com.vaadin.flow.component.html.Anchor;
import cn.silian.people.DeputyService;
import cn.silian.security.Roles;
import cn.silian.stations.DutyService;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationDetails;
import cn.silian.stations.StationService;
import cn.silian.streets.StreetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.details.Details;
import java.util.List;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** One station: its facts, roster, duty plans and reception log, each on a tab. */
@Route("stations/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF})
public class StationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StationService stations;
    private final transient RosterService roster;
    private final transient DutyService duty;
    private final transient ReceptionService receptions;
    private final transient DeputyService deputies;
    private final transient StreetService streets;
    private final boolean office;
    StationDetails details;
    List<Details> sections;
    RosterTab rosterTab;
    DutyTab dutyTab;
    ReceptionTab receptionTab;

    StationView(StationService stations, RosterService roster, DutyService duty, ReceptionService receptions,
                DeputyService deputies, StreetService streets, AuthenticationContext auth) {
        this.stations = stations;
        this.roster = roster;
        this.duty = duty;
        this.receptions = receptions;
        this.deputies = deputies;
        this.streets = streets;
        this.office = auth.hasAnyRole(Roles.OFFICE, Roles.ADMIN);
        addClassName("station-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        details = stations.get(id);
        render();
    }

    private void render() {
        removeAll();
        H2 name = new H2(details.summary().name());
        Span kind = new Span(getTranslation(details.summary().kind().messageKey())
                + (details.summary().field() == null ? "" : " · " + getTranslation(details.summary().field().messageKey())));
        kind.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(name, kind);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");

        rosterTab = new RosterTab(roster, details);
        dutyTab = new DutyTab(duty, roster, details);
        receptionTab = new ReceptionTab(receptions, details);
        // Collapsible sections rather than a TabSheet: its tab list fails axe's ARIA checks
        // (a focusable scroll container inside role=tablist), and sections read well on a phone.
        sections = List.of(section("station.tab.overview", overview()), section("station.tab.roster", rosterTab),
                section("station.tab.duty", dutyTab), section("station.tab.receptions", receptionTab));

        // A station's records live in the documents module: a link, not a dependency.
        Anchor documents = new Anchor(
                "documents/station/" + details.summary().id(), getTranslation("station.documents"));
        documents.addClassName("documents-link");
        // The public intake's poster (QR code and short address) lives in the opinions module: a link, not a dependency.
        Anchor intake = new Anchor("opinions/intake/" + details.summary().id(), getTranslation("intake.poster.link"));
        intake.addClassName("intake-link");
        add(new RouterLink(getTranslation("station.back"), StationListView.class), header, documents, intake);
        sections.forEach(this::add);
    }

    private Details section(String key, com.vaadin.flow.component.Component content) {
        Details details = new Details(getTranslation(key), content);
        details.setOpened(true);
        details.setWidthFull();
        details.addClassName("station-section");
        return details;
    }

    private VerticalLayout overview() {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "station.code", details.summary().code());
        fact(facts, "deputies.street", details.summary().streetName());
        fact(facts, "station.address", details.summary().address());
        fact(facts, "deputy.community", details.community());
        fact(facts, "station.opening-hours", details.summary().openingHours());
        fact(facts, "station.head", details.summary().headName());
        fact(facts, "station.contact-name", details.contactName());
        fact(facts, "station.contact-phone", details.contactPhone());
        fact(facts, "station.members", String.valueOf(details.summary().members()));
        Button edit = new Button(getTranslation("common.edit"), new Icon(VaadinIcon.EDIT),
                e -> new StationDialog(stations, streets, deputies, details, office,
                        () -> getUI().ifPresent(ui -> ui.getPage().reload())).open());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout layout = new VerticalLayout(facts, edit);
        layout.setPadding(false);
        return layout;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(new Span(getTranslation(key))),
                new DescriptionList.Description(new Span(value == null || value.isBlank() ? getTranslation("common.none") : value)));
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("stations.title") : details.summary().name()) + " · " + getTranslation("app.name");
    }
}
