package cn.silian.opinions.ui;

import cn.silian.opinions.IntakeDraft;
import cn.silian.opinions.IntakeService;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.ui.LanguageSwitch;
import cn.silian.shared.ui.Problems;
import cn.silian.stations.PublicStation;
import cn.silian.stations.ReceptionCategory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;

/**
 * A station's public intake form (您说我听，码上见), opened from the QR code on its notice: anybody,
 * without an account, on a phone. The only anonymous page that writes; the intake service
 * refuses robots, markup and floods, and nothing is stored then. The sender gets a receipt code.
 */
@Route(value = "intake/:stationId(\\d+)", autoLayout = false)
@AnonymousAllowed
public class IntakeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea concern = new TextArea();
    final ComboBox<ReceptionCategory> category = new ComboBox<>();
    final TextField community = new TextField();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    /** The honeypot: a plain input off screen, out of the tab order, hidden from screen readers. */
    final Element website = new Element("input");
    final Button send = new Button();
    final Div result = new Div();
    final Paragraph stationName = new Paragraph();
    final VerticalLayout form = new VerticalLayout();
    private final transient IntakeService intake;
    private long stationId;
    /** The client address, read while the request that opened the page is at hand. */
    private String client;

    IntakeView(IntakeService intake) {
        this.intake = intake;
        addClassName("intake-view");
        getStyle().set("max-width", "28em").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("display", "block");

        concern.setLabel(getTranslation("intake.concern"));
        concern.setRequired(true);
        concern.setMaxLength(IntakeService.CONCERN_MAX);
        concern.setHelperText(getTranslation("intake.concern.helper", IntakeService.CONCERN_MAX));
        concern.setMinHeight("8em");
        concern.setWidthFull();
        category.setLabel(getTranslation("intake.category"));
        category.setItems(ReceptionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setRequired(true);
        category.setWidthFull();
        community.setLabel(getTranslation("intake.community"));
        community.setMaxLength(IntakeService.COMMUNITY_MAX);
        community.setWidthFull();
        name.setLabel(getTranslation("intake.name"));
        name.setMaxLength(IntakeService.NAME_MAX);
        name.setWidthFull();
        phone.setLabel(getTranslation("intake.phone"));
        phone.setMaxLength(20);
        phone.setHelperText(getTranslation("intake.phone.helper"));
        phone.setWidthFull();
        website.setAttribute("type", "text");
        website.setAttribute("name", "website");
        website.setAttribute("tabindex", "-1");
        website.setAttribute("autocomplete", "off");
        website.setAttribute("aria-label", getTranslation("intake.trap"));
        website.addPropertyChangeListener("value", "change", e -> { });
        Div trap = new Div();
        trap.getElement().appendChild(website);
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.addClassName("intake-trap");
        trap.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px").set("height", "1px")
                .set("overflow", "hidden");
        send.setText(getTranslation("intake.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setWidthFull();
        send.addClickListener(e -> send());
        result.addClassName("intake-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        form.setPadding(false);
        form.add(concern, category, community, name, phone, trap, send);

        LanguageSwitch language = new LanguageSwitch();
        Div top = new Div(language);
        top.getStyle().set("display", "flex").set("justify-content", "flex-end");
        Anchor status = new Anchor(IntakeAddress.STATUS, getTranslation("intake.status.link"));
        add(top, new H1(getTranslation("intake.slogan")), stationName, new Paragraph(getTranslation("intake.intro")),
                form, result, new Paragraph(status));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        stationId = event.getRouteParameters().getLong("stationId").orElse(-1L);
        PublicStation station = intake.station(stationId).orElseThrow(() -> new NotFoundException(PublicStation.class.getSimpleName(), stationId));
        stationName.setText(getTranslation("intake.station", station.name()));
        client = IntakeAddress.client();
    }

    void send() {
        IntakeDraft draft = new IntakeDraft(concern.getValue(), category.getValue(), community.getValue(), name.getValue(),
                phone.getValue(), website.getProperty("value", ""));
        result.removeAll();
        result.removeClassNames("intake-refused", "intake-received");
        try {
            String code = intake.submit(stationId, draft, client == null ? IntakeAddress.client() : client);
            Span receipt = new Span(code);
            receipt.addClassName("receipt-code");
            receipt.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-family", "monospace")
                    .set("letter-spacing", "0.1em");
            result.addClassName("intake-received");
            result.add(new Paragraph(getTranslation("intake.received")), receipt,
                    new Paragraph(getTranslation("intake.received.keep")),
                    new Anchor(IntakeAddress.STATUS, getTranslation("intake.status.link")));
            form.setVisible(false);
        } catch (InvalidInputException e) {
            result.addClassName("intake-refused");
            result.add(new Paragraph(Problems.show(this, e, Map.of("concern", concern, "category", category,
                    "community", community, "name", name, "phone", phone))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.title") + " · " + getTranslation("app.name");
    }
}
