package cn.silian.browser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The server's side of a raw client's session, looked up in the running Tomcat: for tests that
 * change a live UI (disable a button) the way a view would, then speak to it over HTTP.
 */
final class ServerSessions {

    private final Context context;

    ServerSessions(WebServerApplicationContext application) {
        Container[] contexts = ((TomcatWebServer) application.getWebServer()).getTomcat().getHost().findChildren();
        this.context = (Context) contexts[0];
    }

    /** The live HTTP session with this id, if Tomcat still holds it. */
    Optional<HttpSession> find(String sessionId) {
        try {
            Session session = sessionId == null ? null : context.getManager().findSession(sessionId);
            return session == null || !session.isValid() ? Optional.empty() : Optional.of(session.getSession());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs this on the tab's UI under its session's lock and returns the node id of the first
     * component of the UI that matches, after {@code change} has been applied to it.
     */
    int change(String sessionId, int uiId, Predicate<Component> which, java.util.function.Consumer<Component> change) {
        HttpSession http = find(sessionId).orElseThrow();
        VaadinSession vaadin = VaadinSession.getAllSessions(http).iterator().next();
        AtomicReference<Integer> node = new AtomicReference<>();
        vaadin.accessSynchronously(() -> {
            UI ui = vaadin.getUIById(uiId);
            Component found = find(ui, which).orElseThrow(() -> new AssertionError("no such component in the UI: "
                    + ui.getInternals().getActiveRouterTargetsChain()));
            change.accept(found);
            node.set(found.getElement().getNode().getId());
        });
        return node.get();
    }

    /** Depth first through the component tree (the UI's own children are its route's layout chain). */
    private static Optional<Component> find(Component component, Predicate<Component> which) {
        if (which.test(component)) {
            return Optional.of(component);
        }
        for (Component child : component.getChildren().toList()) {
            Optional<Component> found = find(child, which);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
