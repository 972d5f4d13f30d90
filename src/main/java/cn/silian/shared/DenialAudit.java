package cn.silian.shared;

import com.vaadin.flow.server.VaadinService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records in the audit trail that a signed-in user was refused: a page his role may not open, a
 * record a service refused him while a page opened, or an action refused on a page. Someone
 * probing addresses or crafted requests leaves these lines; a visitor not signed in goes to the
 * login page instead and is not recorded here.
 */
@Component
public class DenialAudit {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DenialAudit.class);
    public static final String TYPE = "Access";
    private static final int PATH_MAX = 200;

    private final ApplicationEventPublisher events;

    DenialAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A page refused (by role or by the service behind it); {@code path} is the address asked for. */
    public void pageDenied(String path) {
        publish("audit.access.page-denied", path);
    }

    /** An action on a page refused by a service; {@code path} is the page's address. */
    public void actionDenied(String path) {
        publish("audit.access.action-denied", path);
    }

    /** For code that Spring does not build, such as the session's error handler. */
    public static void actionDeniedHere(String path) {
        VaadinService service = VaadinService.getCurrent();
        try {
            if (service != null) {
                service.getInstantiator().getOrCreate(DenialAudit.class).actionDenied(path);
            }
        } catch (RuntimeException e) {
            // The refusal itself must still reach the user.
            log.warn("Could not record a refused action in the audit trail", e);
        }
    }

    private void publish(String key, String path) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        String where = path == null ? "" : path.length() > PATH_MAX ? path.substring(0, PATH_MAX) + "…" : path;
        String actor = auth.getName().length() > 50 ? auth.getName().substring(0, 50) : auth.getName();
        events.publishEvent(new AuditEvent(actor, AuditEvent.Action.DENIED, TYPE, null,
                Message.of(key, "/" + where), null, null));
    }
}
