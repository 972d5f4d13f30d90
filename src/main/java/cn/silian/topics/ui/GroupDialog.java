package cn.silian.topics.ui;

import cn.silian.people.Expertise;
import cn.silian.shared.Edit;
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
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A group's name, focus, expertise and whether it takes join requests: a new, still empty group
 * of a topic (the office, who staffs it on the group's page), or an edit by its leader or the office.
 */
class GroupDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea focus = new TextArea();
    final MultiSelectComboBox<Expertise> expertise = new MultiSelectComboBox<>();
    final Checkbox openForJoining = new Checkbox();
    final Button save = new Button();

    /** A new group of the topic, its focus preset to the topic's expertise. */
    GroupDialog(GroupService groups, long topicId, Set<Expertise> topicExpertise, Runnable onSaved) {
        GroupDraft draft = new GroupDraft();
        draft.setExpertise(topicExpertise);
        build(getTranslation("topics.group.new"), draft, d -> groups.create(topicId, d), onSaved);
    }

    /** Edits the group on the version its values were read at. */
    GroupDialog(GroupService groups, GroupDetails details, Runnable onSaved) {
        Edit<GroupDraft> edit = groups.edit(details.summary().id());
        build(getTranslation("group.edit.title", details.summary().name()), edit.draft(),
                d -> groups.update(edit.id(), edit.version(), d), onSaved);
    }

    private void build(String title, GroupDraft draft, java.util.function.ToLongFunction<GroupDraft> saving, Runnable onSaved) {
        setHeaderTitle(title);
        name.setLabel(getTranslation("group.name"));
        name.setMaxLength(GroupService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setValue(draft.getName() == null ? "" : draft.getName());
        focus.setLabel(getTranslation("group.focus"));
        focus.setMaxLength(GroupService.FOCUS_MAX);
        focus.setValue(draft.getFocus() == null ? "" : draft.getFocus());
        expertise.setLabel(getTranslation("deputy.expertise"));
        expertise.setItems(Expertise.values());
        expertise.setItemLabelGenerator(x -> getTranslation(x.messageKey()));
        expertise.setValue(draft.getExpertise());
        openForJoining.setLabel(getTranslation("group.open.edit"));
        openForJoining.setValue(draft.isOpenForJoining());
        FormLayout form = new FormLayout(name, expertise, focus, openForJoining);
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
            d.setOpenForJoining(openForJoining.getValue());
            LongSupplier run = () -> saving.applyAsLong(d);
            if (GroupTexts.attempt(this, run::getAsLong, Map.of("name", name, "focus", focus))) {
                Toasts.success(getTranslation("group.saved", d.getName()));
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
