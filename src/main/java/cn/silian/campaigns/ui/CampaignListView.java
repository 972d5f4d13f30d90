package cn.silian.campaigns.ui;

import cn.silian.campaigns.CampaignFilter;
import cn.silian.campaigns.CampaignRow;
import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.CampaignStatus;
import cn.silian.security.Roles;
import cn.silian.shared.ui.FilterBar;
import cn.silian.shared.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The research months, newest first, filtered by year and status; the office starts a new one here. */
@Route("campaigns")
@Menu(order = 31, title = "campaign.nav", icon = "vaadin:flag")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class CampaignListView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField year = new IntegerField();
    final ComboBox<CampaignStatus> status = new ComboBox<>();
    final Grid<CampaignRow> grid = new Grid<>();
    final Span total = new Span();
    final Button create = new Button();
    final PhoneColumns<CampaignRow> phone = new PhoneColumns<>(grid);
    private final transient CampaignService campaigns;

    CampaignListView(CampaignService campaigns, AuthenticationContext auth) {
        this.campaigns = campaigns;
        addClassName("campaign-list-view");
        setSizeFull();
        create.setText(getTranslation("campaign.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CampaignEditView.NEW)));
        create.setVisible(auth.hasAnyRole(Roles.OFFICE, Roles.ADMIN));
        total.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("campaign.list.title")), total, create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(total);

        year.setLabel(getTranslation("campaign.year"));
        year.setClearButtonVisible(true);
        year.setStepButtonsVisible(true);
        status.setLabel(getTranslation("campaign.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        grid.setAriaLabel(getTranslation("campaign.list.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<CampaignRow>of("<a href=\"campaigns/${item.id}\">${item.theme}</a>"
                                + "<div class=\"list-secondary\">${item.secondary}</div>")
                        .withProperty("id", CampaignRow::id).withProperty("theme", CampaignRow::theme)
                        .withProperty("secondary", c -> phone.line(getTranslation(c.status().messageKey()),
                                CampaignTexts.period(this, c.startsOn(), c.endsOn()))))
                .setHeader(getTranslation("campaign.theme")).setSortProperty("theme").setFlexGrow(3);
        phone.add(grid.addColumn(c -> String.valueOf(c.year())).setHeader(getTranslation("campaign.year"))
                .setSortProperty("year").setAutoWidth(true).setFlexGrow(0));
        phone.add(grid.addColumn(c -> CampaignTexts.period(this, c.startsOn(), c.endsOn()))
                .setHeader(getTranslation("campaign.period")).setSortProperty("startsOn").setAutoWidth(true));
        phone.add(grid.addComponentColumn(c -> CampaignTexts.badge(getTranslation(c.status().messageKey())))
                .setHeader(getTranslation("campaign.status")).setSortProperty("status").setAutoWidth(true).setFlexGrow(0));
        phone.add(grid.addColumn(CampaignRow::streets).setHeader(getTranslation("campaign.streets"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0));
        grid.setEmptyStateText(getTranslation("campaign.list.empty"));

        add(header, new FilterBar(year, status), grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        CampaignFilter filter = new CampaignFilter(year.getValue(), status.getValue());
        grid.setItems(query -> campaigns.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = campaigns.count(filter);
                    total.setText(getTranslation("campaign.list.total", count));
                    return (int) count;
                });
    }

    @Override
    public String getPageTitle() {
        return CampaignTexts.title(this, "campaign.list.title");
    }
}
