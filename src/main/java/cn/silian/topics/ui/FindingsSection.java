package cn.silian.topics.ui;

import cn.silian.shared.Formats;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.FindingRow;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupWorkService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.Map;

/** What the group found; any member records a finding, the leader or the office turns one into a draft suggestion. */
class FindingsSection extends VerticalLayout {

    final Grid<FindingRow> grid = new Grid<>();
    final Button create = new Button();
    private final transient GroupWorkService work;
    private final GroupDetails details;
    private final Runnable reload;

    FindingsSection(GroupWorkService work, GroupDetails details, Runnable reload) {
        this.work = work;
        this.details = details;
        this.reload = reload;
        setPadding(false);
        create.setText(getTranslation("finding.new"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addClickListener(e -> open());

        grid.setAriaLabel(getTranslation("group.section.findings"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(FindingRow::title).setHeader(getTranslation("work.title")).setAutoWidth(true);
        grid.addColumn(FindingRow::body).setHeader(getTranslation("finding.body")).setFlexGrow(2);
        grid.addColumn(f -> getTranslation("finding.by", PersonNames.name(this, f.author()), Formats.dateTimeShort(f.createdAt())))
                .setHeader(getTranslation("finding.author")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(f -> {
            if (f.suggestionId() != null) {
                // The real suggestion drafted from it (the opinions module's route, by address only).
                Anchor link = new Anchor("suggestions/" + f.suggestionId(), getTranslation("opinion.link.suggestion"));
                link.addClassName("finding-suggestion");
                return link;
            }
            if (f.suggestion()) {
                Span badge = new Span(getTranslation("finding.suggestion"));
                badge.getElement().getThemeList().add("badge success");
                return badge;
            }
            Button mark = new Button(getTranslation("finding.mark"), e -> {
                if (GroupTexts.attempt(this, () -> work.markSuggestion(f.id(), f.version()))) {
                    Toasts.success(getTranslation("finding.marked", f.title()));
                    reload.run();
                }
            });
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mark.setVisible(details.rights().manage());
            return mark;
        })).setHeader(getTranslation("finding.suggestion.column")).setAutoWidth(true);
        // Any member may pass what the group heard on as a public opinion; the opinions form
        // reads the finding through this module's service and checks his right again.
        grid.addColumn(new ComponentRenderer<>(f -> new Anchor("opinions/new/finding/" + f.id(),
                getTranslation("opinion.link.make")))).setHeader(getTranslation("opinion.link.column")).setAutoWidth(true);
        grid.setItems(work.findings(details.summary().id()));
        grid.setEmptyStateText(getTranslation("findings.empty"));
        add(create, grid);
    }

    void open() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("finding.new"));
        TextField title = new TextField(getTranslation("work.title"));
        title.setMaxLength(GroupWorkService.FINDING_TITLE_MAX);
        TextArea body = new TextArea(getTranslation("finding.body"));
        body.setMaxLength(GroupWorkService.FINDING_MAX);
        FormLayout form = new FormLayout(title, body);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (GroupTexts.attempt(this, () -> work.addFinding(details.summary().id(), title.getValue(), body.getValue()),
                    Map.of("title", title, "body", body))) {
                Toasts.success(getTranslation("finding.saved", title.getValue()));
                dialog.close();
                reload.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
