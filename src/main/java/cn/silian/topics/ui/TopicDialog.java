package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.Edit;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.TopicDetails;
import cn.silian.topics.TopicDraft;
import cn.silian.topics.TopicService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/** The topic form: the office's new topic or edit, a deputy's or street's proposal, or its revision. */
class TopicDialog extends Dialog {

    enum Mode { CREATE, EDIT, PROPOSE, REVISE }

    final IntegerField year = new IntegerField();
    final TextField title = new TextField();
    final TextArea background = new TextArea();
    final TextArea goals = new TextArea();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextField leadOffice = new TextField();
    final MultiSelectComboBox<Expertise> expertise = new MultiSelectComboBox<>();
    final Button save = new Button();

    private final transient TopicService topics;
    private final Mode mode;
    private final Long id;
    private long version;
    private final LongConsumer onSaved;

    /** {@code existing} is required to edit or revise; {@code defaultYear} fills a new form. */
    TopicDialog(TopicService topics, Mode mode, TopicDetails existing, int defaultYear, LongConsumer onSaved) {
        this.topics = topics;
        this.mode = mode;
        this.id = existing == null ? null : existing.summary().id();
        this.onSaved = onSaved;
        setHeaderTitle(switch (mode) {
            case CREATE -> getTranslation("topics.new");
            case PROPOSE -> getTranslation("topics.propose");
            case EDIT -> getTranslation("topics.edit", existing.summary().title());
            case REVISE -> getTranslation("topics.revise.title", existing.summary().title());
        });

        year.setLabel(getTranslation("topics.year"));
        year.setStepButtonsVisible(true);
        year.setHelperText(getTranslation("topics.year.helper"));
        title.setLabel(getTranslation("topics.field.title"));
        title.setMaxLength(TopicService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        background.setLabel(getTranslation("topics.background"));
        background.setMaxLength(TopicService.TEXT_MAX);
        goals.setLabel(getTranslation("topics.goals"));
        goals.setMaxLength(TopicService.TEXT_MAX);
        startsOn.setLabel(getTranslation("topics.starts-on"));
        startsOn.setRequiredIndicatorVisible(true);
        endsOn.setLabel(getTranslation("topics.ends-on"));
        endsOn.setRequiredIndicatorVisible(true);
        ComponentTexts.localize(startsOn);
        ComponentTexts.localize(endsOn);
        leadOffice.setLabel(getTranslation("topics.lead-office"));
        leadOffice.setMaxLength(TopicService.TITLE_MAX);
        expertise.setLabel(getTranslation("topics.expertise"));
        expertise.setHelperText(getTranslation("topics.expertise.helper"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));

        TopicDraft draft = new TopicDraft();
        if (id != null) {
            // The version shown on the topic's page may be older than the values read here.
            Edit<TopicDraft> edit = topics.edit(id);
            draft = edit.draft();
            version = edit.version();
        }
        year.setValue(id == null ? defaultYear : draft.getYear());
        title.setValue(TopicTexts.nz(draft.getTitle()));
        background.setValue(TopicTexts.nz(draft.getBackground()));
        goals.setValue(TopicTexts.nz(draft.getGoals()));
        startsOn.setValue(draft.getStartsOn());
        endsOn.setValue(draft.getEndsOn());
        leadOffice.setValue(TopicTexts.nz(draft.getLeadOffice()));
        expertise.setValue(draft.getExpertise());

        FormLayout form = new FormLayout(year, title, startsOn, endsOn, leadOffice, expertise, background, goals);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(background, 2);
        form.setColspan(goals, 2);
        add(form);

        save.setText(getTranslation(mode == Mode.PROPOSE || mode == Mode.REVISE ? "topics.submit" : "common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void save() {
        TopicDraft d = new TopicDraft();
        d.setYear(year.getValue() == null ? 0 : year.getValue());
        d.setTitle(title.getValue());
        d.setBackground(background.getValue());
        d.setGoals(goals.getValue());
        d.setStartsOn(startsOn.getValue());
        d.setEndsOn(endsOn.getValue());
        d.setLeadOffice(leadOffice.getValue());
        d.setExpertise(expertise.getValue());
        clearErrors();
        try {
            long saved = switch (mode) {
                case CREATE -> topics.create(d);
                case PROPOSE -> topics.propose(d);
                case EDIT, REVISE -> {
                    topics.update(id, version, d);
                    yield id;
                }
            };
            Toasts.success(getTranslation(mode == Mode.PROPOSE || mode == Mode.REVISE ? "topics.submitted" : "topics.saved",
                    d.getTitle()));
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, fields()));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> f = new HashMap<>();
        f.put("year", year);
        f.put("title", title);
        f.put("background", background);
        f.put("goals", goals);
        f.put("startsOn", startsOn);
        f.put("endsOn", endsOn);
        f.put("leadOffice", leadOffice);
        return f;
    }
}
