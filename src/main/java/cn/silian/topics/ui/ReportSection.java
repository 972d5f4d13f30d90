package cn.silian.topics.ui;

import cn.silian.shared.Formats;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupWorkService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;

/** The group's research report: its leader and the office write it, members read it. */
class ReportSection extends VerticalLayout {

    final TextArea text = new TextArea();
    final Button save = new Button();
    final Paragraph saved = new Paragraph();

    ReportSection(GroupWorkService work, GroupDetails details, Runnable reload) {
        setPadding(false);
        boolean manage = details.rights().manage();
        text.setLabel(getTranslation("report.text"));
        text.setMaxLength(GroupWorkService.REPORT_MAX);
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setValue(details.report() == null ? "" : details.report());
        text.setReadOnly(!manage);
        saved.setText(details.reportUpdatedAt() == null ? getTranslation("report.never")
                : getTranslation("report.saved-by", PersonNames.name(this, details.reportUpdatedBy()),
                        Formats.dateTimeShort(details.reportUpdatedAt())));
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(manage);
        save.addClickListener(e -> {
            if (GroupTexts.attempt(this, () -> work.saveReport(details.summary().id(), details.version(), text.getValue()),
                    Map.of("report", text))) {
                Toasts.success(getTranslation("report.saved"));
                reload.run();
            }
        });
        add(text, saved, save);
    }
}
