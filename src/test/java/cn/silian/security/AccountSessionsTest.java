package cn.silian.security;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** Ending an account's sessions: all of them, the asking request's own excepted, nobody else's. */
class AccountSessionsTest {

    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final AccountSessions sessions = new AccountSessions(registry);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void everySessionOfTheAccountEndsAndOthersLiveOn() {
        MockHttpSession desk = open("npc");
        MockHttpSession phone = open("npc");
        MockHttpSession colleague = open("office");

        assertThat(sessions.endSessionsOf("npc")).isEqualTo(2);

        assertThat(desk.isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(colleague.isInvalid()).isFalse();
        assertThat(registry.getSessionInformation(desk.getId())).isNull();
        assertThat(registry.getSessionInformation(colleague.getId())).isNotNull();
    }

    @Test
    void theSessionThatAsksStays() {
        MockHttpSession here = open("npc");
        MockHttpSession elsewhere = open("npc");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(sessions.endSessionsOf("npc")).isEqualTo(1);

        assertThat(here.isInvalid()).isFalse();
        assertThat(elsewhere.isInvalid()).isTrue();
    }

    @Test
    void aSessionWhoseIdChangedIsStillFound() {
        MockHttpSession session = open("npc");
        String old = session.getId();
        String fresh = session.changeSessionId();
        sessions.sessionIdChanged(new HttpSessionEvent(session), old);
        registry.removeSessionInformation(old);
        registry.registerNewSession(fresh, user("npc"));

        sessions.endSessionsOf("npc");

        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession open(String username) {
        MockHttpSession session = new MockHttpSession();
        sessions.sessionCreated(new HttpSessionEvent(session));
        registry.registerNewSession(session.getId(), user(username));
        return session;
    }

    private static SilianUser user(String username) {
        return new SilianUser(1L, username, "x", true, username, Role.OFFICE, null, null);
    }
}
