package cn.silian.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that names no page, or a page Vaadin will not say exists: the same plain message
 * as a record that is not there. Vaadin's default repeats the address and, in development mode,
 * lists every route of the application, which tells a visitor what there is to try.
 */
@AnonymousAllowed
public class RouteNotFound extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().appendChild(new H2(getTranslation("error.not-found")).getElement(),
                new Paragraph(getTranslation("error.not-found.hint")).getElement(),
                new Anchor("", getTranslation("nav.home")).getElement());
        getElement().getClassList().add("error-view");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
