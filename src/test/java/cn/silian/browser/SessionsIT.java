package cn.silian.browser;

import cn.silian.TestUsers;
import cn.silian.security.AccountDraft;
import cn.silian.security.AccountService;
import cn.silian.security.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.domain.PageRequest;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions against the running server, with raw HTTP and Vaadin's protocol: the id changes at
 * sign-in, a cross-site sign-in is refused, a change to an account or its sign-out ends all its
 * sessions, the time-outs are set, and the back button after sign-out shows nothing of the app.
 */
class SessionsIT extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Value("${silian.security.session.absolute-timeout}")
    Duration absoluteTimeout;

    @Test
    void signInGivesTheSessionANewIdAndTheOldOneSignsNobodyIn() {
        RawClient browser = new RawClient(port, application);
        String token = browser.loginToken();
        String before = browser.sessionId();
        assertThat(before).isNotNull();

        HttpResponse<String> answer = browser.postLogin("office", PASSWORD, token);
        assertThat(answer.statusCode()).isEqualTo(302);
        String after = browser.sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(browser.signedIn()).isTrue();

        // Whoever planted or read the id before sign-in holds nothing.
        RawClient fixer = new RawClient(port, application);
        HttpCookie planted = new HttpCookie("JSESSIONID", before);
        planted.setPath("/");
        fixer.cookies.getCookieStore().add(URI.create(fixer.base), planted);
        assertThat(fixer.signedIn()).isFalse();
    }

    @Test
    void aCrossSiteSignInPostIsRefusedAndSignsNobodyIn() {
        RawClient victim = new RawClient(port, application);
        // What a page on another site makes the browser send: the form fields, no token.
        HttpResponse<String> forged = victim.postLogin("office", PASSWORD, null,
                "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site");
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("/login")).contains("/login");
        assertThat(victim.signedIn()).isFalse();

        // A token from another session (the attacker's own) is no better.
        String attackersToken = new RawClient(port, application).loginToken();
        victim.loginToken();
        victim.postLogin("office", PASSWORD, attackersToken);
        assertThat(victim.signedIn()).isFalse();

        // The same form with the page's own token signs in: the refusal above was the token's doing.
        victim.signIn("office");
    }

    @Test
    void disablingAnAccountSignsOutEveryOpenSessionOfIt() {
        RawClient first = new RawClient(port, application);
        first.signIn("npc");
        RawClient.Tab tab = first.open("");
        assertThat(tab.sessionExpired()).isFalse();
        RawClient second = new RawClient(port, application);
        second.signIn("npc");

        AccountSummary npc = account("npc");
        TestUsers.as(accounts, "admin", () -> accounts.update(npc.id(), npc.version(), draft(npc, false)));
        try {
            // The open tab's next UIDL request finds its session gone, and so does a page request.
            tab.send(List.of());
            assertThat(tab.sessionExpired()).as(tab.lastBody).isTrue();
            assertThat(first.signedIn()).isFalse();
            assertThat(second.signedIn()).isFalse();
        } finally {
            AccountSummary now = account("npc");
            TestUsers.as(accounts, "admin", () -> accounts.update(now.id(), now.version(), draft(now, true)));
        }
        // Enabled again, the account signs in as before.
        new RawClient(port, application).signIn("npc");
    }

    @Test
    void signingOutEndsEveryOtherSessionOfTheAccountToo() {
        RawClient desk = new RawClient(port, application);
        desk.signIn("street01");
        RawClient phone = new RawClient(port, application);
        phone.signIn("street01");
        RawClient colleague = new RawClient(port, application);
        colleague.signIn("street02");

        RawClient.Tab tab = desk.open("");
        int logout = new ServerSessions(application).change(desk.sessionId(), tab.uiId,
                c -> c instanceof Button b && b.hasClassName("logout"), c -> { });
        tab.click(logout);

        assertThat(desk.signedIn()).isFalse();
        assertThat(phone.signedIn()).isFalse();
        assertThat(colleague.signedIn()).as("another account's session").isTrue();
    }

    @Test
    void idleSessionsCloseDespiteTheHeartbeatAndSessionsHaveAnAbsoluteLifetime() {
        RawClient browser = new RawClient(port, application);
        browser.signIn("office");
        RawClient.Tab tab = browser.open("");
        HttpSession session = new ServerSessions(application).find(browser.sessionId()).orElseThrow();

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        VaadinSession vaadin = VaadinSession.getAllSessions(session).iterator().next();
        DeploymentConfiguration configuration = vaadin.getService().getDeploymentConfiguration();
        // Without it the heartbeat of an open tab would keep the session alive for ever.
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).isLessThan(session.getMaxInactiveInterval());
        assertThat(absoluteTimeout).isEqualTo(Duration.ofHours(12));
        // The lifetime is counted from sign-in (SessionLifetimeFilterTest shows it ends the session).
        Object started = session.getAttribute("cn.silian.security.SessionLifetimeFilter.started");
        assertThat(started).isInstanceOf(Long.class);
        assertThat(System.currentTimeMillis() - (Long) started).isBetween(0L, Duration.ofMinutes(5).toMillis());
        assertThat(tab.sessionExpired()).isFalse();
    }

    @Test
    void theBackButtonAfterSignOutShowsNothingOfTheApp() {
        login("deputy");
        assertThat(page.locator("h2")).hasText("陈志强，您好");

        page.locator("vaadin-button.logout").click();
        page.locator("input[name=username]").waitFor();
        page.goBack();
        page.locator("input[name=username]").waitFor();
        waitForVaadin();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertThat(page.content()).doesNotContain("陈志强");
    }

    private AccountSummary account(String username) {
        return TestUsers.as(accounts, "admin", () -> accounts.page(username, PageRequest.of(0, 20)).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow());
    }

    private static AccountDraft draft(AccountSummary a, boolean enabled) {
        return new AccountDraft(a.username(), a.displayName(), a.role(), a.streetId(), a.deputyId(), a.unitId(), enabled);
    }
}
