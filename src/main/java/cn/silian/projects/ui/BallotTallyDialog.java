package cn.silian.projects.ui;

import cn.silian.projects.BallotCandidate;
import cn.silian.projects.BallotDetails;
import cn.silian.projects.BallotService;
import cn.silian.projects.BallotTallySheet;
import cn.silian.projects.BallotVoter;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tally sheet of paper ballots: the deputies who handed theirs in (from those eligible who have
 * not voted), how many papers were invalid, and each candidate's votes on the valid ones.
 */
class BallotTallyDialog extends Dialog {

    final TextField label = new TextField();
    final MultiSelectComboBox<BallotVoter> voters = new MultiSelectComboBox<>();
    final IntegerField invalid = new IntegerField();
    final Map<Long, IntegerField> votes = new LinkedHashMap<>();
    final Button save = new Button();

    BallotTallyDialog(BallotService ballots, BallotDetails ballot, Runnable saved) {
        setHeaderTitle(getTranslation("ballot.tally.enter"));
        label.setLabel(getTranslation("ballot.tally.label"));
        label.setMaxLength(BallotTallySheet.LABEL_MAX);
        voters.setLabel(getTranslation("ballot.tally.voters"));
        voters.setItems(ballots.notVoted(ballot.id()));
        voters.setItemLabelGenerator(BallotVoter::name);
        voters.setWidthFull();
        invalid.setLabel(getTranslation("ballot.tally.invalid"));
        invalid.setMin(0);
        invalid.setValue(0);
        FormLayout form = new FormLayout(label, voters, invalid);
        form.setColspan(voters, 2);
        for (BallotCandidate c : ballot.candidates()) {
            IntegerField f = new IntegerField(c.title());
            f.setMin(0);
            f.setValue(0);
            votes.put(c.projectId(), f);
            form.add(f);
        }
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<Long, Integer> counted = new LinkedHashMap<>();
            votes.forEach((id, f) -> counted.put(id, f.getValue() == null ? 0 : f.getValue()));
            try {
                ballots.enterTally(ballot.id(), new BallotTallySheet(label.getValue(),
                        voters.getSelectedItems().stream().map(BallotVoter::deputyId).toList(),
                        invalid.getValue() == null ? 0 : invalid.getValue(), counted));
                Toasts.success(getTranslation("ballot.tally.entered"));
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                Toasts.error(Problems.show(this, ex, Map.<String, HasValidation>of("label", label, "voters", voters,
                        "invalid", invalid)));
            }
        });
        add(new Paragraph(getTranslation("ballot.tally.help", ballot.maxChoices())), form);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
