package cn.silian.stations.ui;

import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.RosterChange;
import cn.silian.stations.RosterMember;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.PageRequest;

import java.util.stream.Collectors;

/** A station's roster: current members with their duty counts, adding and removing, and the history. */
class RosterTab extends VerticalLayout {

    final ComboBox<Choice> person = new ComboBox<>();
    final Button add = new Button();
    final Grid<RosterMember> members = new Grid<>();
    final Grid<RosterChange> history = new Grid<>();
    private final transient RosterService roster;
    private final StationDetails station;

    RosterTab(RosterService roster, StationDetails station) {
        this.roster = roster;
        this.station = station;
        setPadding(false);

        person.setLabel(getTranslation("roster.add.person"));
        person.setPlaceholder(getTranslation("deputies.search.placeholder"));
        person.setItemLabelGenerator(Choice::label);
        long stationId = station.summary().id();
        person.setItems(query -> roster.candidates(stationId, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .map(d -> new Choice(d.id(), d.nameAndStreet())));
        if (roster.placesOnlyOwnStreet()) {
            person.setHelperText(getTranslation("roster.add.own-street"));
        }
        person.setWidth("20em");
        add.setText(getTranslation("roster.add"));
        add.setIcon(new Icon(VaadinIcon.PLUS));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add(false));
        HorizontalLayout adding = new HorizontalLayout(person, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.getStyle().set("flex-wrap", "wrap");

        members.setAriaLabel(getTranslation("station.tab.roster"));
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        members.addColumn(RosterMember::name).setHeader(getTranslation("deputy.name")).setAutoWidth(true);
        members.addColumn(m -> m.levels().stream().map(l -> getTranslation(l.messageKey()))
                .collect(Collectors.joining(getTranslation("list.separator")))).setHeader(getTranslation("deputy.seats")).setFlexGrow(2);
        members.addColumn(RosterMember::streetName).setHeader(getTranslation("deputy.street")).setAutoWidth(true);
        members.addColumn(RosterMember::phone).setHeader(getTranslation("deputy.phone")).setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.home() ? "roster.home" : "roster.specialist")).setHeader(getTranslation("roster.membership"))
                .setAutoWidth(true);
        members.addColumn(m -> m.joinedOn().toString()).setHeader(getTranslation("roster.joined")).setAutoWidth(true);
        members.addColumn(RosterMember::dutiesThisYear).setHeader(getTranslation("roster.duties")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        members.addComponentColumn(m -> {
            Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> confirmRemove(m));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("roster.remove.of", m.name()));
            remove.setTooltipText(getTranslation("roster.remove"));
            return remove;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        members.setEmptyStateText(getTranslation("roster.empty"));
        members.setHeight("24em");

        history.setAriaLabel(getTranslation("roster.history"));
        history.addColumn(RosterChange::name).setHeader(getTranslation("deputy.name"));
        history.addColumn(c -> c.joinedOn() + " – " + c.leftOn()).setHeader(getTranslation("roster.period"));
        history.addColumn(c -> PersonNames.name(this, c.joinedBy()) + " / " + PersonNames.name(this, c.leftBy()))
                .setHeader(getTranslation("roster.recorded-by"));
        history.setHeight("14em");
        history.setEmptyStateText(getTranslation("roster.history.empty"));
        Details past = new Details(getTranslation("roster.history"), history);
        past.setWidthFull();

        add(adding, members, new RosterTransfer(roster, station, this::refresh), past);
        refresh();
    }

    void add(boolean move) {
        if (person.getValue() == null) {
            person.setInvalid(true);
            person.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            roster.add(station.summary().id(), person.getValue().id(), move);
            Toasts.success(getTranslation("roster.added", person.getValue().label()));
            person.clear();
            refresh();
        } catch (InvalidInputException e) {
            InvalidInputException.Problem problem = e.problems().getFirst();
            if ("roster.has-home".equals(problem.messageKey())) {
                ConfirmDialog dialog = new ConfirmDialog(getTranslation("roster.move.title"),
                        getTranslation("roster.move.message", problem.args()), getTranslation("roster.move"), ev -> add(true));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("common.cancel"));
                dialog.open();
            } else {
                Toasts.error(getTranslation(problem.messageKey(), problem.args()));
            }
        }
    }

    private void confirmRemove(RosterMember m) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("roster.remove"), getTranslation("roster.remove.message", m.name()),
                getTranslation("roster.remove"), e -> {
            roster.remove(m.entryId());
            Toasts.success(getTranslation("roster.removed", m.name()));
            refresh();
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    void refresh() {
        long id = station.summary().id();
        members.setItems(q -> roster.members(id, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        history.setItems(q -> roster.history(id, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    }

}
