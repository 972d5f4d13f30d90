package cn.silian.notifications.ui;

import cn.silian.notifications.Delivery;
import cn.silian.notifications.NotificationService;
import cn.silian.notifications.NotificationSettings;
import cn.silian.notifications.SavedSettings;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.i18n.SilianI18nProvider;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Locale;
import java.util.Map;

/** The user's own e-mail address, how he gets e-mail (at once, daily, never) and its language. */
class NotificationSettingsDialog extends Dialog {

    final TextField email = new TextField();
    final RadioButtonGroup<Delivery> delivery = new RadioButtonGroup<>();
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final Button save = new Button();

    private final transient NotificationService notifications;
    private long version;

    NotificationSettingsDialog(NotificationService notifications) {
        this.notifications = notifications;
        setHeaderTitle(getTranslation("inbox.settings"));

        email.setLabel(getTranslation("notifications.email"));
        email.setHelperText(getTranslation("notifications.email.helper"));
        email.setMaxLength(254);
        email.setWidthFull();
        delivery.setLabel(getTranslation("notifications.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        language.setLabel(getTranslation("notifications.language"));
        language.setItems(SilianI18nProvider.LOCALES);
        // Each language is named in itself, as in the language switch.
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));

        SavedSettings saved = notifications.settings();
        show(saved);

        FormLayout form = new FormLayout(email, delivery, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void show(SavedSettings saved) {
        NotificationSettings s = saved.settings();
        email.setValue(s.email() == null ? "" : s.email());
        delivery.setValue(s.delivery());
        language.setValue(SilianI18nProvider.supported(s.language()));
        version = saved.version();
    }

    void save() {
        email.setInvalid(false);
        delivery.setInvalid(false);
        try {
            notifications.saveSettings(new NotificationSettings(email.getValue(), delivery.getValue(), language.getValue()), version);
            Toasts.success(getTranslation("notifications.settings.saved"));
            close();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.<String, HasValidation>of("email", email, "delivery", delivery,
                    "language", language)));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
            show(notifications.settings());
        }
    }
}
