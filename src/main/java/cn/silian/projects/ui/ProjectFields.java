package cn.silian.projects.ui;

import cn.silian.campaigns.CampaignSummary;
import cn.silian.opinions.UnitChoice;
import cn.silian.projects.ProjectDraft;
import cn.silian.projects.ProjectService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of a candidate project, for the new-project page and the edit dialog alike; the
 * service checks every rule and names the field each refusal concerns.
 */
class ProjectFields extends FormLayout {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<StreetSummary> streets = new MultiSelectComboBox<>();
    final BigDecimalField cost = new BigDecimalField();
    final ComboBox<UnitChoice> unit = new ComboBox<>();
    final ComboBox<CampaignSummary> campaign = new ComboBox<>();
    final IntegerField year = new IntegerField();

    ProjectFields(List<StreetSummary> streetList, List<UnitChoice> units, List<CampaignSummary> campaigns, boolean fresh) {
        title.setLabel(getTranslation("project.title"));
        title.setMaxLength(ProjectService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("project.description"));
        description.setMaxLength(ProjectService.DESCRIPTION_MAX);
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("8em");
        streets.setLabel(getTranslation("project.streets"));
        streets.setItems(streetList);
        streets.setItemLabelGenerator(StreetSummary::name);
        streets.setRequiredIndicatorVisible(true);
        cost.setLabel(getTranslation("project.cost"));
        cost.setHelperText(getTranslation("project.cost.helper"));
        unit.setLabel(getTranslation("project.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitChoice::name);
        unit.setClearButtonVisible(true);
        campaign.setLabel(getTranslation("project.campaign"));
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(c -> c.theme() + " (" + c.year() + ")");
        campaign.setClearButtonVisible(true);
        campaign.setHelperText(getTranslation("project.campaign.helper"));
        year.setLabel(getTranslation("project.year"));
        year.setMin(ProjectService.YEAR_MIN);
        year.setMax(ProjectService.YEAR_MAX);
        year.setStepButtonsVisible(true);
        // A campaign's year is the project's: the year is asked only without one.
        campaign.addValueChangeListener(e -> year.setVisible(e.getValue() == null));
        campaign.setVisible(fresh);
        year.setVisible(fresh);
        add(title, description, streets, cost, unit, campaign, year);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setColspan(title, 2);
        setColspan(description, 2);
    }

    void streetIds(Set<Long> ids) {
        streets.setValue(streets.getListDataView().getItems().filter(s -> ids.contains(s.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    void unitId(Long id) {
        unit.setValue(unit.getListDataView().getItems().filter(u -> Objects.equals(u.id(), id)).findFirst().orElse(null));
    }

    ProjectDraft draft(Set<Long> opinionIds) {
        return new ProjectDraft(title.getValue(), description.getValue(),
                streets.getValue().stream().map(StreetSummary::id).collect(Collectors.toSet()), cost.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                campaign.getValue() == null ? null : campaign.getValue().id(), year.getValue(), opinionIds);
    }

    Map<String, HasValidation> byName() {
        return Map.of("title", title, "description", description, "streetIds", streets, "estimatedCost", cost,
                "unitId", unit, "campaignId", campaign, "year", year);
    }
}
