package cn.silian.opinions.ui;

import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.CosignStatus;
import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionExports;
import cn.silian.opinions.SuggestionService;
import cn.silian.people.DeputyService;
import cn.silian.security.Roles;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.PersonNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One suggestion: its header, text and sources for everybody who may see it; its timeline,
 * assignments, contacts, answers and ratings; and a button for each step the caller may take now.
 * Which steps those are is the service's answer ({@link SuggestionDetails#allowedActions}); the
 * page decides nothing.
 */
@Route("suggestions/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY, Roles.UNIT})
public class SuggestionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SuggestionService suggestions;
    private final transient SuggestionSteps steps;
    long id;
    SuggestionDetails details;
    /** The buttons shown, one per allowed step (EDIT navigates, the others open a dialog or act). */
    final Map<SuggestionAction, Button> buttons = new EnumMap<>(SuggestionAction.class);
    final List<Details> sections = new ArrayList<>();
    final FlexLayout actions = new FlexLayout();
    final Anchor attachments = new Anchor();
    private final transient SuggestionExports exports;
    DescriptionList facts;
    OrderedList timeline;

    SuggestionView(SuggestionService suggestions, HandlingUnitService units, DeputyService deputies,
                   SuggestionExports exports) {
        this.suggestions = suggestions;
        this.exports = exports;
        this.steps = new SuggestionSteps(this, suggestions, units, deputies);
        addClassName("suggestion-view");
        setWidthFull();
        actions.addClassName("actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        attachments.addClassName("documents-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        show(suggestions.get(id));
    }

    /** Draws the suggestion as the service returned it: after every step, with its new version and steps. */
    void show(SuggestionDetails now) {
        details = now;
        id = now.id();
        removeAll();
        sections.clear();
        buttons.clear();
        renderHeader();
        add(facts = facts());
        renderActions();
        Paragraph body = new Paragraph(now.body());
        body.addClassName("suggestion-body");
        add(new H3(getTranslation("suggestions.body")), body);
        renderSources();
        section("suggestions.section.timeline", timeline());
        if (!now.assignments().isEmpty()) {
            section("suggestions.section.assignments", assignments());
        }
        if (!now.contacts().isEmpty()) {
            section("suggestions.section.contacts", contacts());
        }
        if (!now.answers().isEmpty()) {
            section("suggestions.section.answers", answers());
        }
        if (!now.signers().isEmpty()) {
            section("suggestions.section.signers", signers());
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void renderHeader() {
        H2 title = new H2(details.title());
        HorizontalLayout header = new HorizontalLayout(title, SuggestionTexts.state(this, details.state()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");
        header.getStyle().set("flex-wrap", "wrap");
        if (details.key()) {
            Span key = new Span(getTranslation("suggestions.key"));
            key.getElement().getThemeList().add("badge primary");
            header.add(key);
        }
        if (details.published()) {
            Span published = new Span(getTranslation("suggestions.published"));
            published.getElement().getThemeList().add("badge success");
            header.add(published);
        }
        Span flag = SuggestionTexts.flag(this, details.overdue(), details.dueSoon());
        if (flag != null && details.state().isInHandling()) {
            header.add(flag);
        }
        add(new RouterLink(getTranslation("suggestions.back"), SuggestionListView.class), header);
    }

    private DescriptionList facts() {
        DescriptionList list = new DescriptionList();
        list.addClassName("facts");
        fact(list, "suggestions.code", SuggestionTexts.code(this, details.code(), details.year()));
        fact(list, "suggestions.category", getTranslation(details.category().messageKey()));
        fact(list, "suggestions.lead", SuggestionTexts.person(this, details.leadName(), details.leadLevel()));
        String cosigners = details.signers().stream().filter(s -> s.status() == CosignStatus.CONFIRMED)
                .map(s -> SuggestionTexts.person(this, s.name(), s.level()))
                .collect(Collectors.joining(getTranslation("list.separator")));
        fact(list, "suggestions.cosigners", SuggestionTexts.orNone(this, cosigners));
        if (details.dueDate() != null) {
            fact(list, "suggestions.due", SuggestionTexts.clock(this, details.dueDate(),
                    details.state().isInHandling() && details.overdue(), details.state().isInHandling() && details.dueSoon()));
        }
        if (details.round() > 1) {
            fact(list, "suggestions.round", getTranslation("suggestions.round.value", details.round()));
        }
        if (details.key()) {
            fact(list, "suggestions.key.leader", SuggestionTexts.orNone(this, details.keyLeader()));
            fact(list, "suggestions.key.followers", SuggestionTexts.orNone(this, details.keyFollowers()));
        }
        if (details.notFiledReason() != null) {
            fact(list, "suggestions.not-filed-reason", details.notFiledReason());
        }
        if (details.handlingGroupId() != null) {
            fact(list, "suggestions.joined-with", details.groupMemberIds().stream().filter(m -> m != details.id())
                    .map(String::valueOf).collect(Collectors.joining(getTranslation("list.separator"))));
        }
        fact(list, "suggestions.drafted-by", getTranslation("suggestions.by-at", PersonNames.name(this, details.draftedBy()),
                Formats.dateTimeShort(details.createdAt())));
        if (details.published()) {
            fact(list, "suggestions.published-at", Formats.dateTimeShort(details.publishedAt()));
        }
        return list;
    }

    private void fact(DescriptionList list, String key, String value) {
        Span text = new Span(value);
        text.addClassName("fact-" + key.substring(key.indexOf('.') + 1));
        list.add(new DescriptionList.Term(new Span(getTranslation(key))), new DescriptionList.Description(text));
    }

    private void renderActions() {
        actions.removeAll();
        for (SuggestionAction action : SuggestionAction.values()) {
            if (details.may(action)) {
                Button button = new Button(getTranslation(action.messageKey()));
                button.addClassName("action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                button.addClickListener(e -> steps.start(action));
                if (action == SuggestionAction.EDIT) {
                    button.setIcon(new Icon(VaadinIcon.EDIT));
                }
                buttons.put(action, button);
                actions.add(button);
            }
        }
        List<SuggestionAction> primary = List.of(SuggestionAction.SUBMIT, SuggestionAction.ACCEPT, SuggestionAction.ASSIGN,
                SuggestionAction.SIGN, SuggestionAction.ANSWER, SuggestionAction.RATE, SuggestionAction.CONFIRM_COSIGN);
        buttons.forEach((a, b) -> {
            if (primary.contains(a)) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        // The attachments live in the documents module's suggestion space: a link, not a dependency.
        attachments.setHref("documents/suggestion/" + details.id());
        attachments.removeAll();
        attachments.add(new Icon(VaadinIcon.FOLDER_OPEN), new Span(getTranslation("suggestions.attachments")));
        actions.add(attachments);
        actions.add(new SuggestionPdfButton(exports, details.id(), details.code()));
        add(actions);
    }

    private void renderSources() {
        if (details.sources().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("suggestion-sources");
        for (SuggestionDetails.Source s : details.sources()) {
            String text = getTranslation("suggestions.source." + s.kind().name(), String.valueOf(s.id()));
            list.add(new ListItem(s.link() == null ? new Span(text) : new Anchor(s.link(), text)));
        }
        add(new H3(getTranslation("suggestions.sources")), list);
    }

    private Component timeline() {
        timeline = new OrderedList();
        timeline.addClassName("suggestion-timeline");
        for (SuggestionDetails.Step step : details.steps()) {
            ListItem item = new ListItem();
            Div what = new Div(new Span(getTranslation(step.action().messageKey())));
            if (step.to() != null && step.to() != step.from()) {
                what.add(new Span(" → "), SuggestionTexts.state(this, step.to()));
            }
            item.add(what);
            String who = PersonNames.withRole(this, step.actor());
            if (step.onBehalfOfUnit() != null) {
                who = getTranslation("suggestions.step.on-behalf", who, step.onBehalfOfUnit());
            }
            Div when = new Div(getTranslation("suggestions.by-at", who, Formats.dateTimeShort(step.at()))
                    + (step.round() > 1 ? " · " + getTranslation("suggestions.round.value", step.round()) : ""));
            when.addClassName("step-when");
            item.add(when);
            if (step.comment() != null && !step.comment().isBlank()) {
                Paragraph comment = new Paragraph(step.comment());
                comment.addClassName("step-comment");
                item.add(comment);
            }
            timeline.add(item);
        }
        if (details.steps().isEmpty()) {
            return new Paragraph(getTranslation("suggestions.timeline.empty"));
        }
        return timeline;
    }

    private Component assignments() {
        UnorderedList list = new UnorderedList();
        list.addClassName("suggestion-assignments");
        for (SuggestionDetails.Assignment a : details.assignments()) {
            ListItem item = new ListItem();
            Div head = new Div(new Span(a.unitName() + " · "
                    + getTranslation(a.lead() ? "suggestions.unit.lead" : "suggestions.unit.co")));
            if (!a.active()) {
                Span replaced = new Span(getTranslation("suggestions.unit.replaced"));
                replaced.getElement().getThemeList().add("badge contrast");
                head.add(new Span(" "), replaced);
            }
            Span flag = SuggestionTexts.flag(this, a.active() && a.overdue(), a.active() && a.dueSoon());
            if (flag != null) {
                head.add(new Span(" "), flag);
            }
            item.add(head);
            List<String> lines = new ArrayList<>();
            lines.add(getTranslation("suggestions.assigned-on", String.valueOf(a.assignedOn())));
            if (a.lead() && a.dueDate() != null) {
                lines.add(getTranslation("suggestions.due.on", a.dueDate().toString()));
            }
            if (!a.lead() && a.coOpinionDue() != null) {
                lines.add(getTranslation("suggestions.co-opinion.due", a.coOpinionDue().toString()));
            }
            lines.add(a.signedAt() == null ? getTranslation("suggestions.not-signed")
                    : getTranslation("suggestions.signed-at", Formats.dateTimeShort(a.signedAt())));
            Div facts = new Div(String.join(" · ", lines));
            facts.addClassName("step-when");
            item.add(facts);
            if (a.coOpinion() != null) {
                item.add(new Paragraph(getTranslation("suggestions.co-opinion.text", a.coOpinion(),
                        Formats.dateTimeShort(a.coOpinionAt()))));
            }
            if (a.reassignPending()) {
                item.add(new Paragraph(getTranslation("suggestions.reassign.pending", SuggestionTexts.orNone(this, a.reassignReason()))));
            }
            if (a.extensionAsked() != null) {
                item.add(new Paragraph(getTranslation("suggestions.extension.pending", a.extensionAsked().toString(),
                        SuggestionTexts.orNone(this, a.extensionReason()))));
            }
            list.add(item);
        }
        return list;
    }

    private Component contacts() {
        UnorderedList list = new UnorderedList();
        list.addClassName("suggestion-contacts");
        for (SuggestionDetails.Contact c : details.contacts()) {
            list.add(new ListItem(getTranslation("suggestions.contact.line", c.date().toString(),
                    getTranslation(c.kind().messageKey()), c.unitName(), SuggestionTexts.orNone(this, c.note()),
                    PersonNames.name(this, c.loggedBy()))));
        }
        return list;
    }

    private Component answers() {
        VerticalLayout all = new VerticalLayout();
        all.setPadding(false);
        all.addClassName("suggestion-answers");
        for (SuggestionDetails.Answer a : details.answers()) {
            Div answer = new Div();
            answer.addClassName("card");
            Span category = new Span(getTranslation(a.category().messageKey()));
            category.getElement().getThemeList().add("badge");
            answer.add(new H3(getTranslation("suggestions.answer.round", a.round(), a.unitName())), category);
            Paragraph text = new Paragraph(a.text());
            text.addClassName("suggestion-body");
            answer.add(text);
            answer.add(new Div(getTranslation("suggestions.by-at", PersonNames.withRole(this, a.answeredBy()),
                    Formats.dateTimeShort(a.answeredAt()))));
            if (a.withoutContact()) {
                Span warning = new Span(getTranslation("suggestions.answer.without-contact"));
                warning.getElement().getThemeList().add("badge contrast");
                answer.add(new Div(warning));
            }
            if (a.satisfaction() != null) {
                Span rating = new Span(getTranslation(a.satisfaction().messageKey()));
                rating.getElement().getThemeList().add(switch (a.satisfaction()) {
                    case SATISFIED -> "badge success";
                    case BASICALLY_SATISFIED -> "badge";
                    case NOT_SATISFIED -> "badge error";
                });
                rating.addClassName("rating");
                Div rated = new Div(new Span(getTranslation("suggestions.rating") + " "), rating);
                if (a.ratingReason() != null && !a.ratingReason().isBlank()) {
                    rated.add(new Span(" " + a.ratingReason()));
                }
                answer.add(rated);
            } else {
                answer.add(new Div(getTranslation("suggestions.rating.none")));
            }
            all.add(answer);
        }
        return all;
    }

    private Component signers() {
        UnorderedList list = new UnorderedList();
        list.addClassName("suggestion-signers");
        for (SuggestionDetails.Signer s : details.signers()) {
            list.add(new ListItem(SuggestionTexts.person(this, s.name(), s.level()) + " · "
                    + getTranslation(s.status().messageKey())));
        }
        return list;
    }

    private void section(String key, Component content) {
        Details section = new Details(getTranslation(key), content);
        section.setOpened(true);
        section.setWidthFull();
        section.addClassName("station-section");
        sections.add(section);
        add(section);
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("suggestions.title") : details.title()) + " · " + getTranslation("app.name");
    }
}
