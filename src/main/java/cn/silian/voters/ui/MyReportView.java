package cn.silian.voters.ui;

import cn.silian.security.Roles;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.Toasts;
import cn.silian.voters.ReportDetails;
import cn.silian.voters.ReportForm;
import cn.silian.voters.VotersReportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** A deputy's own report to voters: the draft from his year's record to edit, submit, and his result once published. */
@Route("voters/mine")
@Menu(order = 18, title = "voters.mine.nav", icon = "vaadin:megaphone")
@RolesAllowed(Roles.DEPUTY)
public class MyReportView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph info = new Paragraph();
    final Paragraph result = new Paragraph();
    final TextArea body = new TextArea();
    final Button save = new Button();
    final Button submit = new Button();
    private final transient VotersReportService reports;
    private ReportDetails report;

    MyReportView(VotersReportService reports) {
        this.reports = reports;
        addClassName("voters-my-report-view");
        body.setLabel(getTranslation("voters.mine.body"));
        body.setMaxLength(VotersReportService.BODY_MAX);
        body.setWidthFull();
        body.setMinHeight("20em");
        save.setText(getTranslation("common.save"));
        save.addClickListener(e -> save());
        submit.setText(getTranslation("voters.mine.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        FlexLayout buttons = new FlexLayout(save, submit);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("voters.mine.title")), info, result, body, buttons);
        reload();
    }

    void reload() {
        report = reports.mine(getLocale()).orElse(null);
        boolean has = report != null;
        body.setVisible(has);
        save.setVisible(has && !report.submitted());
        submit.setVisible(has && !report.submitted());
        result.setVisible(has && report.published());
        if (!has) {
            info.setText(getTranslation("voters.mine.none"));
            return;
        }
        String form = getTranslation(report.form().messageKey());
        info.setText(report.submitted() ? getTranslation("voters.mine.submitted", String.valueOf(report.year()), form)
                : report.form() == ReportForm.ORAL
                ? getTranslation("voters.mine.oral", String.valueOf(report.year()),
                VotersTexts.meeting(this, report.meetingAt(), report.meetingPlace()))
                : getTranslation("voters.mine.written", String.valueOf(report.year())));
        if (report.published()) {
            result.setText(getTranslation("voters.mine.result", VotersTexts.result(this, report.tally())));
        }
        body.setValue(report.body());
        body.setReadOnly(report.submitted());
    }

    void save() {
        act(() -> reports.save(report.id(), report.version(), body.getValue()), "voters.mine.saved");
    }

    void submit() {
        act(() -> reports.submit(report.id(), report.version(), body.getValue()), "voters.mine.submitted-done");
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Toasts.success(getTranslation(success));
            reload();
        } catch (InvalidInputException ex) {
            Toasts.error(Problems.show(this, ex, Map.of("body", body)));
        } catch (ConcurrentEditException ex) {
            Toasts.error(getTranslation("error.concurrent-edit"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("voters.mine.title") + " · " + getTranslation("app.name");
    }
}
