package cn.silian.opinions.ui;

import cn.silian.opinions.SuggestionAction;
import cn.silian.opinions.SuggestionDetails;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.HashMap;
import java.util.Map;

/**
 * The small dialog of one workflow step: its fields, and the one service call it makes. The
 * service checks everything; the dialog shows its refusal on the fields it names and stays open,
 * or closes and hands the suggestion as it now is to the page.
 */
class StepDialog extends Dialog {

    final SuggestionAction action;
    final FormLayout form = new FormLayout();
    final Button confirm = new Button();
    final Button cancel = new Button();
    final Map<String, HasValidation> fields = new HashMap<>();
    private SerializableSupplier<SuggestionDetails> call;
    private final SerializableConsumer<SuggestionDetails> done;

    StepDialog(SuggestionAction action, String title, SerializableConsumer<SuggestionDetails> done) {
        this.action = action;
        this.done = done;
        addClassName("step-dialog");
        addClassName("step-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        setHeaderTitle(getTranslation(action.messageKey()) + (title == null ? "" : " · " + title));
        setWidth("min(36em, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        confirm.setText(getTranslation(action.messageKey()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> run());
        cancel.setText(getTranslation("common.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }

    /** Adds a field; {@code name} is the field the service names when it refuses its value. */
    <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    StepDialog call(SerializableSupplier<SuggestionDetails> call) {
        this.call = call;
        return this;
    }

    void run() {
        fields.values().forEach(f -> f.setInvalid(false));
        SuggestionDetails[] result = new SuggestionDetails[1];
        if (SuggestionTexts.attempt(this, () -> result[0] = call.get(), fields)) {
            Toasts.success(getTranslation("suggestions.step.done", getTranslation(action.messageKey())));
            close();
            done.accept(result[0]);
        }
    }
}
