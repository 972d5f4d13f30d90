package cn.silian.topics.ui;

import cn.silian.shared.ui.ComponentTexts;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupWorkService;
import cn.silian.topics.MilestoneRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.Map;

/** The group's milestones; its leader and the office plan them and tick them off. */
class MilestonesSection extends VerticalLayout {

    final Grid<MilestoneRow> grid = new Grid<>();
    final Button create = new Button();
    private final transient GroupWorkService work;
    private final GroupDetails details;
    private final Runnable reload;

    MilestonesSection(GroupWorkService work, GroupDetails details, Runnable reload) {
        this.work = work;
        this.details = details;
        this.reload = reload;
        setPadding(false);
        boolean manage = details.rights().manage();

        grid.setAriaLabel(getTranslation("group.section.milestones"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MilestoneRow::title).setHeader(getTranslation("work.title")).setFlexGrow(1);
        grid.addColumn(m -> GroupTexts.date(this, m.dueOn())).setHeader(getTranslation("work.due")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(m -> GroupTexts.state(this, m.done(), m.doneOn(), m.overdue())))
                .setHeader(getTranslation("work.state")).setAutoWidth(true);
        if (manage) {
            grid.addColumn(new ComponentRenderer<>(m -> {
                Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> open(m));
                edit.setAriaLabel(getTranslation("milestone.edit.of", m.title()));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button toggle = new Button(getTranslation(m.done() ? "milestone.reopen" : "milestone.done"), e -> {
                    if (GroupTexts.attempt(this, () -> work.setMilestoneDone(m.id(), m.version(), !m.done()))) {
                        reload.run();
                    }
                });
                toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return new HorizontalLayout(edit, toggle);
            })).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            create.setText(getTranslation("milestone.new"));
            create.setIcon(new Icon(VaadinIcon.PLUS));
            create.addClickListener(e -> open(null));
            add(create);
        }
        grid.setItems(work.milestones(details.summary().id()));
        grid.setEmptyStateText(getTranslation("milestones.empty"));
        add(grid);
    }

    /** Adds a milestone, or edits the one given. */
    void open(MilestoneRow existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "milestone.new" : "milestone.edit"));
        TextField title = new TextField(getTranslation("work.title"));
        title.setMaxLength(GroupWorkService.MILESTONE_TITLE_MAX);
        DatePicker due = new DatePicker(getTranslation("work.due"));
        ComponentTexts.localize(due);
        due.setHelperText(getTranslation("work.due.helper", GroupTexts.date(this, details.topicEndsOn())));
        if (existing != null) {
            title.setValue(existing.title());
            due.setValue(existing.dueOn());
        }
        FormLayout form = new FormLayout(title, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            long group = details.summary().id();
            if (GroupTexts.attempt(this, () -> {
                if (existing == null) {
                    work.addMilestone(group, title.getValue(), due.getValue());
                } else {
                    work.updateMilestone(existing.id(), existing.version(), title.getValue(), due.getValue());
                }
            }, Map.of("title", title, "dueOn", due))) {
                Toasts.success(getTranslation("milestone.saved", title.getValue()));
                dialog.close();
                reload.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
