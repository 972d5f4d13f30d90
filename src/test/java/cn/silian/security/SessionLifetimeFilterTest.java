package cn.silian.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute session lifetime: counted from sign-in, and the session ends once it is over. */
class SessionLifetimeFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12), clock);

    @Test
    void aSessionSignedInLongerAgoThanTheLifetimeEndsAndTheRequestGoesOnWithoutIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionLifetimeFilter.STARTED, NOW.minus(Duration.ofHours(12).plusMinutes(1)).toEpochMilli());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void aYoungerSessionLivesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionLifetimeFilter.STARTED, NOW.minus(Duration.ofHours(11)).toEpochMilli());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);

        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void theLifetimeStartsAtFirstSightAndAgainAtSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getAttribute(SessionLifetimeFilter.STARTED)).isEqualTo(NOW.toEpochMilli());

        // eleven hours on the sign-in page do not count against the signed-in session
        session.setAttribute(SessionLifetimeFilter.STARTED, NOW.minus(Duration.ofHours(13)).toEpochMilli());
        SessionLifetimeFilter.signedIn(session, clock);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }
}
