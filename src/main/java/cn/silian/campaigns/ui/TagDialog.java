package cn.silian.campaigns.ui;

import cn.silian.campaigns.CampaignItemRow;
import cn.silian.campaigns.ItemKind;
import cn.silian.campaigns.StreetTarget;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.util.Map;

/**
 * The untagged opinions or meetings of the campaign's period, a page at a time, each with a
 * button that tags it. A visit not held at a station counts for the street the office picks.
 */
class TagDialog extends Dialog {

    final Grid<CampaignItemRow> grid = new Grid<>();
    final ComboBox<StreetSummary> street = new ComboBox<>();
    private final CampaignView view;

    TagDialog(CampaignView view, ItemKind kind) {
        this.view = view;
        setHeaderTitle(getTranslation("campaign.tag.add." + kind.name()));
        setWidth("min(60em, 95vw)");
        long id = view.campaign().id();
        Map<Long, StreetSummary> names = view.streetNames();
        street.setLabel(getTranslation("campaign.tag.street"));
        street.setHelperText(getTranslation("campaign.tag.street.helper"));
        street.setItems(view.campaign().targets().stream().map(StreetTarget::streetId).map(names::get).toList());
        street.setItemLabelGenerator(StreetSummary::name);
        // Only the office picks: a street's staff tag their visits for their own street.
        street.setVisible(kind == ItemKind.MEETING && view.campaign().mayEdit());
        grid.setAriaLabel(getTranslation("campaign.tag.add." + kind.name()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24em");
        grid.addColumn(r -> r.day().toString()).setHeader(getTranslation("campaign.item.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CampaignItemRow::text).setHeader(getTranslation("campaign.item.text." + kind.name())).setFlexGrow(3);
        grid.addColumn(r -> r.streetName() == null ? "" : r.streetName()).setHeader(getTranslation("campaign.street"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button tag = new Button(getTranslation("campaign.tag"), e -> tag(r));
            tag.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            tag.setAriaLabel(getTranslation("campaign.tag.for", r.text()));
            return tag;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("campaign.tag.none"));
        grid.setItems(q -> view.service().untagged(id, kind, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) view.service().countUntagged(id, kind));
        add(new Paragraph(getTranslation("campaign.tag.intro." + kind.name())), street, grid);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                view.reload();
            }
        });
    }

    void tag(CampaignItemRow r) {
        try {
            view.tag(r, street.getValue() == null ? r.streetId() : street.getValue().id());
            grid.getDataProvider().refreshAll();
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of("streetId", street)));
        }
    }
}
