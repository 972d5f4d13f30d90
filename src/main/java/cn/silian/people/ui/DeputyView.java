package cn.silian.people.ui;

import cn.silian.people.DeputyDetails;
import cn.silian.people.DeputyService;
import cn.silian.people.SeatInfo;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/** One person's page in the directory. */
@Route("deputies/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class DeputyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DeputyService deputies;
    DeputyDetails details;

    DeputyView(DeputyService deputies) {
        this.deputies = deputies;
        addClassName("deputy-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        details = deputies.get(id);
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("deputy.back"), DeputyListView.class);
        back.addClassName("back-link");

        H2 name = new H2(details.name());
        Span pinyin = new Span(details.namePinyin());
        pinyin.addClassName("pinyin");
        pinyin.getElement().setAttribute("lang", "zh-Latn-pinyin");
        Span status = new Span(getTranslation(details.status().messageKey()));
        status.getElement().getThemeList().add("badge");
        HorizontalLayout title = new HorizontalLayout(name, pinyin, status);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.addClassName("view-header");

        add(back, title);
        if (details.editable()) {
            Button edit = new Button(getTranslation("deputy.edit"), new Icon(VaadinIcon.EDIT),
                    e -> getUI().ifPresent(ui -> ui.navigate(DeputyEditView.class,
                            new RouteParameters("id", String.valueOf(details.id())))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(edit);
        }

        H3 seatsTitle = new H3(getTranslation("deputy.seats"));
        UnorderedList seats = new UnorderedList();
        seats.addClassName("seats");
        for (SeatInfo seat : details.seats()) {
            seats.add(new ListItem(getTranslation("deputy.seat.line", getTranslation(seat.level().messageKey()),
                    seat.term(), seat.constituency())));
        }

        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "deputy.gender", getTranslation(details.gender().messageKey()));
        fact(facts, "deputy.birth-year", details.birthYear() == null ? null : String.valueOf(details.birthYear()));
        fact(facts, "deputy.employer", details.employer());
        fact(facts, "deputy.post", details.post());
        fact(facts, "deputy.street", details.streetName());
        if (details.personalDataVisible()) {
            fact(facts, "deputy.community", details.community());
            fact(facts, "deputy.location", details.latitude() == null ? null
                    : getTranslation("deputy.location.value", String.valueOf(details.latitude()), String.valueOf(details.longitude())));
        }
        fact(facts, "deputy.phone", details.phone());
        fact(facts, "deputy.expertise", details.expertise().stream()
                .map(x -> getTranslation(x.messageKey())).collect(Collectors.joining(getTranslation("list.separator"))));
        fact(facts, "deputy.updated-at", Formats.dateTimeShort(details.updatedAt()));

        add(seatsTitle, seats, new H3(getTranslation("deputy.profile")), facts);
        if (details.personalDataVisible()) {
            // Those who may see his personal data (the office, his street's staff, he himself) may read his
            // record too. The record lives in the performance module: a link by address, not a dependency.
            Anchor record = new Anchor("points/record?deputy=" + details.id(), getTranslation("record.link"));
            record.addClassName("deputy-record-link");
            add(record);
        }
    }

    private void fact(DescriptionList list, String key, String value) {
        Component term = new Span(getTranslation(key));
        Component description = new Span(value == null || value.isBlank() ? getTranslation("common.none") : value);
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("deputies.title") : details.name()) + " · " + getTranslation("app.name");
    }
}
