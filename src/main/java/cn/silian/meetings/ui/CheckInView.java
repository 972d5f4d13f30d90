package cn.silian.meetings.ui;

import cn.silian.meetings.InvitationService;
import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingService;
import cn.silian.security.Roles;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A deputy checks himself in with the code shown in the meeting room. The room's QR code opens
 * this page with the code filled in, so one tap checks him in.
 */
@Route("meetings/check-in")
@RolesAllowed(Roles.DEPUTY)
public class CheckInView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    final TextField code = new TextField();
    final Button checkIn = new Button();
    final Div result = new Div();

    private final transient InvitationService invitations;
    private final transient MeetingService meetings;

    CheckInView(InvitationService invitations, MeetingService meetings) {
        this.invitations = invitations;
        this.meetings = meetings;
        addClassName("check-in-view");
        setMaxWidth("40em");

        code.setLabel(getTranslation("meeting.check-in.code"));
        code.setHelperText(getTranslation("meeting.check-in.code.helper"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setRequiredIndicatorVisible(true);
        code.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        checkIn.setText(getTranslation("meeting.check-in.do"));
        checkIn.setIcon(new Icon(VaadinIcon.CHECK));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.addClickListener(e -> checkIn());
        checkIn.addClickShortcut(Key.ENTER);
        FlexLayout form = new FlexLayout(code, checkIn);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        result.addClassName("check-in-result");
        result.getElement().setAttribute("role", "status");

        add(new H2(getTranslation("meeting.check-in.title")), new Paragraph(getTranslation("meeting.check-in.intro")), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        if (!given.isEmpty() && given.getFirst() != null) {
            String value = given.getFirst().strip();
            // only digits reach the field: the address is typed or scanned, not trusted
            code.setValue(value.length() > 6 || !value.chars().allMatch(Character::isDigit) ? "" : value);
        }
    }

    void checkIn() {
        result.removeAll();
        String value = code.getValue() == null ? "" : code.getValue().strip();
        if (!SIX_DIGITS.matcher(value).matches()) {
            code.setErrorMessage(getTranslation("meeting.check-in.code.format"));
            code.setInvalid(true);
            return;
        }
        code.setInvalid(false);
        try {
            long id = invitations.checkInWithCode(value);
            String title;
            try {
                MeetingDetails meeting = meetings.get(id);
                title = meeting.summary().title();
            } catch (NotFoundException e) {
                title = "";
            }
            Paragraph done = new Paragraph(getTranslation("meeting.check-in.success", title));
            done.addClassName("success");
            result.add(done, new Anchor("meetings/" + id, getTranslation("meeting.check-in.open", title)));
        } catch (InvalidInputException e) {
            String message = e.problems().stream().map(p -> getTranslation(p.messageKey(), p.args())).distinct()
                    .reduce((a, b) -> a + " " + b).orElse("");
            code.setErrorMessage(message);
            code.setInvalid(true);
            Paragraph failed = new Paragraph(message);
            failed.addClassName("error");
            result.add(failed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.check-in.title") + " · " + getTranslation("app.name");
    }
}
