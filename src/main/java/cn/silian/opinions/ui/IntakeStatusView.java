package cn.silian.opinions.ui;

import cn.silian.opinions.IntakeService;
import cn.silian.opinions.PublicStatus;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.ui.LanguageSwitch;
import cn.silian.shared.ui.Problems;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;
import java.util.Optional;

/**
 * The public status page: a receipt code shows the status and the public answer of what was
 * sent with it, and nothing else; a code that matches nothing shows a plain "not found".
 */
@Route(value = "intake/status", autoLayout = false)
@AnonymousAllowed
public class IntakeStatusView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button look = new Button();
    final Div result = new Div();
    private final transient IntakeService intake;
    private String client;

    IntakeStatusView(IntakeService intake) {
        this.intake = intake;
        addClassName("intake-status-view");
        getStyle().set("max-width", "28em").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("display", "block");
        code.setLabel(getTranslation("intake.code"));
        code.setMaxLength(20);
        code.setWidthFull();
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        look.setText(getTranslation("intake.look"));
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        look.setWidthFull();
        look.addClickListener(e -> look());
        look.addClickShortcut(Key.ENTER);
        result.addClassName("intake-status-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        Div top = new Div(new LanguageSwitch());
        top.getStyle().set("display", "flex").set("justify-content", "flex-end");
        add(top, new H1(getTranslation("intake.status.title")), new Paragraph(getTranslation("intake.status.intro")),
                code, look, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        client = IntakeAddress.client();
    }

    void look() {
        result.removeAll();
        code.setInvalid(false);
        try {
            Optional<PublicStatus> status = intake.status(code.getValue(), client == null ? IntakeAddress.client() : client);
            if (status.isEmpty()) {
                result.add(new Paragraph(getTranslation("intake.status.not-found")));
                return;
            }
            PublicStatus s = status.get();
            result.add(new H2(getTranslation(s.statusKey())),
                    new Paragraph(getTranslation("intake.status.sent-on", s.sentOn().toString())));
            if (s.publicAnswer() != null) {
                Paragraph answer = new Paragraph(s.publicAnswer());
                answer.addClassName("intake-public-answer");
                answer.getStyle().set("white-space", "pre-wrap");
                result.add(new Paragraph(getTranslation("intake.status.answer")), answer);
            }
        } catch (InvalidInputException e) {
            result.add(new Paragraph(Problems.show(this, e, Map.of("code", code))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.status.title") + " · " + getTranslation("app.name");
    }
}
