package cn.silian.campaigns.ui;

import cn.silian.campaigns.CampaignDetails;
import cn.silian.campaigns.CampaignExports;
import cn.silian.campaigns.CampaignItemRow;
import cn.silian.campaigns.CampaignProgress;
import cn.silian.campaigns.CampaignProject;
import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.CampaignStatus;
import cn.silian.campaigns.GroupProgress;
import cn.silian.campaigns.ItemKind;
import cn.silian.campaigns.StreetProgress;
import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign's page: its facts, its progress by street and group with the totals, its summary
 * report, and for the office (and a street's staff, for their street) the opinions and meetings
 * tagged to it, with the untagged ones of the period to add.
 */
@Route("campaigns/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Paragraph description = new Paragraph();
    final FlexLayout actions = new FlexLayout();
    final Button open = new Button();
    final Button close = new Button();
    final Grid<StreetProgress> streetGrid = new Grid<>();
    final Grid<GroupProgress> groupGrid = new Grid<>();
    final Paragraph totals = new Paragraph();
    final Section report = new Section();
    final Grid<CampaignProject> projectGrid = new Grid<>();
    final Grid<CampaignItemRow> opinions = new Grid<>();
    final Grid<CampaignItemRow> meetings = new Grid<>();
    final Button addOpinions = new Button();
    final Button addMeetings = new Button();
    CampaignExportButton export;
    private final transient CampaignService campaigns;
    private final transient CampaignExports exports;
    private final transient Map<Long, StreetSummary> streetNames;
    private final boolean office;
    private CampaignDetails campaign;

    CampaignView(CampaignService campaigns, CampaignExports exports, StreetService streets, AuthenticationContext auth) {
        this.campaigns = campaigns;
        this.office = auth.hasAnyRole(Roles.OFFICE, Roles.ADMIN);
        this.exports = exports;
        this.streetNames = streets.byId();
        addClassName("campaign-view");
        description.getStyle().set("white-space", "pre-wrap");
        open.setText(getTranslation("campaign.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> openCampaign());
        close.setText(getTranslation("campaign.close"));
        close.addClickListener(e -> closeDialog());
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-m)");

        streetGrid.setAriaLabel(getTranslation("campaign.progress.streets"));
        streetGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        streetGrid.setAllRowsVisible(true);
        streetGrid.addColumn(StreetProgress::streetName).setHeader(getTranslation("campaign.street")).setAutoWidth(true);
        streetGrid.addColumn(s -> getTranslation("campaign.progress.of", s.visits(), s.visitTarget()))
                .setHeader(getTranslation("campaign.progress.visits")).setAutoWidth(true);
        streetGrid.addColumn(s -> s.opinionTarget() == null ? String.valueOf(s.opinions())
                        : getTranslation("campaign.progress.of", s.opinions(), s.opinionTarget()))
                .setHeader(getTranslation("campaign.progress.opinions")).setAutoWidth(true);
        streetGrid.addColumn(StreetProgress::projects).setHeader(getTranslation("campaign.progress.projects"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        streetGrid.addColumn(s -> getTranslation(s.targetsMet() ? "campaign.progress.met" : "campaign.progress.not-met"))
                .setHeader(getTranslation("campaign.progress.target")).setAutoWidth(true);

        groupGrid.setAriaLabel(getTranslation("campaign.progress.groups"));
        groupGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        groupGrid.setAllRowsVisible(true);
        groupGrid.addColumn(GroupProgress::groupName).setHeader(getTranslation("campaign.group")).setFlexGrow(1);
        groupGrid.addColumn(GroupProgress::visits).setHeader(getTranslation("campaign.progress.visits"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        groupGrid.addColumn(GroupProgress::opinions).setHeader(getTranslation("campaign.progress.opinions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        groupGrid.addColumn(GroupProgress::projects).setHeader(getTranslation("campaign.progress.projects"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        groupGrid.setEmptyStateText(getTranslation("campaign.progress.no-groups"));

        projectGrid.setAriaLabel(getTranslation("campaign.projects"));
        projectGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        projectGrid.setAllRowsVisible(true);
        projectGrid.addColumn(CampaignProject::title).setHeader(getTranslation("campaign.export.title")).setFlexGrow(2);
        projectGrid.addColumn(p -> streetsOf(p.streetIds())).setHeader(getTranslation("campaign.export.streets")).setFlexGrow(1);
        projectGrid.addColumn(p -> p.stateKey() == null ? "" : getTranslation(p.stateKey()))
                .setHeader(getTranslation("campaign.export.state")).setAutoWidth(true);
        projectGrid.setEmptyStateText(getTranslation("campaign.projects.none"));

        configureItems(opinions, ItemKind.OPINION);
        configureItems(meetings, ItemKind.MEETING);
        addOpinions.setText(getTranslation("campaign.tag.add.OPINION"));
        addOpinions.addClickListener(e -> new TagDialog(this, ItemKind.OPINION).open());
        addMeetings.setText(getTranslation("campaign.tag.add.MEETING"));
        addMeetings.addClickListener(e -> new TagDialog(this, ItemKind.MEETING).open());
    }

    private void configureItems(Grid<CampaignItemRow> grid, ItemKind kind) {
        grid.setAriaLabel(getTranslation("campaign.tagged." + kind.name()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("18em");
        grid.addColumn(r -> r.day().toString()).setHeader(getTranslation("campaign.item.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CampaignItemRow::text).setHeader(getTranslation("campaign.item.text." + kind.name())).setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.categoryKey())).setHeader(getTranslation("campaign.item.category." + kind.name()))
                .setAutoWidth(true);
        grid.addColumn(r -> r.streetName() == null ? "" : r.streetName()).setHeader(getTranslation("campaign.street"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> untagButton(r)).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("campaign.tagged.none"));
    }

    private Component untagButton(CampaignItemRow r) {
        Button untag = new Button(getTranslation("campaign.untag"), e -> untag(r));
        untag.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        untag.setAriaLabel(getTranslation("campaign.untag.for", r.text()));
        untag.setVisible(campaign != null && campaign.mayTag());
        return untag;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        campaign = campaigns.details(id);
        render();
    }

    void reload() {
        campaign = campaigns.details(campaign.id());
        render();
    }

    private void render() {
        removeAll();
        var s = campaign.summary();
        title.setText(s.theme());
        facts.setText(getTranslation("campaign.facts", CampaignTexts.period(this, s.startsOn(), s.endsOn()),
                String.valueOf(s.year()), getTranslation(s.status().messageKey())));
        description.setText(campaign.description() == null ? "" : campaign.description());
        description.setVisible(campaign.description() != null);
        actions.removeAll();
        if (campaign.mayEdit()) {
            RouterLink edit = new RouterLink(getTranslation("campaign.edit"), CampaignEditView.class,
                    new RouteParameters("id", String.valueOf(s.id())));
            actions.add(edit);
        }
        open.setVisible(campaign.mayEdit() && s.status() == CampaignStatus.DRAFT);
        close.setVisible(campaign.mayEdit() && s.status() == CampaignStatus.OPEN);
        actions.add(open, close);
        if (s.status() != CampaignStatus.DRAFT) {
            if (office) {
                export = new CampaignExportButton(exports, campaign.summary());
                actions.add(export);
            }
        }
        CampaignProgress p = campaigns.progress(s.id());
        streetGrid.setItems(p.streets());
        groupGrid.setItems(p.groups());
        groupGrid.setVisible(!p.groups().isEmpty());
        totals.setText(getTranslation("campaign.progress.totals", p.visits(), p.opinions(), p.projects(),
                p.streetsMet(), p.streetsTakingPart()));
        projectGrid.setItems(p.projectList());
        renderReport(p);
        add(title, facts, description, actions, new H3(getTranslation("campaign.progress.title")), totals, streetGrid);
        if (!p.groups().isEmpty()) {
            add(new H3(getTranslation("campaign.progress.groups")), groupGrid);
        }
        add(report, new H3(getTranslation("campaign.projects")), projectGrid);
        add(new H3(getTranslation("campaign.tagged.OPINION")), opinions);
        if (campaign.mayTag()) {
            add(addOpinions);
        }
        add(new H3(getTranslation("campaign.tagged.MEETING")), meetings);
        if (campaign.mayTag()) {
            add(addMeetings);
        }
        long id = s.id();
        opinions.setItems(q -> campaigns.tagged(id, ItemKind.OPINION, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) campaigns.countTagged(id, ItemKind.OPINION));
        meetings.setItems(q -> campaigns.tagged(id, ItemKind.MEETING, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) campaigns.countTagged(id, ItemKind.MEETING));
    }

    private void renderReport(CampaignProgress p) {
        report.removeAll();
        report.addClassName("card");
        report.add(new H3(getTranslation("campaign.report.title")));
        if (campaign.status() == CampaignStatus.CLOSED && campaign.summaryText() != null) {
            Paragraph text = new Paragraph(campaign.summaryText());
            text.getStyle().set("white-space", "pre-wrap");
            report.add(text);
        } else {
            report.add(new Paragraph(getTranslation("campaign.report.pending")));
        }
        report.add(new Paragraph(getTranslation("campaign.report.targets", p.streetsMet(), p.streetsTakingPart())));
        if (p.topCategories().isEmpty()) {
            report.add(new Paragraph(getTranslation("campaign.report.no-opinions")));
        } else {
            report.add(new Paragraph(getTranslation("campaign.report.categories")));
            UnorderedList list = new UnorderedList();
            p.topCategories().forEach(c -> list.add(new ListItem(getTranslation("campaign.report.category",
                    getTranslation(c.categoryKey()), c.opinions()))));
            report.add(list);
        }
    }

    String streetsOf(List<Long> ids) {
        return ids.stream().map(i -> streetNames.containsKey(i) ? streetNames.get(i).name() : "")
                .collect(Collectors.joining(getTranslation("list.separator")));
    }

    void openCampaign() {
        try {
            campaigns.open(campaign.id(), campaign.version());
            Toasts.success(getTranslation("campaign.opened"));
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of()));
        } catch (ConcurrentEditException ex) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
        reload();
    }

    Dialog closeDialog() {
        Dialog dialog = new Dialog(getTranslation("campaign.close.title", campaign.summary().theme()));
        TextArea summary = new TextArea(getTranslation("campaign.summary"));
        summary.setMaxLength(CampaignService.SUMMARY_MAX);
        summary.setWidthFull();
        summary.setMinHeight("10em");
        Button confirm = new Button(getTranslation("campaign.close"), e -> {
            try {
                campaigns.close(campaign.id(), campaign.version(), summary.getValue());
                Toasts.success(getTranslation("campaign.closed"));
                e.getSource().findAncestor(Dialog.class).close();
                reload();
            } catch (InvalidInputException ex) {
                Toasts.error(Problems.show(this, ex, Map.of("summary", summary)));
            } catch (ConcurrentEditException ex) {
                Toasts.error(getTranslation("error.concurrent-edit"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(summary);
        dialog.setWidth("min(40em, 95vw)");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }

    void untag(CampaignItemRow r) {
        try {
            campaigns.untag(campaign.id(), r.kind(), r.id());
            Toasts.success(getTranslation("campaign.untagged"));
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of()));
        }
        reload();
    }

    void tag(CampaignItemRow r, Long streetId) {
        campaigns.tag(campaign.id(), r.kind(), r.id(), streetId);
        Toasts.success(getTranslation("campaign.tagged"));
    }

    CampaignService service() {
        return campaigns;
    }

    CampaignDetails campaign() {
        return campaign;
    }

    Map<Long, StreetSummary> streetNames() {
        return streetNames;
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? CampaignTexts.title(this, "campaign.nav")
                : campaign.summary().theme() + " · " + getTranslation("app.name");
    }
}
