package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDraft;
import cn.silian.topics.GroupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.Set;

/** A new, still empty group of a topic; the office staffs it afterwards on the group's page. */
class GroupDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea focus = new TextArea();
    final MultiSelectComboBox<Expertise> expertise = new MultiSelectComboBox<>();
    final Checkbox openForJoining = new Checkbox();
    final Button save = new Button();

    private final transient GroupService groups;
    private final long topicId;
    private final Runnable onSaved;

    GroupDialog(GroupService groups, long topicId, Set<Expertise> topicExpertise, Runnable onSaved) {
        this.groups = groups;
        this.topicId = topicId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("topics.group.new"));

        name.setLabel(getTranslation("topics.group.name"));
        name.setMaxLength(GroupService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        focus.setLabel(getTranslation("topics.group.focus"));
        focus.setMaxLength(GroupService.FOCUS_MAX);
        expertise.setLabel(getTranslation("topics.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        expertise.setValue(topicExpertise);
        openForJoining.setLabel(getTranslation("topics.group.open-for-joining"));
        openForJoining.setValue(true);
        FormLayout form = new FormLayout(name, expertise, focus, openForJoining);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(focus, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    void save() {
        GroupDraft d = new GroupDraft();
        d.setName(name.getValue());
        d.setFocus(focus.getValue());
        d.setExpertise(expertise.getValue());
        d.setOpenForJoining(openForJoining.getValue());
        name.setInvalid(false);
        focus.setInvalid(false);
        try {
            groups.create(topicId, d);
            Toasts.success(getTranslation("topics.group.saved", d.getName()));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Toasts.error(Problems.show(this, e, Map.<String, HasValidation>of("name", name, "focus", focus)));
        }
    }
}
