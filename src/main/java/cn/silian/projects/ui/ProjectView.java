package cn.silian.projects.ui;

import cn.silian.projects.ProjectDetails;
import cn.silian.projects.ProjectFilter;
import cn.silian.projects.ProjectRow;
import cn.silian.projects.ProjectService;
import cn.silian.projects.ProjectState;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.Attempts;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Toasts;
import cn.silian.streets.StreetService;
import cn.silian.streets.StreetSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One candidate project: what it is, where, at what cost and by which department; the opinions
 * it grew from (their pages decide who reads them); how it was proposed and the office's last
 * decision with its reason; and the edit and decision buttons the caller may use.
 */
@Route("projects/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button edit = new Button();
    final Button shortlist = new Button();
    final Button decline = new Button();
    final Button merge = new Button();
    Dialog dialog;
    ProjectDetails details;
    private final transient ProjectService projects;
    private final transient StreetService streets;
    private long id;

    ProjectView(ProjectService projects, StreetService streets) {
        this.projects = projects;
        this.streets = streets;
        addClassName("project-view");
        setWidthFull();
        setMaxWidth("60em");
        edit.setText(getTranslation("common.edit"));
        edit.addClickListener(e -> openEdit());
        shortlist.setText(getTranslation("project.shortlist"));
        shortlist.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shortlist.addClickListener(e -> openDecision("project.shortlist", "project.shortlisted", null));
        decline.setText(getTranslation("project.decline"));
        decline.addClickListener(e -> openDecision("project.decline", "project.declined", null));
        merge.setText(getTranslation("project.merge"));
        merge.addClickListener(e -> openDecision("project.merge", "project.merged", targetPicker()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        reload();
    }

    void reload() {
        details = projects.get(id);
        render();
    }

    private void render() {
        removeAll();
        ProjectDetails d = details;
        HorizontalLayout header = new HorizontalLayout(new H2(d.title()), ProjectTexts.state(this, d.state()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.setWidthFull();
        header.getStyle().set("flex-wrap", "wrap");
        add(new RouterLink(getTranslation("project.back"), ProjectListView.class), header);

        Paragraph text = new Paragraph(d.description());
        text.addClassName("project-description");
        text.getStyle().set("white-space", "pre-wrap");
        add(text);

        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, "project.year", new Span(String.valueOf(d.year())));
        fact(facts, "project.streets", new Span(d.streets().stream().map(StreetSummary::name)
                .collect(Collectors.joining(getTranslation("list.separator")))));
        fact(facts, "project.cost", new Span(ProjectTexts.cost(this, d.estimatedCost())));
        fact(facts, "project.unit", new Span(d.unitName() == null ? getTranslation("common.none") : d.unitName()));
        fact(facts, "project.proposed-by", new Span(getTranslation("project.proposed-line",
                ProjectTexts.proposer(this, d.proposerKind(), d.proposerName()), Formats.dateTimeShort(d.proposedAt()))));
        if (d.decidedAt() != null) {
            fact(facts, "project.decision", new Span(getTranslation("project.decision-line",
                    getTranslation(decision(d.state()).messageKey()),
                    PersonNames.withRole(this, d.decidedBy()), Formats.dateTimeShort(d.decidedAt()), d.decisionReason())));
        }
        if (d.mergedInto() != null) {
            fact(facts, "project.merged-into", new Anchor("projects/" + d.mergedInto(),
                    getTranslation("project.number", String.valueOf(d.mergedInto()))));
        }
        if (!d.mergedFrom().isEmpty()) {
            fact(facts, "project.merged-from", links("projects/", "project.number", d.mergedFrom()));
        }
        // The opinions' pages belong to the opinions views, which decide who reads them: linked by address.
        fact(facts, "project.opinions", d.opinionIds().isEmpty() ? new Span(getTranslation("common.none"))
                : links("opinions/", "project.opinion.number", d.opinionIds()));
        add(facts);

        edit.setVisible(d.rights().edit());
        shortlist.setVisible(d.rights().decide() && d.state() != ProjectState.SHORTLISTED);
        decline.setVisible(d.rights().decide() && d.state() != ProjectState.DECLINED);
        merge.setVisible(d.rights().decide());
        FlexLayout actions = new FlexLayout(edit, shortlist, decline, merge);
        actions.addClassName("actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(actions);
    }

    /** What the office last decided: merged and declined stay so; every later state began with the shortlist. */
    private static ProjectState decision(ProjectState now) {
        return now == ProjectState.MERGED || now == ProjectState.DECLINED ? now : ProjectState.SHORTLISTED;
    }

    private Component links(String route, String labelKey, List<Long> ids) {
        FlexLayout links = new FlexLayout();
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-s)");
        ids.forEach(i -> links.add(new Anchor(route + i, getTranslation(labelKey, String.valueOf(i)))));
        return links;
    }

    private void fact(Div facts, String labelKey, Component value) {
        Div row = new Div(new Span(getTranslation("label.pattern", getTranslation(labelKey))), value);
        row.addClassName("fact");
        facts.add(row);
    }

    // Dialogs: each sends the version read with the page, so a change made meanwhile is refused.

    void openEdit() {
        ProjectFields fields = new ProjectFields(streets.all(), projects.departments(), List.of(), false);
        fields.title.setValue(details.title());
        fields.description.setValue(details.description());
        fields.streetIds(details.streets().stream().map(StreetSummary::id).collect(Collectors.toSet()));
        fields.cost.setValue(details.estimatedCost());
        fields.unitId(details.unitId());
        open("common.edit", fields, () -> projects.update(id, details.version(), fields.draft(Set.of())),
                fields.byName(), "project.saved");
    }

    private ComboBox<ProjectRow> targetPicker() {
        ComboBox<ProjectRow> target = new ComboBox<>(getTranslation("project.merge.target"));
        target.setItemLabelGenerator(p -> getTranslation("project.number", String.valueOf(p.id())) + " " + p.title());
        int year = details.year();
        target.setItems(query -> projects.page(new ProjectFilter(year, null, null, null,
                        query.getFilter().orElse("")), PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .filter(p -> p.id() != id && (p.state() == ProjectState.PROPOSED || p.state() == ProjectState.SHORTLISTED)));
        target.setHelperText(getTranslation("project.merge.helper"));
        target.setWidthFull();
        return target;
    }

    void openDecision(String titleKey, String doneKey, ComboBox<ProjectRow> target) {
        TextArea reason = new TextArea(getTranslation("project.reason"));
        reason.setMaxLength(ProjectService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        FormLayout form = target == null ? new FormLayout(reason) : new FormLayout(target, reason);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("reason", reason);
        if (target != null) {
            fields.put("targetId", target);
        }
        Runnable call = switch (titleKey) {
            case "project.shortlist" -> () -> projects.shortlist(id, details.version(), reason.getValue());
            case "project.decline" -> () -> projects.decline(id, details.version(), reason.getValue());
            default -> () -> projects.merge(id, details.version(),
                    target == null || target.getValue() == null ? -1 : target.getValue().id(), reason.getValue());
        };
        open(titleKey, form, call, fields, doneKey);
    }

    private void open(String titleKey, FormLayout form, Runnable action, Map<String, ? extends HasValidation> fields,
                      String doneKey) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setWidth("min(40em, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button ok = new Button(getTranslation(titleKey), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (Attempts.attempt(this, action, fields)) {
                Toasts.success(getTranslation(doneKey));
                dialog.close();
                reload();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("dialog-confirm");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("project.number", String.valueOf(id)) : details.title())
                + " · " + getTranslation("app.name");
    }
}
