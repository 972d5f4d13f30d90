package cn.silian.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * What a page shows when opening it fails unexpectedly (a malformed id in the address, a defect):
 * a plain message in the user's language and a reference, never the exception. The reference is
 * logged with the stack trace, so an administrator can find what happened. Replaces Vaadin's
 * default, which shows the exception and its cause (and, in development, the stack trace).
 */
@AnonymousAllowed
public class ErrorView extends InternalServerError {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = reference();
        log.error("Error opening /{} [{}]", event.getLocation().getPath(), reference, parameter.getCaughtException());
        getElement().removeAllChildren();
        getElement().appendChild(new H2(getTranslation("error.page.title")).getElement(),
                new Paragraph(getTranslation("error.unexpected", reference)).getElement(),
                new Anchor("", getTranslation("nav.home")).getElement());
        getElement().getClassList().add("error-view");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Short enough to read out on the phone, unique enough to find in a day's log. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
