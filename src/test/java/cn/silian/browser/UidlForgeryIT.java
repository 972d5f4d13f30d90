package cn.silian.browser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged UIDL requests against the running server, aimed at the sign-out button of the main
 * layout (a click on it that runs is seen at once: the session ends). Each test ends with the
 * genuine click, which does sign out: the refusals before it are the server's doing, not a
 * malformed message.
 */
class UidlForgeryIT extends BrowserTestBase {

    private static final Predicate<Component> SIGN_OUT = c -> c instanceof Button b && b.hasClassName("logout");


    @Test
    void aUidlRequestWithAWrongSecurityKeyIsRejectedAndChangesNothing() {
        RawClient browser = new RawClient(port, application);
        browser.signIn("street02");
        RawClient.Tab tab = browser.open("");
        int signOut = new ServerSessions(application).change(browser.sessionId(), tab.uiId, SIGN_OUT, c -> { });

        // Vaadin answers a message with a wrong key, or none, with an error and no change at all.
        tab.send(List.of(RawClient.click(signOut, RawClient.NODES)), "forged-" + tab.csrfToken);
        assertThat(tab.last.path("meta").has("appError")).as(tab.lastBody).isTrue();
        assertThat(tab.last.path("changes").isEmpty()).as(tab.lastBody).isTrue();
        tab.send(List.of(RawClient.click(signOut, RawClient.NODES)), null);
        assertThat(tab.last.path("meta").has("appError")).as(tab.lastBody).isTrue();
        assertThat(tab.last.path("changes").isEmpty()).as(tab.lastBody).isTrue();
        assertThat(browser.signedIn()).as("the forged clicks ran nothing").isTrue();

        tab.click(signOut);
        assertThat(browser.signedIn()).as("the genuine click signs out").isFalse();
    }

    @Test
    void anEventSentToADisabledOrHiddenButtonRunsNothing() {
        RawClient browser = new RawClient(port, application);
        browser.signIn("street02");
        RawClient.Tab tab = browser.open("");
        ServerSessions server = new ServerSessions(application);

        // As a view disables a button: the browser greys it out, a script sends the click anyway.
        int signOut = server.change(browser.sessionId(), tab.uiId, SIGN_OUT, c -> ((Button) c).setEnabled(false));
        tab.send(List.of());
        tab.click(signOut);
        assertThat(browser.signedIn()).as("a click on the disabled button ran nothing").isTrue();

        server.change(browser.sessionId(), tab.uiId, SIGN_OUT, c -> {
            ((Button) c).setEnabled(true);
            c.setVisible(false);
        });
        tab.send(List.of());
        tab.click(signOut);
        assertThat(browser.signedIn()).as("a click on the hidden button ran nothing").isTrue();

        server.change(browser.sessionId(), tab.uiId, SIGN_OUT, c -> c.setVisible(true));
        tab.send(List.of());
        tab.click(signOut);
        assertThat(browser.signedIn()).as("the same click on the usable button signs out").isFalse();
    }
}
