package cn.silian.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Signs the session in fully once its second factor is proven: the authentication with the
 * account's roles replaces the pending one in the security context and in the HTTP session, and
 * the session gets a new id, as at the password step.
 */
final class SessionSignIn {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {
    }

    static void complete(Authentication full) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            HttpServletRequest http = request.getHttpServletRequest();
            if (http.getSession(false) != null) {
                try {
                    http.changeSessionId();
                } catch (UnsupportedOperationException mockRequest) {
                    // Only the browserless tests' mock request cannot; every servlet container can.
                }
            }
            REPOSITORY.saveContext(context, http, response.getHttpServletResponse());
        }
    }

    /** Ends a pending sign-in: the session keeps nothing of it and is anonymous again. */
    static void abandon() {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.clearContext();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            REPOSITORY.saveContext(empty, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    /** A fresh page at home: the layout and menu are built anew for the signed-in user. */
    static void goHome(UI ui) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String contextPath = request == null ? "" : request.getContextPath();
        ui.getPage().setLocation(contextPath + "/");
    }
}
