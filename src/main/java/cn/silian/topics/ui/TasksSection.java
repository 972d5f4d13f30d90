package cn.silian.topics.ui;

import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.MilestoneRow;
import cn.silian.topics.TaskRow;
import cn.silian.topics.TaskStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The group's tasks; the leader and the office assign them, each assignee moves his own along. */
class TasksSection extends VerticalLayout {

    final Grid<TaskRow> grid = new Grid<>();
    final Button create = new Button();
    private final transient GroupWorkService work;
    private final transient GroupService groups;
    private final GroupDetails details;
    private final Runnable reload;
    private final Long me;
    private final List<MilestoneRow> milestones;

    TasksSection(GroupWorkService work, GroupService groups, GroupDetails details, Long me, Runnable reload) {
        this.work = work;
        this.groups = groups;
        this.details = details;
        this.me = me;
        this.reload = reload;
        setPadding(false);
        boolean manage = details.rights().manage();
        long id = details.summary().id();
        milestones = work.milestones(id);
        Map<Long, String> milestoneTitles = milestones.stream().collect(Collectors.toMap(MilestoneRow::id, MilestoneRow::title));

        grid.setAriaLabel(getTranslation("group.section.tasks"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TaskRow::title).setHeader(getTranslation("work.title")).setFlexGrow(1);
        grid.addColumn(t -> t.assigneeName() == null ? getTranslation("common.none") : t.assigneeName())
                .setHeader(getTranslation("task.assignee")).setAutoWidth(true);
        grid.addColumn(t -> t.milestoneId() == null ? getTranslation("common.none")
                : milestoneTitles.getOrDefault(t.milestoneId(), "")).setHeader(getTranslation("task.milestone")).setAutoWidth(true);
        grid.addColumn(t -> GroupTexts.date(this, t.dueOn())).setHeader(getTranslation("work.due")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader(getTranslation("task.status")).setAutoWidth(true);
        grid.setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        if (manage) {
            grid.addColumn(new ComponentRenderer<>(t -> {
                Button edit = new Button(new Icon(VaadinIcon.EDIT),
                        e -> new TaskDialog(work, groups, details, milestones, t, reload).open());
                edit.setAriaLabel(getTranslation("task.edit.of", t.title()));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button delete = new Button(new Icon(VaadinIcon.TRASH), e -> confirmDelete(t));
                delete.setAriaLabel(getTranslation("task.delete.of", t.title()));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(edit, delete);
            })).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            create.setText(getTranslation("task.new"));
            create.setIcon(new Icon(VaadinIcon.PLUS));
            create.addClickListener(e -> new TaskDialog(work, groups, details, milestones, null, reload).open());
            add(create);
        }
        grid.setItems(work.tasks(id));
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        add(grid);
    }

    /** A status box for those who may move the task, else its status in words; overdue said in words too. */
    private Component status(TaskRow t) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        boolean mayMove = details.rights().manage() || (me != null && Objects.equals(me, t.assigneeId()));
        if (mayMove) {
            ComboBox<TaskStatus> box = new ComboBox<>();
            box.setAriaLabel(getTranslation("task.status.of", t.title()));
            box.setItems(TaskStatus.values());
            box.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            box.setValue(t.status());
            box.setWidth("9em");
            box.addValueChangeListener(e -> {
                if (e.getValue() != null && e.getValue() != t.status()) {
                    if (GroupTexts.attempt(this, () -> work.setTaskStatus(t.id(), t.version(), e.getValue()))) {
                        Toasts.success(getTranslation("task.status.saved", t.title()));
                        reload.run();
                    }
                }
            });
            cell.add(box);
        } else {
            cell.add(new Span(getTranslation(t.status().messageKey())));
        }
        if (t.overdue()) {
            Span overdue = new Span(getTranslation("work.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            cell.add(overdue);
        }
        return cell;
    }

    private void confirmDelete(TaskRow t) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("task.delete"), getTranslation("task.delete.message", t.title()),
                getTranslation("common.delete"), e -> {
            if (GroupTexts.attempt(this, () -> work.deleteTask(t.id(), t.version()))) {
                Toasts.success(getTranslation("task.deleted", t.title()));
                reload.run();
            }
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }
}
