package cn.silian.opinions.ui;

import cn.silian.opinions.CosignStatus;
import cn.silian.opinions.OpinionService;
import cn.silian.opinions.SimilarHit;
import cn.silian.opinions.SimilarityService;
import cn.silian.opinions.SuggestionMaterial;
import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionDraft;
import cn.silian.opinions.SuggestionService;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.security.Roles;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.ReceptionCategory;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lead deputy's draft: title, text, category and co-signers of any level, with the
 * suggestions and opinions most like it beside it. Opened on {@code suggestions/new} (from
 * opinions or findings: {@code ?opinion=12&opinion=13} or {@code ?opinions=12,13}, and
 * {@code finding}/{@code findings} alike) or on a draft or returned suggestion of his.
 */
@Route("suggestions/:id(\\d+)/edit")
@RouteAlias("suggestions/new")
@RolesAllowed({Roles.DEPUTY})
public class SuggestionEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Enough to spot a duplicate, few enough to read on a phone. */
    static final int SIMILAR_SHOWN = 8;

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final ComboBox<ReceptionCategory> category = new ComboBox<>();
    final MultiSelectComboBox<Choice> cosigners = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();
    final UnorderedList grownFrom = new UnorderedList();
    final H2 heading = new H2();
    final SimilarPanel similar;
    private final transient SuggestionService suggestions;
    private final transient DeputyService deputies;
    private final transient OpinionService opinions;
    private final transient SimilarityService similarity;
    Long id;
    SuggestionDetails editing;
    List<Long> opinionIds = List.of();
    List<Long> findingIds = List.of();
    /** The panel's search: {@link #similarTo} unless a test hands in its own. */
    com.vaadin.flow.function.SerializableBiFunction<String, String, List<SimilarHit>> similarSearch = this::similarTo;

    SuggestionEditView(SuggestionService suggestions, DeputyService deputies, OpinionService opinions,
                       SimilarityService similarity) {
        this.suggestions = suggestions;
        this.deputies = deputies;
        this.opinions = opinions;
        this.similarity = similarity;
        this.similar = new SimilarPanel((t, b) -> similarSearch.apply(t, b));
        addClassName("suggestion-edit-view");
        setWidthFull();

        title.setLabel(getTranslation("suggestions.title-column"));
        title.setMaxLength(SuggestionDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        body.setLabel(getTranslation("suggestions.body"));
        body.setMaxLength(SuggestionDraft.BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        body.setMinHeight("14em");
        body.setHelperText(getTranslation("suggestions.body.helper"));
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(1000);
        category.setLabel(getTranslation("suggestions.category"));
        category.setItems(ReceptionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setRequiredIndicatorVisible(true);
        cosigners.setLabel(getTranslation("suggestions.cosigners.pick"));
        cosigners.setHelperText(getTranslation("suggestions.cosigners.helper"));
        cosigners.setItemLabelGenerator(Choice::label);
        cosigners.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize())).stream().map(this::choice));
        title.addValueChangeListener(e -> similar.refresh(title.getValue(), body.getValue()));
        body.addValueChangeListener(e -> similar.refresh(title.getValue(), body.getValue()));

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> leave());
        grownFrom.addClassName("grown-from");
    }

    /** How a picker names a deputy: name, street and level, since namesakes of other levels are common. */
    Choice choice(DeputySummary d) {
        String level = d.seats().isEmpty() ? null : getTranslation(d.seats().getFirst().level().messageKey());
        return new Choice(d.id(), level == null ? d.nameAndStreet() : d.nameAndStreet() + " · " + level);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        if (id != null) {
            editing = suggestions.get(id);
            if (!editing.may(SuggestionAction.EDIT)) {
                // A co-signer, a reader, or a suggestion past revision: nothing here to edit, as if there were no form.
                throw new NotFoundException("suggestion", id);
            }
            title.setValue(editing.title());
            body.setValue(editing.body());
            category.setValue(editing.category());
            Set<Choice> invited = new LinkedHashSet<>();
            Map<Long, DeputySummary> found = deputies.summaries(editing.signers().stream()
                    .filter(s -> s.status() != CosignStatus.DECLINED).map(SuggestionDetails.Signer::deputyId).toList());
            found.values().forEach(d -> invited.add(choice(d)));
            cosigners.setValue(invited);
        } else {
            QueryParameters query = event.getLocation().getQueryParameters();
            opinionIds = ids(query, "opinion", "opinions");
            findingIds = ids(query, "finding", "findings");
            List<String> texts = opinionTexts(opinionIds);
            if (!texts.isEmpty() && body.isEmpty()) {
                body.setValue(String.join("\n\n", texts));
            }
        }
        render();
    }

    /** Ids given as {@code ?opinion=1&opinion=2} or {@code ?opinions=1,2}; anything not a number is ignored. */
    static List<Long> ids(QueryParameters query, String single, String plural) {
        List<String> raw = new ArrayList<>(query.getParameters().getOrDefault(single, List.of()));
        query.getParameters().getOrDefault(plural, List.of()).forEach(v -> raw.addAll(List.of(v.split(","))));
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (String r : raw) {
            try {
                ids.add(Long.parseLong(r.strip()));
            } catch (NumberFormatException ignored) {
                // A hand-edited address: the id is simply not taken.
            }
        }
        return List.copyOf(ids);
    }

    /** The texts of the opinions a suggestion grows from, to start its body with; the service leaves out what the caller may not read. */
    List<String> opinionTexts(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return opinions.materials(ids).stream().map(SuggestionMaterial::content).toList();
    }

    /** The panel's suggestions and opinions like the draft, leaving out the one being edited. */
    List<SimilarHit> similarTo(String title, String body) {
        if (title.isBlank() && body.isBlank()) {
            return List.of();
        }
        return similarity.similarTo(title, body, id, SIMILAR_SHOWN);
    }

    private void render() {
        removeAll();
        heading.setText(getTranslation(id == null ? "suggestions.new" : "suggestions.edit"));
        RouterLink back = id == null ? new RouterLink(getTranslation("suggestions.back"), SuggestionListView.class)
                : new RouterLink(getTranslation("suggestions.back-to"), SuggestionView.class,
                new RouteParameters("id", String.valueOf(id)));
        FormLayout form = new FormLayout(title, category, cosigners, body);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setColspan(cosigners, 2);
        VerticalLayout main = new VerticalLayout(form);
        main.setPadding(false);
        if (!opinionIds.isEmpty() || !findingIds.isEmpty()) {
            grownFrom.removeAll();
            opinionIds.forEach(o -> grownFrom.add(new ListItem(getTranslation("suggestions.source.OPINION", String.valueOf(o)))));
            findingIds.forEach(f -> grownFrom.add(new ListItem(getTranslation("suggestions.source.FINDING", String.valueOf(f)))));
            main.add(new H3(getTranslation("suggestions.sources")), grownFrom);
        }
        if (editing != null && !editing.signers().isEmpty()) {
            main.add(new Paragraph(getTranslation("suggestions.cosigners.edit-note")));
        }
        FlexLayout buttons = new FlexLayout(cancel, save);
        buttons.addClassName("actions");
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        main.add(buttons);
        Div layout = new Div(main, similar);
        layout.addClassName("suggestion-editor-layout");
        add(back, heading, layout);
        similar.refresh(title.getValue(), body.getValue());
    }

    void save() {
        List.<HasValidation>of(title, body, category, cosigners).forEach(f -> f.setInvalid(false));
        SuggestionDraft draft = new SuggestionDraft(title.getValue(), body.getValue(), category.getValue(), opinionIds,
                findingIds);
        List<Long> wanted = cosigners.getValue().stream().map(Choice::id).toList();
        long[] saved = new long[1];
        boolean ok = SuggestionTexts.attempt(this, () -> {
            if (id == null) {
                saved[0] = suggestions.draft(draft);
                if (!wanted.isEmpty()) {
                    suggestions.inviteCosigners(saved[0], suggestions.get(saved[0]).version(), wanted);
                }
            } else {
                SuggestionDetails now = suggestions.update(id, editing.version(), draft);
                saved[0] = id;
                // A declined co-signer picked again is asked again; one taken out of the picker is no longer asked.
                List<Long> already = now.signers().stream().filter(g -> g.status() != CosignStatus.DECLINED)
                        .map(SuggestionDetails.Signer::deputyId).toList();
                List<Long> added = wanted.stream().filter(w -> !already.contains(w)).toList();
                List<Long> removed = already.stream().filter(a -> !wanted.contains(a)).toList();
                if (!removed.isEmpty()) {
                    now = suggestions.withdrawInvitations(id, now.version(), removed);
                }
                if (!added.isEmpty()) {
                    suggestions.inviteCosigners(id, now.version(), added);
                }
            }
        }, Map.of("title", title, "body", body, "category", category, "deputyIds", cosigners));
        if (!ok && id == null && saved[0] != 0) {
            // The draft was stored but inviting failed: a second save must change it, not draft it twice.
            id = saved[0];
            editing = suggestions.get(id);
        }
        if (ok) {
            Toasts.success(getTranslation("suggestions.saved", title.getValue()));
            getUI().ifPresent(ui -> ui.navigate(SuggestionView.class, new RouteParameters("id", String.valueOf(saved[0]))));
        }
    }

    private void leave() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(SuggestionListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(SuggestionView.class, new RouteParameters("id", String.valueOf(id))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "suggestions.new" : "suggestions.edit") + " · " + getTranslation("app.name");
    }
}
