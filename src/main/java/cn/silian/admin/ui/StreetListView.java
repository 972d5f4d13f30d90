package cn.silian.admin.ui;

import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.StationService;
import cn.silian.stations.StreetFigures;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** The district's streets (few, so not paged): the office adds and renames them. */
@Route("streets")
@Menu(order = 70, title = "nav.streets", icon = "vaadin:road")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class StreetListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StreetFigures> grid = new Grid<>();
    final Button create = new Button();
    private final transient StreetService streets;
    private final transient StationService stations;

    StreetListView(StreetService streets, StationService stations) {
        this.streets = streets;
        this.stations = stations;
        addClassName("street-list-view");
        setSizeFull();
        create.setText(getTranslation("streets.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> edit(null));
        H2 title = new H2(getTranslation("nav.streets"));
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);

        grid.setAriaLabel(getTranslation("nav.streets"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StreetFigures::streetName).setHeader(getTranslation("deputies.street")).setAutoWidth(true);
        grid.addColumn(StreetFigures::stations).setHeader(getTranslation("stations.count")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(StreetFigures::members).setHeader(getTranslation("station.members")).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(f -> {
            Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> edit(f.streetId()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("streets.edit", f.streetName()));
            edit.setTooltipText(getTranslation("common.edit"));
            return edit;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        add(header, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(stations.streetFigures());
    }

    void edit(Long id) {
        // Code, name and version from one read, so that a rename made meanwhile is not overwritten.
        StreetEdit street = id == null ? null : streets.edit(id);
        Dialog dialog = new Dialog(getTranslation(street == null ? "streets.new" : "streets.edit", street == null ? "" : street.name()));
        TextField code = new TextField(getTranslation("station.code"));
        TextField name = new TextField(getTranslation("deputies.street"));
        code.setValue(street == null ? "" : street.code());
        name.setValue(street == null ? "" : street.name());
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                if (street == null) {
                    streets.create(code.getValue(), name.getValue(), streets.all().size() + 1);
                } else {
                    streets.rename(street.id(), street.version(), code.getValue(), name.getValue());
                }
                Toasts.success(getTranslation("streets.saved", name.getValue()));
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                Toasts.error(Problems.show(this, ex, Map.<String, HasValidation>of("code", code, "name", name)));
            } catch (ConcurrentEditException ex) {
                Toasts.error(getTranslation("error.concurrent-edit"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, name));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.streets") + " · " + getTranslation("app.name");
    }
}
