package cn.silian.security.ui;

import cn.silian.security.SecondFactorLockedException;
import cn.silian.security.SecondFactorService;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.Problems;
import cn.silian.shared.ui.QrCodes;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Enrolment in the second factor: the QR code of a new secret and the secret as text for typing
 * in, then one code from the app to prove it works; then the recovery codes, shown this once.
 */
class EnrolmentPanel extends VerticalLayout {

    private static final int QR_PIXELS = 240;

    final Span secret = new Span();
    final Image qr;
    final TextField code = new TextField();
    final Button confirm = new Button();
    final UnorderedList recoveryCodes = new UnorderedList();

    EnrolmentPanel(SecondFactorService service, Consumer<EnrolmentPanel> confirmed, Runnable locked) {
        addClassName("second-factor-enrolment");
        setPadding(false);
        SecondFactorService.Enrolment enrolment = service.startEnrolment();
        byte[] png = QrCodes.png(enrolment.uri(), QR_PIXELS);
        qr = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(png),
                "second-factor.png", "image/png", png.length)), getTranslation("second-factor.enrol.qr.alt"));
        qr.setWidth(QR_PIXELS + "px");
        qr.setHeight(QR_PIXELS + "px");
        secret.setText(grouped(enrolment.secret()));
        secret.addClassName("second-factor-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");

        code.setLabel(getTranslation("second-factor.code"));
        code.addClassName("second-factor-enrol-code");
        code.setHelperText(getTranslation("second-factor.enrol.code.helper"));
        code.setMaxLength(12);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        confirm.setText(getTranslation("second-factor.enrol.confirm"));
        confirm.addClassName("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> {
            try {
                List<String> codes = service.confirmEnrolment(code.getValue());
                showRecoveryCodes(codes);
                confirmed.accept(this);
            } catch (InvalidInputException problem) {
                Problems.show(this, problem, Map.of("code", code));
                code.clear();
            } catch (SecondFactorLockedException spent) {
                locked.run();
            }
        });
        add(new Paragraph(getTranslation("second-factor.enrol.intro")), qr,
                new Paragraph(getTranslation("second-factor.enrol.manual")), secret, code, confirm);
    }

    void showRecoveryCodes(List<String> codes) {
        removeAll();
        recoveryCodes.addClassName("recovery-codes");
        recoveryCodes.getStyle().set("font-family", "monospace");
        codes.forEach(c -> recoveryCodes.add(new ListItem(c)));
        add(new Paragraph(getTranslation("second-factor.enrol.done")),
                new Paragraph(getTranslation("second-factor.recovery.intro")), recoveryCodes);
    }

    /** The secret in groups of four, easier to type from the screen; apps ignore the spaces. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
