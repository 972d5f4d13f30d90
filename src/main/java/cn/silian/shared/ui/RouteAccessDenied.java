package cn.silian.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page the signed-in user's role may not open shows the same access-denied page as a record a
 * service refuses him. Vaadin's default shows "could not navigate", as for a mistyped address,
 * which leaves him wondering whether the page is broken. (Anonymous visitors go to the login
 * page before this.)
 */
@AnonymousAllowed
public class RouteAccessDenied extends RouteAccessDeniedError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event,
                                 ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
        event.rerouteToError(new AccessDeniedException(parameter.getCustomMessage()), parameter.getCustomMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
