package cn.silian.projects.ui;

import cn.silian.projects.BallotDraft;
import cn.silian.projects.BallotThreshold;
import cn.silian.projects.BallotTieRule;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/** A ballot's settings, as the office creates and edits them while the ballot is a draft. */
class BallotForm extends FormLayout {

    final IntegerField year = new IntegerField();
    final TextField title = new TextField();
    final DatePicker sessionDate = new DatePicker();
    final IntegerField maxChoices = new IntegerField();
    final Checkbox secret = new Checkbox();
    final RadioButtonGroup<BallotThreshold> threshold = new RadioButtonGroup<>();
    final RadioButtonGroup<BallotTieRule> tieRule = new RadioButtonGroup<>();

    BallotForm() {
        year.setLabel(getTranslation("ballot.year"));
        year.setStepButtonsVisible(true);
        title.setLabel(getTranslation("ballot.title"));
        title.setMaxLength(BallotDraft.TITLE_MAX);
        sessionDate.setLabel(getTranslation("ballot.session"));
        maxChoices.setLabel(getTranslation("ballot.max-choices"));
        maxChoices.setMin(1);
        maxChoices.setStepButtonsVisible(true);
        secret.setLabel(getTranslation("ballot.secret"));
        threshold.setLabel(getTranslation("ballot.threshold"));
        threshold.setItems(BallotThreshold.values());
        threshold.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        tieRule.setLabel(getTranslation("ballot.tie"));
        tieRule.setItems(BallotTieRule.values());
        tieRule.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(year, title, sessionDate, maxChoices, secret, threshold, tieRule);
        setColspan(threshold, 2);
        setColspan(tieRule, 2);
    }

    void show(BallotDraft d) {
        year.setValue(d.year());
        title.setValue(d.title() == null ? "" : d.title());
        sessionDate.setValue(d.sessionDate());
        maxChoices.setValue(d.maxChoices());
        secret.setValue(d.secret());
        threshold.setValue(d.threshold());
        tieRule.setValue(d.tieRule());
        fields().values().forEach(f -> f.setInvalid(false));
    }

    BallotDraft draft() {
        return new BallotDraft(year.getValue() == null ? 0 : year.getValue(), title.getValue(), sessionDate.getValue(),
                maxChoices.getValue() == null ? 0 : maxChoices.getValue(), secret.getValue(), threshold.getValue(),
                tieRule.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.of("year", year, "title", title, "sessionDate", sessionDate, "maxChoices", maxChoices,
                "threshold", threshold, "tieRule", tieRule);
    }

    void setReadOnly(boolean readOnly) {
        year.setReadOnly(readOnly);
        title.setReadOnly(readOnly);
        sessionDate.setReadOnly(readOnly);
        maxChoices.setReadOnly(readOnly);
        secret.setReadOnly(readOnly);
        threshold.setReadOnly(readOnly);
        tieRule.setReadOnly(readOnly);
    }
}
