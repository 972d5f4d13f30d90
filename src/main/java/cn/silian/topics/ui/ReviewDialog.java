package cn.silian.topics.ui;

import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.ReviewDecision;
import cn.silian.topics.TopicDetails;
import cn.silian.topics.TopicService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;

/** The office's decision on a proposed topic; a return or rejection says why. */
class ReviewDialog extends Dialog {

    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button save = new Button();

    private final transient TopicService topics;
    private final TopicDetails topic;
    private final Runnable onSaved;

    ReviewDialog(TopicService topics, TopicDetails topic, Runnable onSaved) {
        this.topics = topics;
        this.topic = topic;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("topics.review.title", topic.summary().title()));

        decision.setLabel(getTranslation("topics.review.decision"));
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        decision.setRequiredIndicatorVisible(true);
        comment.setLabel(getTranslation("topics.review.comment"));
        comment.setHelperText(getTranslation("topics.review.comment.helper"));
        comment.setMaxLength(TopicService.COMMENT_MAX);
        comment.setMinHeight("6em");
        FormLayout form = new FormLayout(decision, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("topics.review.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void save() {
        decision.setInvalid(false);
        comment.setInvalid(false);
        try {
            topics.review(topic.summary().id(), topic.version(), decision.getValue(), comment.getValue());
            Toasts.success(getTranslation("topics.review.saved"));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.<String, HasValidation>of("decision", decision, "comment", comment)));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }
}
