package cn.silian.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The absolute lifetime of a session: however busy, a session ends this long after its user
 * signed in (or after it began, for one that never signed in), and the next request starts
 * afresh at the sign-in page. The idle time-out alone would let a tab that is in use stay
 * signed in for ever.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    /** When the session's user signed in, in epoch milliseconds; set again at every sign-in. */
    static final String STARTED = SessionLifetimeFilter.class.getName() + ".started";

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            long now = clock.millis();
            Object started = session.getAttribute(STARTED);
            if (started instanceof Long since) {
                if (now - since > lifetime.toMillis()) {
                    // The rest of the chain sees no session: a page goes to the sign-in page,
                    // and Vaadin answers a UIDL request with "session expired", which reloads the tab.
                    session.invalidate();
                }
            } else {
                session.setAttribute(STARTED, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** At sign-in the lifetime starts again: the time on the sign-in page does not count against it. */
    static void signedIn(HttpSession session, Clock clock) {
        session.setAttribute(STARTED, clock.millis());
    }
}
