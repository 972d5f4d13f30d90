package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupDraft;
import cn.silian.topics.GroupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/** Edits a group's name, focus, expertise and whether it takes join requests: its leader or the office. */
class GroupDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea focus = new TextArea();
    final MultiSelectComboBox<Expertise> expertise = new MultiSelectComboBox<>();
    final Checkbox open = new Checkbox();
    final Button save = new Button();

    GroupDialog(GroupService groups, GroupDetails details, Runnable onSaved) {
        setHeaderTitle(getTranslation("group.edit.title", details.summary().name()));
        GroupDraft draft = groups.edit(details.summary().id());
        name.setLabel(getTranslation("group.name"));
        name.setMaxLength(GroupService.NAME_MAX);
        name.setValue(draft.getName() == null ? "" : draft.getName());
        focus.setLabel(getTranslation("group.focus"));
        focus.setMaxLength(GroupService.FOCUS_MAX);
        focus.setValue(draft.getFocus() == null ? "" : draft.getFocus());
        expertise.setLabel(getTranslation("deputy.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        expertise.setValue(draft.getExpertise());
        open.setLabel(getTranslation("group.open.edit"));
        open.setValue(draft.isOpenForJoining());
        FormLayout form = new FormLayout(name, expertise, focus, open);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(focus, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            GroupDraft d = new GroupDraft();
            d.setName(name.getValue());
            d.setFocus(focus.getValue());
            d.setExpertise(expertise.getValue());
            d.setOpenForJoining(open.getValue());
            if (GroupTexts.attempt(this, () -> groups.update(details.summary().id(), details.version(), d),
                    Map.of("name", name, "focus", focus))) {
                Toasts.success(getTranslation("group.saved", d.getName()));
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
