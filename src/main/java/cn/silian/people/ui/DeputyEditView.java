package cn.silian.people.ui;

import cn.silian.people.DeputyDraft;
import cn.silian.people.DeputyService.DeputyRules;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputyStatus;
import cn.silian.people.Expertise;
import cn.silian.people.Gender;
import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Edit;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.Map;

/** Creates or edits a person in the directory: office staff and administrators only. */
@Route("deputies/:id(\\d+)/edit")
@RouteAlias("deputies/new")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class DeputyEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = new TextField();
    final RadioButtonGroup<Gender> gender = new RadioButtonGroup<>();
    final IntegerField birthYear = new IntegerField();
    final TextField employer = new TextField();
    final TextField post = new TextField();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final TextField community = new TextField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final TextField phone = new TextField();
    // A radio group rather than a Select: a required Select marks its button aria-required,
    // which axe rightly reports as an ARIA attribute the button role does not support.
    final RadioButtonGroup<DeputyStatus> status = new RadioButtonGroup<>();
    final MultiSelectComboBox<Expertise> expertise = new MultiSelectComboBox<>();
    final SeatsField seats = new SeatsField();
    final Button save = new Button();
    final Button cancel = new Button();
    final Button delete = new Button();

    private final transient DeputyService deputies;
    private final Binder<DeputyDraft> binder = new Binder<>(DeputyDraft.class);
    private final H2 title = new H2();
    private Long id;
    private long version;

    DeputyEditView(DeputyService deputies, StreetService streets) {
        this.deputies = deputies;
        addClassName("deputy-edit-view");

        name.setLabel(getTranslation("deputy.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(DeputyRules.NAME_MAX + 10);
        gender.setLabel(getTranslation("deputy.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        birthYear.setLabel(getTranslation("deputy.birth-year"));
        employer.setLabel(getTranslation("deputy.employer"));
        post.setLabel(getTranslation("deputy.post"));
        street.setLabel(getTranslation("deputy.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        community.setLabel(getTranslation("deputy.community"));
        latitude.setLabel(getTranslation("deputy.latitude"));
        latitude.setHelperText(getTranslation("deputy.location.helper"));
        latitude.setStep(0.000001);
        longitude.setLabel(getTranslation("deputy.longitude"));
        longitude.setStep(0.000001);
        phone.setLabel(getTranslation("deputy.phone"));
        phone.setHelperText(getTranslation("deputy.phone.helper"));
        status.setLabel(getTranslation("deputy.status"));
        status.setItems(DeputyStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        expertise.setLabel(getTranslation("deputy.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        seats.setLabel(getTranslation("deputy.seats"));

        bind(streets);

        FormLayout form = new FormLayout(name, gender, birthYear, status, employer, post, street, community,
                latitude, longitude, phone, expertise, seats);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(expertise, 2);
        form.setColspan(seats, 2);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> leave());
        delete.setText(getTranslation("common.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, delete);
        buttons.addClassName("form-buttons");

        add(title, form, buttons);
    }

    private void bind(StreetService streets) {
        binder.forField(name)
                .withValidator(rule(v -> InputRules.required(v), 0))
                .withValidator(rule(v -> InputRules.maxLength(v, DeputyRules.NAME_MAX), DeputyRules.NAME_MAX))
                .withValidator(rule(InputRules::safeText, 0))
                .bind(DeputyDraft::getName, DeputyDraft::setName);
        binder.forField(gender).asRequired(getTranslation("validation.required"))
                .bind(DeputyDraft::getGender, DeputyDraft::setGender);
        binder.forField(birthYear)
                .withValidator((Integer v, com.vaadin.flow.data.binder.ValueContext c) -> result(DeputyRules.birthYear(v), 0))
                .bind(DeputyDraft::getBirthYear, DeputyDraft::setBirthYear);
        binder.forField(employer).withValidator(rule(v -> InputRules.maxLength(v, DeputyRules.TEXT_MAX), DeputyRules.TEXT_MAX))
                .bind(DeputyDraft::getEmployer, DeputyDraft::setEmployer);
        binder.forField(post).withValidator(rule(v -> InputRules.maxLength(v, DeputyRules.TEXT_MAX), DeputyRules.TEXT_MAX))
                .bind(DeputyDraft::getPost, DeputyDraft::setPost);
        binder.forField(street).asRequired(getTranslation("validation.required"))
                .bind(d -> d.getStreetId() == null ? null : streets.find(d.getStreetId()).orElse(null),
                        (d, s) -> d.setStreetId(s == null ? null : s.id()));
        binder.forField(community).withValidator(rule(v -> InputRules.maxLength(v, DeputyRules.COMMUNITY_MAX), DeputyRules.COMMUNITY_MAX))
                .bind(DeputyDraft::getCommunity, DeputyDraft::setCommunity);
        // Each coordinate is checked against the other, so a change to one re-checks both.
        Binder.Binding<DeputyDraft, Double> lat = binder.forField(latitude)
                .withValidator((v, c) -> result(DeputyRules.latitude(v, longitude.getValue()), 0))
                .bind(DeputyDraft::getLatitude, DeputyDraft::setLatitude);
        Binder.Binding<DeputyDraft, Double> lon = binder.forField(longitude)
                .withValidator((v, c) -> result(DeputyRules.longitude(v, latitude.getValue()), 0))
                .bind(DeputyDraft::getLongitude, DeputyDraft::setLongitude);
        latitude.addValueChangeListener(e -> lon.validate());
        longitude.addValueChangeListener(e -> lat.validate());
        binder.forField(phone).withValidator(rule(InputRules::phone, 0))
                .bind(DeputyDraft::getPhone, DeputyDraft::setPhone);
        binder.forField(status).asRequired(getTranslation("validation.required"))
                .bind(DeputyDraft::getStatus, DeputyDraft::setStatus);
        binder.forField(expertise)
                .bind(d -> d.getExpertise(), (d, v) -> d.setExpertise(v.isEmpty() ? EnumSet.noneOf(Expertise.class) : EnumSet.copyOf(v)));
        binder.forField(seats)
                .withValidator((v, c) -> result(v == null || v.isEmpty() ? "deputy.seats.required" : null, 0))
                .bind(DeputyDraft::getSeats, DeputyDraft::setSeats);
    }

    private Validator<String> rule(SerializableFunction<String, String> check, int arg) {
        return (value, context) -> result(check.apply(value), arg);
    }

    private ValidationResult result(String messageKey, int arg) {
        return messageKey == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(messageKey, arg));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        DeputyDraft draft;
        if (id == null) {
            draft = new DeputyDraft();
            title.setText(getTranslation("deputies.new"));
            delete.setVisible(false);
        } else {
            Edit<DeputyDraft> edit = deputies.edit(id);
            draft = edit.draft();
            version = edit.version();
            title.setText(getTranslation("deputy.edit.title", draft.getName()));
            delete.setVisible(true);
        }
        binder.readBean(draft);
    }

    void save() {
        DeputyDraft draft = new DeputyDraft();
        if (!binder.writeBeanIfValid(draft)) {
            Toasts.error(getTranslation("validation.fix-errors"));
            return;
        }
        try {
            if (id == null) {
                id = deputies.create(draft);
            } else {
                version = deputies.update(id, version, draft);
            }
            Toasts.success(getTranslation("deputy.saved", draft.getName()));
            getUI().ifPresent(ui -> ui.navigate(DeputyView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields()));
        } catch (ConcurrentEditException e) {
            conflict();
        }
    }

    private void conflict() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("conflict.title"));
        dialog.setText(getTranslation("conflict.message"));
        dialog.setConfirmText(getTranslation("conflict.reload"));
        dialog.addConfirmListener(e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("conflict.keep"));
        dialog.open();
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("deputy.delete.title"));
        dialog.setText(getTranslation("deputy.delete.message", name.getValue()));
        dialog.setConfirmText(getTranslation("common.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addConfirmListener(e -> {
            try {
                deputies.delete(id, version);
                Toasts.success(getTranslation("deputy.deleted"));
                getUI().ifPresent(ui -> ui.navigate(DeputyListView.class));
            } catch (ConcurrentEditException ex) {
                conflict();
            }
        });
        dialog.open();
    }

    private void leave() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(DeputyListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(DeputyView.class, new RouteParameters("id", String.valueOf(id))));
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("name", name), Map.entry("employer", employer), Map.entry("post", post),
                Map.entry("community", community), Map.entry("latitude", latitude), Map.entry("longitude", longitude),
                Map.entry("phone", phone), Map.entry("streetId", street), Map.entry("birthYear", birthYear),
                Map.entry("seats", seats), Map.entry("gender", gender), Map.entry("status", status));
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.name");
    }
}
