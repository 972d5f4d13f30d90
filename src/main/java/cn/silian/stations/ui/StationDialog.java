package cn.silian.stations.ui;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.Expertise;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.StationDetails;
import cn.silian.stations.StationDraft;
import cn.silian.stations.StationKind;
import cn.silian.stations.StationService;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;

import java.util.HashMap;
import java.util.Map;

/** Creates or edits a station; street staff always work in their own street. */
class StationDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final RadioButtonGroup<StationKind> kind = new RadioButtonGroup<>();
    final ComboBox<Expertise> field = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final TextField address = new TextField();
    final TextField community = new TextField();
    final TextField openingHours = new TextField();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final ComboBox<Choice> head = new ComboBox<>();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();

    private final transient StationService stations;
    private final Long id;
    private long version;
    private final Runnable onSaved;

    StationDialog(StationService stations, StreetService streets, DeputyService deputies, StationDetails existing,
                  boolean chooseStreet, Runnable onSaved) {
        this.stations = stations;
        this.id = existing == null ? null : existing.summary().id();
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? getTranslation("stations.new") : getTranslation("station.edit", existing.summary().name()));

        code.setLabel(getTranslation("station.code"));
        code.setHelperText(getTranslation("station.code.helper"));
        name.setLabel(getTranslation("station.name"));
        kind.setLabel(getTranslation("station.kind"));
        kind.setItems(StationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        field.setLabel(getTranslation("station.field"));
        field.setHelperText(getTranslation("station.field.helper"));
        field.setItems(Expertise.values());
        field.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        field.setClearButtonVisible(true);
        street.setLabel(getTranslation("deputies.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setVisible(chooseStreet);
        address.setLabel(getTranslation("station.address"));
        community.setLabel(getTranslation("deputy.community"));
        openingHours.setLabel(getTranslation("station.opening-hours"));
        contactName.setLabel(getTranslation("station.contact-name"));
        contactPhone.setLabel(getTranslation("station.contact-phone"));
        head.setLabel(getTranslation("station.head"));
        head.setItemLabelGenerator(Choice::label);
        head.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize())).stream().map(d -> new Choice(d.id(), d.name())));
        head.setClearButtonVisible(true);
        latitude.setLabel(getTranslation("station.latitude"));
        longitude.setLabel(getTranslation("station.longitude"));
        active.setLabel(getTranslation("station.active"));

        StationDraft draft = new StationDraft();
        if (id != null) {
            // The version shown on the station's page may be older than the values read here.
            Edit<StationDraft> edit = stations.edit(id);
            draft = edit.draft();
            version = edit.version();
        }
        code.setValue(nz(draft.getCode()));
        name.setValue(nz(draft.getName()));
        kind.setValue(draft.getKind());
        field.setValue(draft.getField());
        if (draft.getStreetId() != null) {
            streets.find(draft.getStreetId()).ifPresent(street::setValue);
        }
        address.setValue(nz(draft.getAddress()));
        community.setValue(nz(draft.getCommunity()));
        openingHours.setValue(nz(draft.getOpeningHours()));
        contactName.setValue(nz(draft.getContactName()));
        contactPhone.setValue(nz(draft.getContactPhone()));
        if (draft.getHeadDeputyId() != null) {
            head.setValue(new Choice(draft.getHeadDeputyId(), deputies.nameOf(draft.getHeadDeputyId()).orElse("")));
        }
        latitude.setValue(draft.getLatitude());
        longitude.setValue(draft.getLongitude());
        active.setValue(draft.isActive());

        FormLayout form = new FormLayout(code, name, kind, field, street, address, community, openingHours, contactName,
                contactPhone, head, latitude, longitude, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void save() {
        StationDraft d = new StationDraft();
        d.setCode(code.getValue());
        d.setName(name.getValue());
        d.setKind(kind.getValue());
        d.setField(field.getValue());
        d.setStreetId(street.getValue() == null ? null : street.getValue().id());
        d.setAddress(address.getValue());
        d.setCommunity(community.getValue());
        d.setOpeningHours(openingHours.getValue());
        d.setContactName(contactName.getValue());
        d.setContactPhone(contactPhone.getValue());
        d.setHeadDeputyId(head.getValue() == null ? null : head.getValue().id());
        d.setLatitude(latitude.getValue());
        d.setLongitude(longitude.getValue());
        d.setActive(active.getValue());
        try {
            if (id == null) {
                stations.create(d);
            } else {
                stations.update(id, version, d);
            }
            Toasts.success(getTranslation("station.saved", d.getName()));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields()));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> f = new HashMap<>();
        f.put("code", code);
        f.put("name", name);
        f.put("kind", kind);
        f.put("streetId", street);
        f.put("address", address);
        f.put("community", community);
        f.put("openingHours", openingHours);
        f.put("contactName", contactName);
        f.put("contactPhone", contactPhone);
        f.put("latitude", latitude);
        f.put("longitude", longitude);
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
