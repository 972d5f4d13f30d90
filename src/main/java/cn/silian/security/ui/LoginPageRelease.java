package cn.silian.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Lets go of the sign-in page once its user has signed in. The login form posts outside Vaadin
 * and the browser then loads a new page, so the old page's UI would otherwise stay in the session
 * until its missed heartbeats are noticed, a quarter of an hour later: at a district's morning
 * sign-in, one dead UI for every deputy.
 */
@Component
class LoginPageRelease implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (signedIn()) {
                closeLoginPagesBeside(init.getUI());
            }
        });
    }

    /** Closes the session's other UIs that show the sign-in page; they are removed at the end of the request. */
    static void closeLoginPagesBeside(UI fresh) {
        List<UI> loginPages = fresh.getSession().getUIs().stream()
                .filter(ui -> ui != fresh && showsLoginPage(ui))
                .toList();
        loginPages.forEach(UI::close);
    }

    private static boolean showsLoginPage(UI ui) {
        List<?> chain = ui.getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.get(0) instanceof LoginView;
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
