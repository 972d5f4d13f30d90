package cn.silian.opinions.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.OpinionDetails;
import cn.silian.opinions.OpinionFilter;
import cn.silian.opinions.OpinionRow;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.UnitChoice;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.ReceptionCategory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.Map;

/**
 * One opinion: what was said, where it came from (a link to the source's page), how it was
 * closed, the duplicates merged into it, and the actions the caller may take on it.
 */
@Route("opinions/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class OpinionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button classify = new Button();
    final Button merge = new Button();
    final Button resolve = new Button();
    final Button forward = new Button();
    final Button answer = new Button();
    final Button publicAnswer = new Button();
    final Grid<OpinionRow> merged = new Grid<>();
    Dialog dialog;
    private final transient OpinionService opinions;
    private final transient HandlingUnitService units;
    private final boolean deputy;
    private final cn.silian.security.SilianUser me;
    private long id;
    OpinionDetails details;

    OpinionView(OpinionService opinions, HandlingUnitService units, cn.silian.security.CurrentUser currentUser) {
        this.opinions = opinions;
        this.units = units;
        this.me = currentUser.require();
        this.deputy = me.is(cn.silian.security.Role.DEPUTY);
        addClassName("opinion-view");
        setWidthFull();
        setMaxWidth("60em");
        classify.setText(getTranslation("opinion.classify"));
        classify.addClickListener(e -> openClassify());
        merge.setText(getTranslation("opinion.merge"));
        merge.addClickListener(e -> openMerge());
        resolve.setText(getTranslation("opinion.resolve"));
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resolve.addClickListener(e -> openResolve());
        forward.setText(getTranslation("opinion.forward"));
        forward.addClickListener(e -> openForward());
        answer.setText(getTranslation("opinion.answer"));
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> openAnswer());
        publicAnswer.setText(getTranslation("opinion.public-answer.edit"));
        publicAnswer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        publicAnswer.addClickListener(e -> openPublicAnswer());
        merged.setAriaLabel(getTranslation("opinion.merged.title"));
        merged.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        merged.setAllRowsVisible(true);
        merged.addColumn(o -> Formats.dateTimeShort(o.createdAt())).setHeader(getTranslation("opinion.created")).setAutoWidth(true);
        merged.addColumn(LitRenderer.<OpinionRow>of("<a href=\"opinions/${item.id}\">${item.text}</a>")
                .withProperty("id", OpinionRow::id).withProperty("text", o -> OpinionTexts.excerpt(o.content(), 120)))
                .setHeader(getTranslation("opinion.content")).setFlexGrow(3);
        merged.addColumn(o -> getTranslation(o.source().messageKey())).setHeader(getTranslation("opinion.source")).setAutoWidth(true);
        merged.setEmptyStateText(getTranslation("opinion.merged.empty"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        reload();
    }

    void reload() {
        details = opinions.get(id);
        render();
    }

    private void render() {
        removeAll();
        OpinionDetails d = details;
        H2 title = new H2(getTranslation("opinion.title", String.valueOf(d.id())));
        HorizontalLayout header = new HorizontalLayout(title, OpinionTexts.state(this, d.state()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        add(new RouterLink(getTranslation("opinion.back"), OpinionListView.class), header);

        Paragraph text = new Paragraph(d.content());
        text.addClassName("opinion-content");
        text.getStyle().set("white-space", "pre-wrap");
        add(text);

        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, "opinion.category", new Span(getTranslation(d.category().messageKey())));
        fact(facts, "opinion.street", new Span(d.community() == null ? d.streetName() : d.streetName() + " · " + d.community()));
        Component source = d.sourceRoute() == null ? new Span(getTranslation(d.source().messageKey()))
                : new Anchor(d.sourceRoute(), getTranslation(d.source().messageKey()));
        fact(facts, "opinion.source", source);
        fact(facts, "opinion.created", new Span(Formats.dateTimeShort(d.createdAt())));
        fact(facts, "opinion.recorded-by", new Span(d.recordedBy() == null ? getTranslation("opinion.source.PUBLIC")
                : PersonNames.withRole(this, d.recordedBy())));
        if (d.heardBy() != null) {
            fact(facts, "opinion.heard-by", new Span(d.heardBy()));
        }
        if (d.contactName() != null || d.contactPhone() != null) {
            fact(facts, "opinion.contact", new Span(String.join(" · ",
                    d.contactName() == null ? "" : d.contactName(), d.contactPhone() == null ? "" : d.contactPhone()).strip()));
        }
        if (d.mergedInto() != null) {
            fact(facts, "opinion.merged-into", new Anchor("opinions/" + d.mergedInto(), getTranslation("opinion.title", String.valueOf(d.mergedInto()))));
        }
        if (d.resolution() != null) {
            fact(facts, "opinion.resolution", new Span(d.resolution()));
        }
        if (d.forwardedUnitId() != null) {
            fact(facts, "opinion.unit", new Span(units.namesOf(java.util.List.of(d.forwardedUnitId()))
                    .getOrDefault(d.forwardedUnitId(), "")));
        }
        if (d.unitAnswer() != null) {
            String by = d.unitAnsweredBy() == null ? "" : PersonNames.withRole(this, d.unitAnsweredBy());
            fact(facts, "opinion.unit-answer", new Span(d.unitAnswer() + " — "
                    + getTranslation(d.answeredForUnit() ? "opinion.answered-for-unit" : "opinion.answered-by", by,
                    Formats.dateTimeShort(d.unitAnsweredAt()))));
        }
        if (d.suggestionId() != null) {
            // The suggestion's page belongs to the suggestions views: linked by address.
            fact(facts, "opinion.suggestion", new Anchor("suggestions/" + d.suggestionId(), getTranslation("opinion.link.suggestion")));
        }
        if (d.hasReceipt() || d.publicAnswer() != null) {
            fact(facts, "opinion.public-answer", new Span(d.publicAnswer() == null ? getTranslation("common.none") : d.publicAnswer()));
        }
        add(facts);

        classify.setVisible(d.rights().triage());
        merge.setVisible(d.rights().triage());
        resolve.setVisible(d.rights().triage());
        forward.setVisible(d.rights().triage());
        answer.setVisible(d.rights().answer());
        publicAnswer.setVisible(d.rights().editPublicAnswer());
        // A deputy makes a suggestion of an open opinion he may read: the suggestion form, by address.
        Anchor suggest = new Anchor("suggestions/new?opinions=" + d.id(), getTranslation("opinion.draft-suggestion"));
        suggest.addClassName("opinion-suggest");
        suggest.setVisible(deputy && d.state().open());
        // A livelihood project may grow from it: the projects' form, by address, which links it back.
        Anchor project = new Anchor("projects/new?opinion=" + d.id(), getTranslation("project.from-opinion.propose"));
        project.addClassName("opinion-project");
        project.setVisible(deputy || me.isOfficeOrAdmin()
                || me.is(cn.silian.security.Role.STREET_STAFF) && java.util.Objects.equals(me.streetId(), d.streetId()));
        FlexLayout actions = new FlexLayout(classify, merge, resolve, forward, answer, publicAnswer, suggest, project);
        actions.addClassName("actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(actions);

        add(new H3(getTranslation("opinion.merged.title")));
        merged.setItems(d.merged());
        add(merged);
    }

    private void fact(Div facts, String labelKey, Component value) {
        Div row = new Div(new Span(getTranslation("label.pattern", getTranslation(labelKey))), value);
        row.addClassName("fact");
        facts.add(row);
    }

    // Dialogs: each sends the version read with the page, so a change made meanwhile is refused.

    void openClassify() {
        ComboBox<ReceptionCategory> category = new ComboBox<>(getTranslation("opinion.category"));
        category.setItems(ReceptionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setValue(details.category());
        TextField community = new TextField(getTranslation("opinion.community"));
        community.setMaxLength(OpinionService.COMMUNITY_MAX);
        community.setValue(details.community() == null ? "" : details.community());
        open("opinion.classify", new FormLayout(category, community), () -> opinions.classify(id, details.version(),
                category.getValue(), community.getValue()), Map.of("category", category, "community", community), "opinion.classified");
    }

    void openMerge() {
        ComboBox<OpinionRow> kept = new ComboBox<>(getTranslation("opinion.merge.kept"));
        kept.setItemLabelGenerator(o -> getTranslation("opinion.title", String.valueOf(o.id())) + " " + OpinionTexts.excerpt(o.content(), 40));
        kept.setItems(query -> opinions.page(new OpinionFilter(null, null, details.streetId(), null,
                        query.getFilter().orElse(""), null, null), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream().filter(o -> o.id() != id && o.state().open()));
        kept.setHelperText(getTranslation("opinion.merge.helper"));
        kept.setWidthFull();
        open("opinion.merge", new FormLayout(kept), () -> opinions.merge(id, details.version(),
                kept.getValue() == null ? -1 : kept.getValue().id()), Map.of("keptId", kept), "opinion.merged");
    }

    void openResolve() {
        TextArea resolution = new TextArea(getTranslation("opinion.resolution"));
        resolution.setMaxLength(OpinionService.ANSWER_MAX);
        TextArea shown = publicAnswerField();
        open("opinion.resolve", new FormLayout(resolution, shown), () -> opinions.resolveOnSpot(id, details.version(),
                resolution.getValue(), shown.getValue()), Map.of("resolution", resolution, "publicAnswer", shown), "opinion.resolved");
    }

    void openForward() {
        ComboBox<UnitChoice> unit = new ComboBox<>(getTranslation("opinion.unit"));
        unit.setItems(units.choices());
        unit.setItemLabelGenerator(UnitChoice::name);
        open("opinion.forward", new FormLayout(unit), () -> opinions.forward(id, details.version(),
                unit.getValue() == null ? -1 : unit.getValue().id()), Map.of("unitId", unit), "opinion.forwarded");
    }

    void openAnswer() {
        TextArea text = new TextArea(getTranslation("opinion.unit-answer"));
        text.setMaxLength(OpinionService.ANSWER_MAX);
        TextArea shown = publicAnswerField();
        open("opinion.answer", new FormLayout(text, shown), () -> opinions.answerMatter(id, details.version(),
                text.getValue(), shown.getValue()), Map.of("answer", text, "publicAnswer", shown), "opinion.answered");
    }

    void openPublicAnswer() {
        TextArea shown = publicAnswerField();
        shown.setValue(details.publicAnswer() == null ? "" : details.publicAnswer());
        open("opinion.public-answer.edit", new FormLayout(shown), () -> opinions.setPublicAnswer(id, details.version(),
                shown.getValue()), Map.of("publicAnswer", shown), "opinion.public-answer.saved");
    }

    private TextArea publicAnswerField() {
        TextArea shown = new TextArea(getTranslation("opinion.public-answer"));
        shown.setMaxLength(OpinionService.ANSWER_MAX);
        shown.setHelperText(getTranslation("opinion.public-answer.helper"));
        return shown;
    }

    private void open(String titleKey, FormLayout form, Runnable action,
                      Map<String, ? extends com.vaadin.flow.component.HasValidation> fields, String doneKey) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button ok = new Button(getTranslation("common.save"), e -> {
            if (OpinionTexts.attempt(this, action, fields)) {
                Toasts.success(getTranslation(doneKey));
                dialog.close();
                reload();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.title", String.valueOf(id)) + " · " + getTranslation("app.name");
    }
}
