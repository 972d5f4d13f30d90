package cn.silian.shared.ui;

import cn.silian.shared.DenialAudit;
import cn.silian.shared.ConcurrentEditException;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * The last net under every UI event: a refusal, a conflict or a bad input that a view did not
 * handle still reaches the user as a clear message in his language, never as a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        if (clientWentAway(event.getThrowable())) {
            // Nobody is left to tell, and nothing on the server failed: a tab closed or a phone
            // lost its network in the middle of a response.
            log.debug("Client disconnected during a response", event.getThrowable());
            return;
        }
        Throwable cause = rootOfInterest(event.getThrowable());
        UI ui = UI.getCurrent();
        String message;
        if (cause instanceof AccessDeniedException) {
            DenialAudit.actionDeniedHere(ui == null ? "" : ui.getActiveViewLocation().getPath());
            message = "error.access-denied";
        } else if (cause instanceof ConcurrentEditException) {
            message = "error.concurrent-edit";
        } else if (cause instanceof NotFoundException) {
            message = "error.not-found";
        } else if (cause instanceof InvalidInputException invalid) {
            if (ui != null) {
                ui.access(() -> Toasts.error(invalid.problems().stream()
                        .map(p -> ui.getTranslation(p.messageKey(), p.args())).distinct()
                        .reduce((a, b) -> a + " " + b).orElse("")));
            }
            return;
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error [{}]", reference, event.getThrowable());
            if (ui != null) {
                ui.access(() -> Toasts.error(ui.getTranslation("error.unexpected", reference)));
            }
            return;
        }
        if (ui != null) {
            ui.access(() -> Toasts.error(ui.getTranslation(message)));
        }
    }

    /** The exceptions servlet containers throw when the client closes the connection under a response. */
    private static final Set<String> CLIENT_GONE = Set.of("org.apache.catalina.connector.ClientAbortException",
            "org.eclipse.jetty.io.EofException", "java.io.EOFException", "java.net.SocketException",
            "java.net.SocketTimeoutException");

    static boolean clientWentAway(Throwable t) {
        for (Throwable current = t; current != null; current = current.getCause()) {
            if (CLIENT_GONE.contains(current.getClass().getName())) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    private static Throwable rootOfInterest(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof AccessDeniedException || current instanceof ConcurrentEditException
                    || current instanceof NotFoundException || current instanceof InvalidInputException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
