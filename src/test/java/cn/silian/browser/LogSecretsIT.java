package cn.silian.browser;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret in the log: a failed and a real sign-in through the running server and a tab, with
 * every log line captured; neither password nor any session id the client held is in them at
 * the levels Silian logs at. With Spring Security at DEBUG, neither password nor the session id
 * of the signed-in session is (the id the sign-in page had is named where it is changed, when it
 * has just stopped being worth anything).
 */
class LogSecretsIT extends BrowserTestBase {

    private static final String WRONG_PASSWORD = "Wr0ng-Secret-Passw0rd";

    @Test
    void aSignInLogsNeitherThePasswordNorTheSessionId() {
        Captured log = capture(null, this::signInAndOut);
        assertThat(log.lines).as("the capture works").anyMatch(l -> l.contains("canary"));
        log.assertClean(true);
    }

    @Test
    void norDoesItWithSpringSecurityAtDebug() {
        Captured log = capture("org.springframework.security", this::signInAndOut);
        assertThat(log.lines).as("DEBUG was on").anyMatch(l -> l.startsWith("DEBUG org.springframework.security"));
        log.assertClean(false);
    }

    /** Signs in and uses a tab; the session ids the client held, the one it signed in with last. */
    private List<String> signInAndOut() {
        Set<String> sessionIds = new LinkedHashSet<>();
        LoggerFactory.getLogger(LogSecretsIT.class).info("canary");
        RawClient browser = new RawClient(port, application);
        String token = browser.loginToken();
        sessionIds.add(browser.sessionId());
        browser.postLogin("office", WRONG_PASSWORD, token);
        sessionIds.add(browser.sessionId());
        browser.signIn("office");
        RawClient.Tab tab = browser.open("");
        tab.send(List.of());
        sessionIds.remove(browser.sessionId());
        sessionIds.remove(null);
        List<String> ids = new ArrayList<>(sessionIds);
        ids.add(browser.sessionId());
        return ids;
    }

    private Captured capture(String debugLogger, java.util.function.Supplier<List<String>> work) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        Logger debug = debugLogger == null ? null : context.getLogger(debugLogger);
        Level before = debug == null ? null : debug.getLevel();
        if (debug != null) {
            debug.setLevel(Level.DEBUG);
        }
        List<String> sessionIds;
        try {
            sessionIds = work.get();
        } finally {
            if (debug != null) {
                debug.setLevel(before);
            }
            root.detachAppender(appender);
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
            if (event.getThrowableProxy() != null) {
                line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
            }
            lines.add(line);
        }
        return new Captured(lines, sessionIds);
    }

    /** The log lines, and the session ids of the client, the signed-in session's last. */
    private record Captured(List<String> lines, List<String> sessionIds) {
        void assertClean(boolean everySessionId) {
            assertThat(sessionIds).as("the client held a session before and after signing in").hasSizeGreaterThan(1);
            List<String> secret = everySessionId ? sessionIds : List.of(sessionIds.getLast());
            for (String line : lines) {
                assertThat(line).doesNotContain(PASSWORD).doesNotContain(WRONG_PASSWORD);
                for (String id : secret) {
                    assertThat(line).as("session id in the log").doesNotContain(id);
                }
            }
        }
    }
}
