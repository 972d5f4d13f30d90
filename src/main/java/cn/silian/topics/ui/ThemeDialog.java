package cn.silian.topics.ui;

import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.ThemeRow;
import cn.silian.topics.TopicService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.function.IntConsumer;

/** Sets a year's theme (一年确定一个题目): a new one, or the existing one edited. */
class ThemeDialog extends Dialog {

    final IntegerField year = new IntegerField();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();

    private final transient TopicService topics;
    private final IntConsumer onSaved;
    /** The version of the theme shown, {@code null} while the year has none. */
    private Long version;

    ThemeDialog(TopicService topics, int initialYear, IntConsumer onSaved) {
        this.topics = topics;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("topics.set-theme"));

        year.setLabel(getTranslation("topics.year"));
        year.setStepButtonsVisible(true);
        year.setValue(initialYear);
        year.addValueChangeListener(e -> load());
        title.setLabel(getTranslation("topics.theme.title"));
        title.setMaxLength(TopicService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("topics.theme.description"));
        description.setMaxLength(TopicService.TEXT_MAX);
        description.setMinHeight("8em");

        FormLayout form = new FormLayout(year, title, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(description, 2);
        add(form);
        load();

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** Shows the chosen year's theme, if it has one, so that saving edits rather than collides. */
    private void load() {
        ThemeRow existing = year.getValue() == null ? null : topics.theme(year.getValue()).orElse(null);
        version = existing == null ? null : existing.version();
        title.setValue(existing == null ? "" : TopicTexts.nz(existing.title()));
        description.setValue(existing == null ? "" : TopicTexts.nz(existing.description()));
    }

    void save() {
        int y = year.getValue() == null ? 0 : year.getValue();
        try {
            topics.setTheme(y, version, title.getValue(), description.getValue());
            Toasts.success(getTranslation("topics.theme.saved", String.valueOf(y)));
            close();
            onSaved.accept(y);
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.<String, HasValidation>of("year", year, "title", title,
                    "description", description)));
        } catch (ConcurrentEditException e) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }
}
