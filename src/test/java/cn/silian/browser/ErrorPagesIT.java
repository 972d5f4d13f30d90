package cn.silian.browser;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers of the running server, read raw: no exception, cause, stack trace or route list,
 * neither in Vaadin's views nor in Spring's error page and JSON.
 */
class ErrorPagesIT extends BrowserTestBase {

    private static final Pattern REFERENCE = Pattern.compile("编号 [0-9a-f]{8}");

    @Test
    void aMalformedIdInAnAddressShowsAPlainMessageAndAReference() {
        RawClient deputy = new RawClient(port, application);
        // a deputy: no second factor to pass, and these pages are the same for every role
        deputy.signIn("deputy");
        RawClient.Tab tab = deputy.open("deputies/99999999999999999999");

        assertThat(tab.lastBody).contains("出现错误").containsPattern(REFERENCE)
                .doesNotContain("Exception").doesNotContain("For input string").doesNotContain("at cn.silian");
    }

    @Test
    void anUnknownAddressListsNoRoutes() {
        RawClient deputy = new RawClient(port, application);
        // a deputy: no second factor to pass, and these pages are the same for every role
        deputy.signIn("deputy");
        RawClient.Tab tab = deputy.open("no/such/page");

        assertThat(tab.lastBody).contains("未找到").doesNotContain("deputies/:id").doesNotContain("accounts/")
                .doesNotContain("Could not navigate").doesNotContain("no/such/page");
    }

    @Test
    void springsErrorAnswersShowNoExceptionOrMessage() {
        RawClient deputy = new RawClient(port, application);
        // a deputy: no second factor to pass, and these pages are the same for every role
        deputy.signIn("deputy");
        // a path variable that is no number: Spring MVC fails to convert it and answers through /error
        for (String accept : new String[] {"application/json", "text/html"}) {
            HttpResponse<String> error = deputy.get("/files/not-a-number/1?m=v&e=0&s=x", "Accept", accept);
            // 400 from Spring MVC; the error dispatch it makes to /error is refused (403) before it
            // could render anything: either way, what comes back tells nothing
            assertThat(error.statusCode()).as(error.body()).isBetween(400, 499);
            assertThat(error.body()).doesNotContain("Exception").doesNotContain("Failed to convert")
                    .doesNotContain("not-a-number").doesNotContain("\"trace\"").doesNotContain("at org.");
        }
    }

    @Test
    void traceIsRefusedAndEchoesNothing() {
        RawClient deputy = new RawClient(port, application);
        // a deputy: no second factor to pass, and these pages are the same for every role
        deputy.signIn("deputy");
        for (String path : new String[] {"/", "/login", "/deputies"}) {
            // TRACE would echo the request, its cookies included, to a script that may not read them
            HttpResponse<String> trace = deputy.request("TRACE", path, "X-Probe", "probe-7f3a");
            // refused by the CSRF filter (403) or by Tomcat (405), whichever comes first
            assertThat(trace.statusCode()).as("TRACE %s", path).isIn(403, 405);
            assertThat(trace.body()).doesNotContain("probe-7f3a").doesNotContain("JSESSIONID");
        }
    }
}
