package cn.silian.shared.ui;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.silian.ui.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages say what happened in plain words and give a reference; they never show the
 * exception, its cause or the application's routes.
 */
class ErrorViewsTest extends BrowserlessTestBase {

    private static final Pattern REFERENCE = Pattern.compile("编号 ([0-9a-f]{8})");

    @Test
    void aMalformedIdShowsAPlainMessageAndAReferenceThatTheLogHasWithTheStackTrace() {
        Logger log = (Logger) LoggerFactory.getLogger(ErrorView.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try {
            login("office");
            navigateTo("deputies/99999999999999999999");
        } finally {
            log.detachAppender(appender);
        }

        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("出现错误").doesNotContain("Exception").doesNotContain("99999999999999999999")
                .doesNotContain("For input string");
        Matcher reference = REFERENCE.matcher(text);
        assertThat(reference.find()).as(text).isTrue();
        assertThat(appender.list).anySatisfy(event -> {
            assertThat(event.getFormattedMessage()).contains(reference.group(1));
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }

    @Test
    void anUnknownAddressListsNoRoutes() {
        login("office");
        navigateTo("no/such/page");

        assertThat(getCurrentView()).isInstanceOf(RouteNotFound.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("未找到").doesNotContain("deputies").doesNotContain("accounts")
                .doesNotContain("no/such/page").doesNotContain("Could not navigate");
    }

    @Test
    void aRouteTheRoleMayNotOpenListsNoRoutesEither() {
        login("deputy");
        navigateTo("accounts");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("deputies").doesNotContain("accounts");
    }
}
