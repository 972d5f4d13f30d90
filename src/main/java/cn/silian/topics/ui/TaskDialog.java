package cn.silian.topics.ui;

import cn.silian.shared.Edit;
import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.MemberRow;
import cn.silian.topics.MilestoneRow;
import cn.silian.topics.TaskDraft;
import cn.silian.topics.TaskRow;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Adds or edits a task: title, who does it, by when, and the milestone it serves. */
class TaskDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<MemberRow> assignee = new ComboBox<>();
    final ComboBox<MilestoneRow> milestone = new ComboBox<>();
    final DatePicker dueOn = new DatePicker();
    final Button save = new Button();

    TaskDialog(GroupWorkService work, GroupService groups, GroupDetails details, List<MilestoneRow> milestones,
               TaskRow existing, Runnable onSaved) {
        long groupId = details.summary().id();
        setHeaderTitle(existing == null ? getTranslation("task.new") : getTranslation("task.edit.of", existing.title()));
        title.setLabel(getTranslation("work.title"));
        title.setMaxLength(GroupWorkService.TASK_TITLE_MAX);
        description.setLabel(getTranslation("task.description"));
        description.setMaxLength(GroupWorkService.DESCRIPTION_MAX);
        List<MemberRow> members = groups.members(groupId);
        assignee.setLabel(getTranslation("task.assignee"));
        assignee.setItems(members);
        assignee.setItemLabelGenerator(MemberRow::name);
        milestone.setLabel(getTranslation("task.milestone"));
        milestone.setItems(milestones);
        milestone.setItemLabelGenerator(MilestoneRow::title);
        milestone.setClearButtonVisible(true);
        dueOn.setLabel(getTranslation("work.due"));
        ComponentTexts.localize(dueOn);
        dueOn.setHelperText(getTranslation("work.due.helper", GroupTexts.date(this, details.topicEndsOn())));
        // The version shown in the task list may be older than the values read here.
        Edit<TaskDraft> edit = existing == null ? null : work.editTask(existing.id());
        TaskDraft draft = edit == null ? new TaskDraft() : edit.draft();
        title.setValue(draft.getTitle() == null ? "" : draft.getTitle());
        description.setValue(draft.getDescription() == null ? "" : draft.getDescription());
        members.stream().filter(m -> Objects.equals(m.deputyId(), draft.getAssigneeId())).findFirst().ifPresent(assignee::setValue);
        milestones.stream().filter(m -> Objects.equals(m.id(), draft.getMilestoneId())).findFirst().ifPresent(milestone::setValue);
        dueOn.setValue(draft.getDueOn());
        FormLayout form = new FormLayout(title, assignee, dueOn, milestone, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            TaskDraft d = new TaskDraft();
            d.setTitle(title.getValue());
            d.setDescription(description.getValue());
            d.setAssigneeId(assignee.getValue() == null ? null : assignee.getValue().deputyId());
            d.setMilestoneId(milestone.getValue() == null ? null : milestone.getValue().id());
            d.setDueOn(dueOn.getValue());
            Map<String, HasValidation> fields = Map.of("title", title, "description", description, "assignee", assignee,
                    "milestone", milestone, "dueOn", dueOn);
            if (GroupTexts.attempt(this, () -> {
                if (existing == null) {
                    work.addTask(groupId, d);
                } else {
                    work.updateTask(edit.id(), edit.version(), d);
                }
            }, fields)) {
                Toasts.success(getTranslation("task.saved", d.getTitle()));
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
