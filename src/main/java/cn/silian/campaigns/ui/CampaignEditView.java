package cn.silian.campaigns.ui;

import cn.silian.campaigns.CampaignDraft;
import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.GroupChoice;
import cn.silian.campaigns.StreetTarget;
import cn.silian.opinions.OpinionsClock;
import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The office prepares or changes a campaign: theme, period, the streets with their targets and the groups. */
@Route("campaigns/:id(\\d+)/edit")
@RouteAlias("campaigns/new")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class CampaignEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "campaigns/new";
    /** The visit target a street is given when it is ticked. */
    static final int DEFAULT_VISITS = 2;

    final TextField theme = new TextField();
    final TextArea description = new TextArea();
    final IntegerField year = new IntegerField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final MultiSelectComboBox<GroupChoice> groups = new MultiSelectComboBox<>();
    final Map<Long, StreetRow> streets = new LinkedHashMap<>();
    final Button save = new Button();
    final Button cancel = new Button();
    private final H2 title = new H2();
    private final transient CampaignService campaigns;
    private Long id;
    private long version;

    /** A street's line of the form: taking part, its visit target and its optional opinion target. */
    static final class StreetRow extends FlexLayout {
        final Checkbox takesPart = new Checkbox();
        final IntegerField visits = new IntegerField();
        final IntegerField opinions = new IntegerField();

        StreetRow(StreetSummary s) {
            takesPart.setLabel(s.name());
            visits.setLabel(getTranslation("campaign.target.visits"));
            visits.setAriaLabel(getTranslation("campaign.target.visits.for", s.name()));
            visits.setMin(0);
            visits.setMax(CampaignService.TARGET_MAX);
            opinions.setLabel(getTranslation("campaign.target.opinions"));
            opinions.setAriaLabel(getTranslation("campaign.target.opinions.for", s.name()));
            opinions.setMin(0);
            opinions.setMax(CampaignService.TARGET_MAX);
            takesPart.addValueChangeListener(e -> {
                visits.setEnabled(e.getValue());
                opinions.setEnabled(e.getValue());
                if (e.getValue() && visits.getValue() == null) {
                    visits.setValue(DEFAULT_VISITS);
                }
            });
            visits.setEnabled(false);
            opinions.setEnabled(false);
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-m)");
            takesPart.setWidth("10em");
            add(takesPart, visits, opinions);
        }
    }

    CampaignEditView(CampaignService campaigns, StreetService streetService) {
        this.campaigns = campaigns;
        addClassName("campaign-edit-view");
        theme.setLabel(getTranslation("campaign.theme"));
        theme.setRequiredIndicatorVisible(true);
        theme.setMaxLength(CampaignService.THEME_MAX + 10);
        description.setLabel(getTranslation("campaign.description"));
        description.setMaxLength(CampaignService.DESCRIPTION_MAX);
        year.setLabel(getTranslation("campaign.year"));
        year.setHelperText(getTranslation("campaign.year.helper"));
        year.setRequiredIndicatorVisible(true);
        year.setStepButtonsVisible(true);
        startsOn.setLabel(getTranslation("campaign.starts-on"));
        startsOn.setRequiredIndicatorVisible(true);
        endsOn.setLabel(getTranslation("campaign.ends-on"));
        endsOn.setRequiredIndicatorVisible(true);
        // ISO dates typed or pasted, and the pickers' texts in the user's language.
        ComponentTexts.localize(startsOn);
        ComponentTexts.localize(endsOn);
        groups.setLabel(getTranslation("campaign.groups"));
        groups.setItems(campaigns.groupChoices());
        groups.setItemLabelGenerator(g -> getTranslation("campaign.group.choice", g.name(), g.topicTitle()));

        FormLayout form = new FormLayout(theme, year, startsOn, endsOn, description, groups);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(theme, 2);
        form.setColspan(description, 2);
        form.setColspan(groups, 2);

        VerticalLayout streetList = new VerticalLayout();
        streetList.setPadding(false);
        streetList.setSpacing(false);
        for (StreetSummary s : streetService.all()) {
            StreetRow row = new StreetRow(s);
            streets.put(s.id(), row);
            streetList.add(row);
        }

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> leave(id));
        add(title, form, new H3(getTranslation("campaign.streets.heading")), streetList, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        if (id == null) {
            title.setText(getTranslation("campaign.new"));
            year.setValue(OpinionsClock.today().getYear() + 1);
            return;
        }
        Edit<CampaignDraft> edit = campaigns.edit(id);
        version = edit.version();
        CampaignDraft d = edit.draft();
        title.setText(getTranslation("campaign.edit.title", d.theme()));
        theme.setValue(d.theme());
        description.setValue(d.description() == null ? "" : d.description());
        year.setValue(d.year());
        startsOn.setValue(d.startsOn());
        endsOn.setValue(d.endsOn());
        groups.setValue(groups.getListDataView().getItems().filter(g -> d.groupIds().contains(g.id())).toList());
        for (StreetTarget t : d.streets()) {
            StreetRow row = streets.get(t.streetId());
            if (row != null) {
                row.takesPart.setValue(true);
                row.visits.setValue(t.visitTarget());
                row.opinions.setValue(t.opinionTarget());
            }
        }
    }

    CampaignDraft draft() {
        List<StreetTarget> targets = new ArrayList<>();
        streets.forEach((streetId, row) -> {
            if (row.takesPart.getValue()) {
                targets.add(new StreetTarget(streetId, row.visits.getValue() == null ? 0 : row.visits.getValue(),
                        row.opinions.getValue()));
            }
        });
        Set<Long> groupIds = new HashSet<>();
        groups.getValue().forEach(g -> groupIds.add(g.id()));
        return new CampaignDraft(theme.getValue(), description.getValue(), year.getValue(), startsOn.getValue(),
                endsOn.getValue(), targets, groupIds);
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("theme", theme, "description", description, "year", year,
                "startsOn", startsOn, "endsOn", endsOn, "groups", groups);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            long saved;
            if (id == null) {
                saved = campaigns.create(draft());
            } else {
                version = campaigns.update(id, version, draft());
                saved = id;
            }
            Toasts.success(getTranslation("campaign.saved"));
            leave(saved);
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, fields));
        } catch (ConcurrentEditException ex) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private void leave(Long to) {
        getUI().ifPresent(ui -> {
            if (to == null) {
                ui.navigate(CampaignListView.class);
            } else {
                ui.navigate(CampaignView.class, new RouteParameters("id", String.valueOf(to)));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return CampaignTexts.title(this, id == null ? "campaign.new" : "campaign.edit");
    }
}
