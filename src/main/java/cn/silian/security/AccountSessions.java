package cn.silian.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of every account, so that a change to an account (disabled, deleted, another
 * role, a new password) or its sign-out ends them at once rather than when they time out. Spring
 * Security's session registry knows which session ids belong to whom; this keeps the live
 * sessions by id, so that they can be invalidated, not only marked as expired: an invalidated
 * session takes its Vaadin session and UIs with it, and the tab's next request finds itself
 * signed out.
 *
 * <p>Kept in memory, like the sessions themselves: with several nodes, each ends the sessions it
 * holds (sticky sessions, as Vaadin needs anyway).
 */
@Component
class AccountSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry registry;
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every session of this account except the one of the request that asks, so that a user
     * who changes his own password stays signed in where he did it, and an administrator who
     * edits his own account keeps working. Returns how many sessions were ended.
     */
    int endSessionsOf(String username) {
        if (username == null) {
            return 0;
        }
        String current = currentSessionId();
        List<SessionInformation> sessions = new ArrayList<>();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && username.equalsIgnoreCase(user.getUsername())) {
                sessions.addAll(registry.getAllSessions(principal, true));
            }
        }
        int ended = 0;
        for (SessionInformation info : sessions) {
            if (info.getSessionId().equals(current)) {
                continue;
            }
            // Marked first: should the session be in use on another thread right now, the
            // registry's filter refuses its next request even before it is gone.
            info.expireNow();
            HttpSession session = live.remove(info.getSessionId());
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyGone) {
                    // it ended by itself meanwhile
                }
            }
            registry.removeSessionInformation(info.getSessionId());
            ended++;
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {}", ended, username);
        }
        return ended;
    }

    /** Sign-out ends the account's other sessions too: the user leaves, not just this tab. */
    @EventListener
    void on(LogoutSuccessEvent event) {
        endSessionsOf(event.getAuthentication().getName());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        live.remove(oldSessionId);
        live.put(event.getSession().getId(), event.getSession());
    }

    private static String currentSessionId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpSession session = servlet.getRequest().getSession(false);
            if (session != null) {
                try {
                    return session.getId();
                } catch (IllegalStateException invalidated) {
                    return null;
                }
            }
        }
        return null;
    }
}
