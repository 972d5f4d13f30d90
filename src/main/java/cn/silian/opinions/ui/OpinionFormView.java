package cn.silian.opinions.ui;

import cn.silian.opinions.OpinionDraft;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionSource;
import cn.silian.opinions.SourcedDraft;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.ReceptionCategory;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.Locale;
import java.util.Map;

/**
 * Records a public opinion: directly, or from a reception log entry, a research visit or a
 * group finding, whose pages link here by address ({@code opinions/new/reception/12}). The
 * form starts with what the source says; the service reads the source and checks the right.
 */
@Route("opinions/new")
@RouteAlias("opinions/new/:source(reception|visit|finding)/:sourceId(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class OpinionFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea content = new TextArea();
    final ComboBox<ReceptionCategory> category = new ComboBox<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    final TextField community = new TextField();
    final ComboBox<Choice> heardBy = new ComboBox<>();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final Paragraph from = new Paragraph();
    final Button save = new Button();
    private final transient OpinionService opinions;
    private final transient StreetService streets;
    private final transient DeputyService deputies;
    private final SilianUser me;
    private OpinionSource source = OpinionSource.DIRECT;
    private Long sourceId;

    OpinionFormView(OpinionService opinions, StreetService streets, DeputyService deputies, CurrentUser currentUser) {
        this.opinions = opinions;
        this.streets = streets;
        this.deputies = deputies;
        this.me = currentUser.require();
        addClassName("opinion-form-view");
        setMaxWidth("48em");

        content.setLabel(getTranslation("opinion.content"));
        content.setMaxLength(OpinionService.CONTENT_MAX);
        content.setRequiredIndicatorVisible(true);
        content.setMinHeight("8em");
        category.setLabel(getTranslation("opinion.category"));
        category.setItems(ReceptionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setRequiredIndicatorVisible(true);
        street.setLabel(getTranslation("opinion.street"));
        street.setItems(streets.all());
        street.setItemLabelGenerator(StreetSummary::name);
        street.setRequiredIndicatorVisible(true);
        community.setLabel(getTranslation("opinion.community"));
        community.setMaxLength(OpinionService.COMMUNITY_MAX);
        heardBy.setLabel(getTranslation("opinion.heard-by"));
        heardBy.setItemLabelGenerator(Choice::label);
        heardBy.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize())).stream().map(d -> new Choice(d.id(), d.nameAndStreet())));
        heardBy.setClearButtonVisible(true);
        // A deputy heard what he records himself.
        heardBy.setVisible(!me.is(Role.DEPUTY));
        contactName.setLabel(getTranslation("opinion.contact-name"));
        contactName.setMaxLength(OpinionService.NAME_MAX);
        contactPhone.setLabel(getTranslation("opinion.contact-phone"));
        contactPhone.setMaxLength(20);
        contactPhone.setHelperText(getTranslation("opinion.contact.helper"));

        FormLayout form = new FormLayout(content, category, street, community, heardBy, contactName, contactPhone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(content, 2);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        from.addClassName("opinion-from");
        add(new RouterLink(getTranslation("opinion.back"), OpinionListView.class),
                new H2(getTranslation("opinion.new")), from, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        source = event.getRouteParameters().get("source").map(s -> OpinionSource.valueOf(s.toUpperCase(Locale.ROOT)))
                .orElse(OpinionSource.DIRECT);
        sourceId = event.getRouteParameters().getLong("sourceId").orElse(null);
        SourcedDraft start = opinions.prefill(source, sourceId);
        OpinionDraft d = start.draft();
        content.setValue(d.content() == null ? "" : d.content());
        category.setValue(d.category());
        street.setValue(d.streetId() == null ? null : streets.find(d.streetId()).orElse(null));
        street.setReadOnly(start.streetFixed());
        community.setValue(d.community() == null ? "" : d.community());
        contactName.setValue(d.contactName() == null ? "" : d.contactName());
        contactPhone.setValue(d.contactPhone() == null ? "" : d.contactPhone());
        from.setText(start.sourceTitle() == null ? getTranslation("opinion.source." + source.name())
                : getTranslation("opinion.from-source", getTranslation(source.messageKey()), start.sourceTitle()));
    }

    void save() {
        OpinionDraft d = new OpinionDraft(content.getValue(), category.getValue(),
                street.getValue() == null ? null : street.getValue().id(), community.getValue(),
                heardBy.getValue() == null ? null : heardBy.getValue().id(), contactName.getValue(), contactPhone.getValue());
        long[] id = new long[1];
        if (OpinionTexts.attempt(this, () -> id[0] = opinions.record(source, sourceId, d),
                Map.of("content", content, "category", category, "streetId", street, "community", community,
                        "heardBy", heardBy, "contactName", contactName, "contactPhone", contactPhone))) {
            Toasts.success(getTranslation("opinion.recorded"));
            getUI().ifPresent(ui -> ui.navigate("opinions/" + id[0]));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.new") + " · " + getTranslation("app.name");
    }
}
