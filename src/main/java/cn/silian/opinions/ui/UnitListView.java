package cn.silian.opinions.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.UnitDraft;
import cn.silian.opinions.UnitKind;
import cn.silian.opinions.UnitSummary;
import cn.silian.security.Roles;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** The handling units (承办单位), reference data the office keeps: lazily listed, added and changed in a dialog. */
@Route("units")
@Menu(order = 72, title = "menu.units", icon = "vaadin:office")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class UnitListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Checkbox activeOnly = new Checkbox();
    final Grid<UnitSummary> grid = new Grid<>();
    final PhoneColumns<UnitSummary> phone = new PhoneColumns<>(grid);
    final Span total = new Span();
    final Button create = new Button();
    private final transient HandlingUnitService units;
    /** The dialog last opened, for tests. */
    UnitDialog dialog;

    UnitListView(HandlingUnitService units) {
        this.units = units;
        addClassName("unit-list-view");
        setSizeFull();
        create.setText(getTranslation("units.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> edit(null));
        H2 title = new H2(getTranslation("units.title"));
        total.addClassName("total");
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(title, total, create);
        header.addClassName("view-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        search.setLabel(getTranslation("units.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        activeOnly.setLabel(getTranslation("units.active-only"));
        activeOnly.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(search, activeOnly);

        grid.setAriaLabel(getTranslation("units.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        phone.main(grid.addColumn(LitRenderer.<UnitSummary>of("<span>${item.name}</span>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("name", UnitSummary::name)
                        .withProperty("secondary", u -> phone.line(getTranslation(u.kind().messageKey()), u.contactPerson(),
                                u.contactPhone(), u.active() ? null : getTranslation("units.inactive"))))
                .setHeader(getTranslation("units.name")).setSortProperty("name").setFlexGrow(2));
        phone.add(grid.addColumn(u -> getTranslation(u.kind().messageKey())).setHeader(getTranslation("units.kind"))
                .setSortProperty("kind").setAutoWidth(true));
        phone.add(grid.addColumn(u -> u.contactPerson() == null ? "" : u.contactPerson())
                .setHeader(getTranslation("units.contact-person")).setAutoWidth(true));
        phone.add(grid.addColumn(u -> u.contactPhone() == null ? "" : u.contactPhone())
                .setHeader(getTranslation("units.contact-phone")).setAutoWidth(true));
        phone.add(grid.addColumn(u -> getTranslation(u.active() ? "units.active" : "units.inactive"))
                .setHeader(getTranslation("units.state")).setSortProperty("active").setAutoWidth(true));
        grid.addComponentColumn(u -> {
            Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> edit(u.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("units.edit", u.name()));
            edit.setTooltipText(getTranslation("common.edit"));
            return edit;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("units.empty"));
        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        String text = search.getValue();
        boolean active = activeOnly.getValue();
        grid.setItems(query -> units.page(text, active, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = units.count(text, active);
                    total.setText(getTranslation("units.total", count));
                    return (int) count;
                });
    }

    void edit(Long id) {
        // Values and version from one read, so that a change made meanwhile is refused, not overwritten.
        dialog = new UnitDialog(id == null ? null : units.get(id));
        dialog.open();
    }

    /** Name, kind, contact person and phone, and whether the unit still takes assignments. */
    class UnitDialog extends Dialog {
        final TextField name = new TextField(getTranslation("units.name"));
        final Select<UnitKind> kind = new Select<>();
        final TextField contactPerson = new TextField(getTranslation("units.contact-person"));
        final TextField contactPhone = new TextField(getTranslation("units.contact-phone"));
        final Checkbox active = new Checkbox(getTranslation("units.active"));
        final Button save = new Button(getTranslation("common.save"));
        private final UnitSummary unit;

        UnitDialog(UnitSummary unit) {
            this.unit = unit;
            setHeaderTitle(unit == null ? getTranslation("units.new") : getTranslation("units.edit", unit.name()));
            setWidth("min(32em, 95vw)");
            name.setMaxLength(HandlingUnitService.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
            kind.setLabel(getTranslation("units.kind"));
            kind.setItems(UnitKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            contactPerson.setMaxLength(HandlingUnitService.PERSON_MAX);
            contactPhone.setMaxLength(30);
            if (unit == null) {
                kind.setValue(UnitKind.GOVERNMENT_DEPARTMENT);
                active.setValue(true);
            } else {
                name.setValue(unit.name());
                kind.setValue(unit.kind());
                contactPerson.setValue(unit.contactPerson() == null ? "" : unit.contactPerson());
                // The form needs the real number, which only the office reads: the list shows what he may see.
                contactPhone.setValue(unit.contactPhone() == null ? "" : unit.contactPhone());
                active.setValue(unit.active());
            }
            FormLayout form = new FormLayout(name, kind, contactPerson, contactPhone, active);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(form);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        }

        void save() {
            UnitDraft draft = new UnitDraft(name.getValue(), kind.getValue(), contactPerson.getValue(),
                    contactPhone.getValue(), active.getValue());
            if (SuggestionTexts.attempt(this, () -> {
                if (unit == null) {
                    units.create(draft);
                } else {
                    units.update(unit.id(), unit.version(), draft);
                }
            }, Map.of("name", name, "kind", kind, "contactPerson", contactPerson, "contactPhone", contactPhone))) {
                Toasts.success(getTranslation("units.saved", name.getValue()));
                close();
                refresh();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title") + " · " + getTranslation("app.name");
    }
}
