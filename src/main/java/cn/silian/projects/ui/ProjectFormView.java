package cn.silian.projects.ui;

import cn.silian.campaigns.CampaignService;
import cn.silian.campaigns.CampaignStatus;
import cn.silian.campaigns.CampaignSummary;
import cn.silian.opinions.OpinionDetails;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.OpinionsClock;
import cn.silian.projects.ProjectService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.ui.Attempts;
import cn.silian.shared.ui.Toasts;
import cn.silian.streets.StreetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Set;

/**
 * Proposes a candidate project. Opened from an opinion's page ({@code projects/new?opinion=12}) it
 * starts with the opinion's text and street, shows what was said, and links the opinion; the
 * service checks the caller may read it. A street's staff propose for their own street only.
 */
@Route("projects/new")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class ProjectFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ProjectFields fields;
    final Div opinion = new Div();
    final Paragraph opinionText = new Paragraph();
    final Button save = new Button();
    private final transient ProjectService projects;
    private final transient OpinionService opinions;
    private final SilianUser me;
    private Long opinionId;

    ProjectFormView(ProjectService projects, OpinionService opinions, StreetService streets, CampaignService campaigns,
                    CurrentUser currentUser) {
        this.projects = projects;
        this.opinions = opinions;
        this.me = currentUser.require();
        addClassName("project-form-view");
        setMaxWidth("48em");
        List<CampaignSummary> open = campaigns.forProjects();
        fields = new ProjectFields(streets.all(), projects.departments(), open, true);
        // The open campaign is what a proposal belongs to nearly always; without one, next year's projects.
        open.stream().filter(c -> c.status() == CampaignStatus.OPEN).findFirst().ifPresent(fields.campaign::setValue);
        fields.year.setValue(OpinionsClock.today().getYear() + 1);
        if (me.is(Role.STREET_STAFF) && me.streetId() != null) {
            fields.streetIds(Set.of(me.streetId()));
            fields.streets.setReadOnly(true);
        }
        opinion.addClassName("project-opinion");
        opinion.setVisible(false);
        opinionText.getStyle().set("white-space", "pre-wrap");
        save.setText(getTranslation("project.propose"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new RouterLink(getTranslation("project.back"), ProjectListView.class), new H2(getTranslation("project.new")),
                opinion, fields, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        opinionId = event.getLocation().getQueryParameters().getSingleParameter("opinion")
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        if (opinionId == null) {
            return;
        }
        // Read through the opinions service, which refuses an opinion the caller may not see.
        OpinionDetails d = opinions.get(opinionId);
        opinionText.setText(d.content());
        opinion.removeAll();
        opinion.add(new Anchor("opinions/" + d.id(), getTranslation("project.from-opinion", String.valueOf(d.id()))),
                opinionText);
        opinion.setVisible(true);
        fields.description.setValue(d.content());
        if (!fields.streets.isReadOnly()) {
            fields.streetIds(Set.of(d.streetId()));
        }
    }

    void save() {
        long[] id = new long[1];
        if (Attempts.attempt(this, () -> id[0] = projects.propose(fields.draft(opinionId == null ? Set.of() : Set.of(opinionId))),
                fields.byName())) {
            Toasts.success(getTranslation("project.proposed"));
            getUI().ifPresent(ui -> ui.navigate("projects/" + id[0]));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.new") + " · " + getTranslation("app.name");
    }
}
