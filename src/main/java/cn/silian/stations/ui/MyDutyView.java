package cn.silian.stations.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.LitRenderer;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.DutyService;
import cn.silian.stations.Membership;
import cn.silian.stations.ReceptionService;
import cn.silian.stations.RosterService;
import cn.silian.stations.ShiftRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDateTime;
import java.util.List;

/** A deputy's stations and reception shifts: ask to swap one, or log what was heard. */
@Route("my-duty")
@Menu(order = 15, title = "nav.my-duty", icon = "vaadin:calendar-user")
@RolesAllowed(Roles.DEPUTY)
public class MyDutyView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ShiftRow> shifts = new Grid<>();
    final Grid<Membership> stations = new Grid<>();
    final PhoneColumns<ShiftRow> phoneShifts = new PhoneColumns<>(shifts);
    final PhoneColumns<Membership> phoneStations = new PhoneColumns<>(stations);
    private final transient DutyService duty;
    private final transient ReceptionService receptions;

    MyDutyView(DutyService duty, RosterService roster, ReceptionService receptions, CurrentUser currentUser) {
        this.duty = duty;
        this.receptions = receptions;
        addClassName("my-duty-view");

        shifts.setAriaLabel(getTranslation("my-duty.shifts"));
        shifts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phoneShifts.main(shifts.addColumn(LitRenderer.<ShiftRow>of("${item.when}<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("when", s -> DutyTab.when(s.startsAt(), s.endsAt(), getLocale()))
                        .withProperty("secondary", s -> phoneShifts.line(s.stationName(), s.stationAddress())))
                .setHeader(getTranslation("duty.when")).setAutoWidth(true));
        phoneShifts.add(shifts.addColumn(ShiftRow::stationName).setHeader(getTranslation("station.name")).setAutoWidth(true));
        phoneShifts.add(shifts.addColumn(ShiftRow::stationAddress).setHeader(getTranslation("station.address")).setFlexGrow(1));
        shifts.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        shifts.setEmptyStateText(getTranslation("my-duty.none"));
        shifts.setAllRowsVisible(true);

        stations.setAriaLabel(getTranslation("my-duty.stations"));
        stations.addColumn(LitRenderer.<Membership>of("${item.name}<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("name", Membership::stationName)
                        .withProperty("secondary", m -> phoneStations.line(membership(m), period(m))))
                .setHeader(getTranslation("station.name"));
        phoneStations.add(stations.addColumn(this::membership).setHeader(getTranslation("roster.membership")));
        phoneStations.add(stations.addColumn(MyDutyView::period).setHeader(getTranslation("roster.period")));
        // A station's records live in the documents module: a link, not a dependency.
        stations.addComponentColumn(m -> {
            Anchor link = new Anchor(
                    "documents/station/" + m.stationId(), getTranslation("station.documents"));
            link.getElement().setAttribute("aria-label", getTranslation("station.documents.of", m.stationName()));
            link.setVisible(m.leftOn() == null);
            return link;
        }).setHeader(getTranslation("station.documents"));
        stations.setAllRowsVisible(true);
        stations.setEmptyStateText(getTranslation("my-duty.stations.empty"));
        Long me = currentUser.require().deputyId();
        stations.setItems(me == null ? List.of() : roster.membershipsOf(me));

        add(new H2(getTranslation("nav.my-duty")), new H3(getTranslation("my-duty.shifts")), shifts,
                new H3(getTranslation("my-duty.stations")), stations);
        refresh();
    }

    private HorizontalLayout actions(ShiftRow shift) {
        Button swap = new Button(getTranslation("duty.swap.request"), e -> requestSwap(shift));
        swap.setEnabled(!shift.swapPending() && shift.startsAt().isAfter(LocalDateTime.now(Formats.ZONE)));
        swap.setAriaLabel(getTranslation("duty.swap.request.for", shift.startsAt().toLocalDate().toString()));
        Button log = new Button(getTranslation("reception.new"), e -> new ReceptionDialog(receptions, shift.stationId(),
                shift.id(), shift.stationName(), () -> { }).open());
        log.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        log.setAriaLabel(getTranslation("reception.new.at", shift.stationName()));
        return new HorizontalLayout(swap, log, ServedButton.of(shift, duty, true, this::refresh));
    }

    private void requestSwap(ShiftRow shift) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("duty.swap.request"));
        TextField reason = new TextField(getTranslation("duty.swap.reason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        Button send = new Button(getTranslation("duty.swap.send"), e -> {
            try {
                duty.requestSwap(shift.id(), reason.getValue(), null);
                Toasts.success(getTranslation("duty.swap.sent"));
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(ex.problems().getFirst().messageKey(), ex.problems().getFirst().args()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void refresh() {
        LocalDateTime now = LocalDateTime.now(Formats.ZONE);
        shifts.setItems(duty.myShifts(now.minusDays(1), now.plusDays(180)));
    }

    private String membership(Membership m) {
        return getTranslation(m.home() ? "roster.home" : "roster.specialist");
    }

    private static String period(Membership m) {
        return m.joinedOn() + (m.leftOn() == null ? "" : " – " + m.leftOn());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-duty") + " · " + getTranslation("app.name");
    }
}
