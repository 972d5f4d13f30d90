package cn.silian.stations.ui;

import cn.silian.shared.Formats;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Toasts;
import cn.silian.stations.ReceptionCategory;
import cn.silian.stations.ReceptionDraft;
import cn.silian.stations.ReceptionService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDateTime;
import java.util.Map;

/** Logs one visit: when, who (optional), what about, and what happened. */
class ReceptionDialog extends Dialog {

    final DateTimePicker receivedAt = new DateTimePicker();
    final TextField visitorName = new TextField();
    final TextField visitorPhone = new TextField();
    final Select<ReceptionCategory> category = new Select<>();
    final TextArea concern = new TextArea();
    final TextArea outcome = new TextArea();
    final Button save = new Button();
    private final transient ReceptionService receptions;
    private final long stationId;
    private final Long shiftId;
    private final Runnable onSaved;

    ReceptionDialog(ReceptionService receptions, long stationId, Long shiftId, String stationName, Runnable onSaved) {
        this.receptions = receptions;
        this.stationId = stationId;
        this.shiftId = shiftId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("reception.new.at", stationName));
        ComponentTexts.localize(receivedAt);
        receivedAt.setLabel(getTranslation("reception.when"));
        receivedAt.setValue(LocalDateTime.now(Formats.ZONE).withSecond(0).withNano(0));
        receivedAt.setMax(LocalDateTime.now(Formats.ZONE).plusHours(1));
        visitorName.setLabel(getTranslation("reception.visitor-name"));
        visitorName.setHelperText(getTranslation("reception.optional"));
        visitorPhone.setLabel(getTranslation("reception.visitor-phone"));
        visitorPhone.setHelperText(getTranslation("reception.optional"));
        category.setLabel(getTranslation("reception.category"));
        category.setItems(ReceptionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setValue(ReceptionCategory.OTHER);
        concern.setLabel(getTranslation("reception.concern"));
        concern.setMaxLength(2100);
        outcome.setLabel(getTranslation("reception.outcome"));
        outcome.setMaxLength(2100);
        FormLayout form = new FormLayout(receivedAt, category, visitorName, visitorPhone, concern, outcome);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(concern, 2);
        form.setColspan(outcome, 2);
        add(new Paragraph(getTranslation("reception.privacy")), form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void save() {
        try {
            receptions.log(stationId, shiftId, new ReceptionDraft(receivedAt.getValue(), visitorName.getValue(),
                    visitorPhone.getValue(), category.getValue(), concern.getValue(), outcome.getValue()));
            Toasts.success(getTranslation("reception.saved"));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.<String, HasValidation>of("receivedAt", receivedAt,
                    "visitorName", visitorName, "visitorPhone", visitorPhone, "category", category,
                    "concern", concern, "outcome", outcome)));
        }
    }
}
