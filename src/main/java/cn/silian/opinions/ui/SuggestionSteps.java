package cn.silian.opinions.ui;

import cn.silian.opinions.AnswerCategory;
import cn.silian.opinions.AnswerDraft;
import cn.silian.opinions.AssignmentDraft;
import cn.silian.opinions.ContactDraft;
import cn.silian.opinions.ContactKind;
import cn.silian.opinions.HandlingUnitService;
import cn.silian.opinions.KeyMark;
import cn.silian.opinions.Satisfaction;
import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.opinions.SuggestionFilter;
import cn.silian.opinions.SuggestionService;
import cn.silian.opinions.SuggestionState;
import cn.silian.opinions.UnitChoice;
import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.people.DeputySummary;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.ComponentTexts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.data.domain.PageRequest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts the steps of the suggestion page: each opens its small dialog (or, for a step with
 * nothing to enter, acts at once) and calls the one service method; the version sent is the one
 * the page shows, so a step someone else took meanwhile is refused, not overwritten.
 */
class SuggestionSteps implements Serializable {

    static final int COMMENT_MAX = 2000;

    private final SuggestionView page;
    private final transient SuggestionService suggestions;
    private final transient HandlingUnitService units;
    private final transient DeputyService deputies;
    /** The dialog last opened, for tests. */
    StepDialog dialog;

    SuggestionSteps(SuggestionView page, SuggestionService suggestions, HandlingUnitService units, DeputyService deputies) {
        this.page = page;
        this.suggestions = suggestions;
        this.units = units;
        this.deputies = deputies;
    }

    void start(SuggestionAction action) {
        SuggestionDetails d = page.details;
        long id = d.id();
        long v = d.version();
        switch (action) {
            case EDIT -> page.getUI().ifPresent(ui -> ui.navigate(SuggestionEditView.class,
                    new RouteParameters("id", String.valueOf(id))));
            case INVITE_COSIGNER -> {
                StepDialog s = open(action);
                MultiSelectComboBox<Choice> who = s.field("deputyIds", new MultiSelectComboBox<>(page.getTranslation("suggestions.cosigners.pick")));
                who.setItemLabelGenerator(Choice::label);
                who.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream().map(this::deputyChoice));
                s.call(() -> suggestions.inviteCosigners(id, v, who.getValue().stream().map(Choice::id).toList()));
            }
            case CONFIRM_COSIGN -> act(action, () -> suggestions.confirmCosign(id));
            case DECLINE_COSIGN -> open(action).call(() -> suggestions.declineCosign(id));
            case SUBMIT -> {
                StepDialog s = open(action);
                TextArea c = comment(s, false);
                s.call(() -> suggestions.submit(id, v, c.getValue()));
            }
            case WITHDRAW -> {
                StepDialog s = open(action);
                TextArea c = comment(s, false);
                s.call(() -> suggestions.withdraw(id, v, c.getValue()));
            }
            case RETURN -> {
                StepDialog s = open(action);
                TextArea c = comment(s, true);
                s.call(() -> suggestions.returnForRevision(id, v, c.getValue()));
            }
            case ACCEPT -> {
                StepDialog s = open(action);
                TextArea c = comment(s, false);
                s.call(() -> suggestions.accept(id, v, c.getValue()));
            }
            case NOT_FILE -> {
                StepDialog s = open(action);
                TextArea r = reason(s, true);
                s.call(() -> suggestions.notFile(id, v, r.getValue()));
            }
            case ASSIGN -> assign(action, id, v);
            case REQUEST_REASSIGN -> {
                StepDialog s = open(action);
                TextArea r = reason(s, true);
                s.call(() -> suggestions.requestReassignment(id, v, r.getValue()));
            }
            case DECIDE_REASSIGN -> decideReassign(action, d, id, v);
            case SIGN -> open(action).call(() -> suggestions.sign(id, v));
            case LOG_CONTACT -> logContact(action, d, id);
            case CO_UNIT_OPINION -> {
                StepDialog s = open(action);
                ComboBox<Choice> unit = onBehalf(s, d, false);
                TextArea text = s.field("text", new TextArea(page.getTranslation("suggestions.co-opinion")));
                text.setRequiredIndicatorVisible(true);
                text.setMaxLength(AnswerDraft.TEXT_MAX);
                s.call(() -> suggestions.coUnitOpinion(id, unit.getValue() == null ? null : unit.getValue().id(), text.getValue()));
            }
            case REQUEST_EXTENSION -> {
                StepDialog s = open(action);
                DatePicker due = s.field("newDueDate", new DatePicker(page.getTranslation("suggestions.extension.new-due")));
                ComponentTexts.localize(due);
                due.setRequiredIndicatorVisible(true);
                if (d.dueDate() != null) {
                    due.setMin(d.dueDate().plusDays(1));
                    due.setHelperText(page.getTranslation("suggestions.due.on", d.dueDate().toString()));
                }
                TextArea r = reason(s, true);
                s.call(() -> suggestions.requestExtension(id, v, due.getValue(), r.getValue()));
            }
            case DECIDE_EXTENSION -> {
                StepDialog s = open(action);
                d.assignments().stream().filter(a -> a.extensionAsked() != null).findFirst().ifPresent(a ->
                        s.form.add(new Paragraph(page.getTranslation("suggestions.extension.pending",
                                a.extensionAsked().toString(), SuggestionTexts.orNone(page, a.extensionReason())))));
                RadioButtonGroup<Boolean> decision = decision(s);
                TextArea c = comment(s, false);
                s.call(() -> suggestions.decideExtension(id, v, Boolean.TRUE.equals(decision.getValue()), c.getValue()));
            }
            case ANSWER -> answer(action, d, id, v);
            case RATE -> rate(action, id, v);
            case CLOSE -> {
                StepDialog s = open(action);
                TextArea c = comment(s, false);
                s.call(() -> suggestions.close(id, v, c.getValue()));
            }
            case PUBLISH -> {
                StepDialog s = open(action);
                s.form.add(new Paragraph(page.getTranslation("suggestions.publish.explain")));
                s.call(() -> suggestions.publish(id, v));
            }
            case UNPUBLISH -> open(action).call(() -> suggestions.unpublish(id, v));
            case MARK_KEY -> markKey(action, d, id, v);
            case JOIN -> join(action, d);
        }
    }

    private StepDialog open(SuggestionAction action) {
        dialog = new StepDialog(action, page.details.title(), page::show);
        dialog.open();
        return dialog;
    }

    /** A step with nothing to enter: done at once, with the same messages as a dialog's. */
    private void act(SuggestionAction action, com.vaadin.flow.function.SerializableSupplier<SuggestionDetails> call) {
        StepDialog s = new StepDialog(action, null, page::show);
        s.call(call);
        s.run();
    }

    private TextArea comment(StepDialog s, boolean required) {
        TextArea c = s.field("comment", new TextArea(page.getTranslation("suggestions.comment")));
        c.setMaxLength(COMMENT_MAX);
        c.setRequiredIndicatorVisible(required);
        return c;
    }

    private TextArea reason(StepDialog s, boolean required) {
        TextArea r = s.field("reason", new TextArea(page.getTranslation("suggestions.reason")));
        r.setMaxLength(COMMENT_MAX);
        r.setRequiredIndicatorVisible(required);
        return r;
    }

    private RadioButtonGroup<Boolean> decision(StepDialog s) {
        RadioButtonGroup<Boolean> decision = s.field("approve", new RadioButtonGroup<>(page.getTranslation("suggestions.decision")));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(b -> page.getTranslation(b ? "suggestions.decision.approve" : "suggestions.decision.refuse"));
        decision.setValue(true);
        return decision;
    }

    private Choice deputyChoice(DeputySummary d) {
        String level = d.seats().isEmpty() ? null : page.getTranslation(d.seats().getFirst().level().messageKey());
        return new Choice(d.id(), level == null ? d.nameAndStreet() : d.nameAndStreet() + " · " + level);
    }

    private void assign(SuggestionAction action, long id, long v) {
        StepDialog s = open(action);
        List<UnitChoice> active = units.choices();
        ComboBox<UnitChoice> lead = s.field("leadUnitId", new ComboBox<>(page.getTranslation("suggestions.lead-unit")));
        lead.setItems(active);
        lead.setItemLabelGenerator(UnitChoice::name);
        lead.setRequiredIndicatorVisible(true);
        MultiSelectComboBox<UnitChoice> co = s.field("coUnitIds", new MultiSelectComboBox<>(page.getTranslation("suggestions.co-units")));
        co.setItems(active);
        co.setItemLabelGenerator(UnitChoice::name);
        DatePicker on = s.field("assignedOn", new DatePicker(page.getTranslation("suggestions.assigned-on.field")));
        ComponentTexts.localize(on);
        on.setValue(LocalDate.now(Formats.ZONE));
        on.setMax(LocalDate.now(Formats.ZONE));
        TextArea c = comment(s, false);
        s.call(() -> suggestions.assign(id, v, new AssignmentDraft(lead.getValue() == null ? null : lead.getValue().id(),
                co.getValue().stream().map(UnitChoice::id).toList(), on.getValue(), c.getValue())));
    }

    private void decideReassign(SuggestionAction action, SuggestionDetails d, long id, long v) {
        StepDialog s = open(action);
        d.assignments().stream().filter(SuggestionDetails.Assignment::reassignPending).findFirst().ifPresent(a ->
                s.form.add(new Paragraph(page.getTranslation("suggestions.reassign.asked-by", a.unitName(),
                        SuggestionTexts.orNone(page, a.reassignReason())))));
        RadioButtonGroup<Boolean> decision = decision(s);
        ComboBox<UnitChoice> lead = s.field("newLeadUnitId", new ComboBox<>(page.getTranslation("suggestions.reassign.new-lead")));
        lead.setItems(units.choices());
        lead.setItemLabelGenerator(UnitChoice::name);
        decision.addValueChangeListener(e -> lead.setVisible(Boolean.TRUE.equals(e.getValue())));
        TextArea c = comment(s, false);
        s.call(() -> suggestions.decideReassignment(id, v, Boolean.TRUE.equals(decision.getValue()),
                Boolean.TRUE.equals(decision.getValue()) && lead.getValue() != null ? lead.getValue().id() : null, c.getValue()));
    }

    /**
     * Which unit the office enters a step for: a unit account always acts for itself, so the
     * picker shows only when the caller could act for more than one unit (the office).
     */
    private ComboBox<Choice> onBehalf(StepDialog s, SuggestionDetails d, boolean lead) {
        ComboBox<Choice> unit = s.field("unitId", new ComboBox<>(page.getTranslation("suggestions.on-behalf-of")));
        List<Choice> choices = d.assignments().stream().filter(SuggestionDetails.Assignment::active)
                .filter(a -> lead || !a.lead()).map(a -> new Choice(a.unitId(), a.unitName())).toList();
        unit.setItems(choices);
        unit.setItemLabelGenerator(Choice::label);
        unit.setVisible(d.parties().contains(cn.silian.opinions.Party.OFFICE) && choices.size() > 1);
        if (unit.isVisible()) {
            unit.setValue(choices.getFirst());
        }
        return unit;
    }

    private void logContact(SuggestionAction action, SuggestionDetails d, long id) {
        StepDialog s = open(action);
        ComboBox<Choice> unit = onBehalf(s, d, true);
        Select<ContactKind> kind = s.field("kind", new Select<>());
        kind.setLabel(page.getTranslation("suggestions.contact.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(k -> page.getTranslation(k.messageKey()));
        kind.setValue(ContactKind.MEETING);
        DatePicker date = s.field("date", new DatePicker(page.getTranslation("suggestions.contact.date")));
        ComponentTexts.localize(date);
        date.setValue(LocalDate.now(Formats.ZONE));
        date.setMax(LocalDate.now(Formats.ZONE));
        TextArea note = s.field("note", new TextArea(page.getTranslation("suggestions.contact.note")));
        note.setMaxLength(COMMENT_MAX);
        s.call(() -> suggestions.logContact(id, unit.isVisible() && unit.getValue() != null ? unit.getValue().id() : null,
                new ContactDraft(kind.getValue(), date.getValue(), note.getValue())));
    }

    private void answer(SuggestionAction action, SuggestionDetails d, long id, long v) {
        StepDialog s = open(action);
        Select<AnswerCategory> category = s.field("category", new Select<>());
        category.setLabel(page.getTranslation("suggestions.answer.category"));
        category.setItems(AnswerCategory.values());
        category.setItemLabelGenerator(c -> page.getTranslation(c.messageKey()));
        TextArea text = s.field("text", new TextArea(page.getTranslation("suggestions.answer.text")));
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(AnswerDraft.TEXT_MAX);
        text.setMinHeight("10em");
        Checkbox withoutContact = new Checkbox(page.getTranslation("suggestions.answer.confirm-without-contact"));
        withoutContact.addClassName("confirm-without-contact");
        // The rules of most provinces want the unit to talk to the deputy first: say so before, not after.
        if (!d.hasContact()) {
            Paragraph warning = new Paragraph(page.getTranslation("suggestions.answer.no-contact-warning"));
            warning.addClassName("no-contact-warning");
            warning.getElement().setAttribute("role", "alert");
            s.form.add(warning, withoutContact);
        }
        s.call(() -> suggestions.answer(id, v, new AnswerDraft(category.getValue(), text.getValue(),
                !d.hasContact() && withoutContact.getValue())));
    }

    private void rate(SuggestionAction action, long id, long v) {
        StepDialog s = open(action);
        RadioButtonGroup<Satisfaction> satisfaction = s.field("satisfaction",
                new RadioButtonGroup<>(page.getTranslation("suggestions.rating")));
        satisfaction.setItems(Satisfaction.values());
        satisfaction.setItemLabelGenerator(x -> page.getTranslation(x.messageKey()));
        TextArea r = reason(s, false);
        satisfaction.addValueChangeListener(e -> r.setRequiredIndicatorVisible(e.getValue() == Satisfaction.NOT_SATISFIED));
        s.call(() -> suggestions.rate(id, v, satisfaction.getValue(), r.getValue()));
    }

    private void markKey(SuggestionAction action, SuggestionDetails d, long id, long v) {
        StepDialog s = open(action);
        TextField leader = s.field("leader", new TextField(page.getTranslation("suggestions.key.leader")));
        leader.setRequiredIndicatorVisible(true);
        leader.setMaxLength(100);
        TextField followers = s.field("followers", new TextField(page.getTranslation("suggestions.key.followers")));
        followers.setMaxLength(200);
        if (d.key()) {
            leader.setValue(d.keyLeader() == null ? "" : d.keyLeader());
            followers.setValue(d.keyFollowers() == null ? "" : d.keyFollowers());
            Checkbox end = new Checkbox(page.getTranslation("suggestions.key.end"));
            end.addClassName("end-key");
            s.form.add(end);
            s.call(() -> end.getValue() ? suggestions.unmarkKey(id, v)
                    : suggestions.markKey(id, v, new KeyMark(leader.getValue(), followers.getValue())));
        } else {
            s.call(() -> suggestions.markKey(id, v, new KeyMark(leader.getValue(), followers.getValue())));
        }
    }

    /** Joins this suggestion with others accepted this year (并案); the office picks them by number or title. */
    private void join(SuggestionAction action, SuggestionDetails d) {
        StepDialog s = open(action);
        MultiSelectComboBox<Choice> others = s.field("ids", new MultiSelectComboBox<>(page.getTranslation("suggestions.join.with")));
        others.setItemLabelGenerator(Choice::label);
        others.setItems(query -> suggestions.page(SuggestionFilter.all().withState(SuggestionState.ACCEPTED)
                                .withText(query.getFilter().filter(t -> !t.isBlank()).orElse(null)),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .filter(x -> x.id() != d.id())
                .map(x -> new Choice(x.id(), SuggestionTexts.code(page, x.code(), x.year()) + " " + x.title())));
        s.call(() -> {
            List<Long> ids = new ArrayList<>();
            ids.add(d.id());
            ids.addAll(others.getValue().stream().map(Choice::id).collect(Collectors.toCollection(java.util.TreeSet::new)));
            suggestions.join(ids);
            return suggestions.get(d.id());
        });
    }

}
