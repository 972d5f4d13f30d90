package cn.silian.browser;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on every response of the running server: every route of the route
 * registry (its bootstrap page), as an anonymous visitor and as a signed-in user, and the rest
 * of what the server answers: Vaadin's init and UIDL requests, static resources, scripts,
 * webjars, redirects and errors.
 */
class SecurityHeadersIT extends BrowserTestBase {

    private static final Pattern SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");

    @Autowired
    ServletContext servletContext;

    @Test
    void everyRouteCarriesTheHeadersForAnonymousVisitorsAndSignedInUsers() {
        List<String> paths = routes();
        assertThat(paths).contains("/login", "/", "/deputies/1", "/accounts").hasSizeGreaterThan(30);
        RawClient anonymous = new RawClient(port, application);
        RawClient office = new RawClient(port, application);
        office.signIn("office");
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            check("anonymous " + path, anonymous.get(path, "Accept", "text/html"), true, wrong);
            HttpResponse<String> page = office.get(path, "Accept", "text/html");
            check("office " + path, page, true, wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void vaadinsOwnRequestsStaticResourcesAndErrorsCarryThemToo() {
        RawClient office = new RawClient(port, application);
        List<String> wrong = new ArrayList<>();
        HttpResponse<String> login = office.get("/login", "Accept", "text/html");
        check("login page", login, true, wrong);
        Matcher script = SCRIPT.matcher(login.body());
        assertThat(script.find()).as("the bootstrap names its script").isTrue();
        check("bootstrap script", office.get("/" + script.group(1)), false, wrong);
        check("stylesheet", office.get("/styles/silian.css"), false, wrong);
        check("missing file", office.get("/favicon.ico"), false, wrong);
        check("service worker", office.get("/sw.js"), false, wrong);
        check("health", office.get("/actuator/health"), true, wrong);
        check("cross-site sign-in", office.postLogin("office", PASSWORD, null, "Origin", "http://evil.example"), true, wrong);
        check("failed sign-in", office.postLogin("office", "wrong-password", office.loginToken()), true, wrong);

        office.signIn("office");
        RawClient.Tab tab = office.open("");
        // the init request is the one open() sent; send one more UIDL request and a heartbeat
        check("init", office.get("/?v-r=init&location=&query="), true, wrong);
        tab.send(List.of());
        HttpResponse<String> uidl = office.post("/?v-r=uidl&v-uiId=" + tab.uiId, "application/json; charset=UTF-8",
                "{\"csrfToken\":\"" + tab.csrfToken + "\",\"rpc\":[],\"syncId\":" + tab.syncId + ",\"clientId\":" + tab.clientId + "}");
        // Vaadin answers its POSTs with "no-cache" (which no browser or proxy caches a POST with),
        // replacing Spring's "no-store": checked below for one or the other.
        check("uidl", uidl, false, wrong);
        assertThat(uidl.headers().firstValue("Cache-Control").orElse("")).containsAnyOf("no-store", "no-cache");
        HttpResponse<String> heartbeat = office.post("/?v-r=heartbeat&v-uiId=" + tab.uiId, "text/plain", "");
        check("heartbeat", heartbeat, false, wrong);
        assertThat(heartbeat.headers().firstValue("Cache-Control").orElse("")).containsAnyOf("no-store", "no-cache");
        check("webjar", office.get("/webjars/echarts/5.3.1/dist/echarts.min.js"), false, wrong);
        check("no such page", office.get("/no/such/page", "Accept", "text/html"), true, wrong);
        check("Spring's error page", office.get("/error", "Accept", "text/html"), true, wrong);
        check("Spring's error JSON", office.get("/error", "Accept", "application/json"), true, wrong);
        check("bad calendar feed", office.get("/calendar/feed/no-such-token.ics"), true, wrong);
        assertThat(wrong).isEmpty();
    }

    @Test
    void documentFilesMayBeFramedBySilianOnly() {
        RawClient office = new RawClient(port, application);
        office.signIn("office");
        // a link with a bad signature: refused with a message, and the same headers as a file
        HttpResponse<String> file = office.get("/files/1/1?m=v&e=0&s=forged");
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(file.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(file.headers().allValues("Content-Security-Policy")).containsExactly("frame-ancestors 'self'");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    /** Chromium reports every blocked script, style, image or frame on the console: none may be. */
    @Test
    void vaadinWorksUnderThePolicyWithNothingBlocked() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.navigate(url("login"));
        page.locator("input[name=username]").waitFor();
        login("office");
        for (String route : List.of("", "documents", "deputies", "calendar", "points/office", "statistics")) {
            page.navigate(url(route));
            page.locator("vaadin-app-layout").waitFor();
            waitForVaadin();
        }
        // the dashboards' ECharts (a webjar script, its options set through executeJs) drew its chart
        page.locator(".figure-panel .echart canvas, .figure-panel .echart svg").first().waitFor();
        assertThat(violations).isEmpty();
    }

    private static void check(String what, HttpResponse<String> answer, boolean page, List<String> wrong) {
        Map<String, List<String>> h = answer.headers().map();
        List<String> problems = new ArrayList<>();
        String csp = String.join(",", answer.headers().allValues("Content-Security-Policy"));
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "form-action 'self'")) {
            if (!csp.contains(directive)) {
                problems.add("CSP lacks " + directive);
            }
        }
        if (!answer.headers().allValues("X-Content-Type-Options").equals(List.of("nosniff"))) {
            problems.add("X-Content-Type-Options " + h.get("X-Content-Type-Options"));
        }
        if (!answer.headers().allValues("X-Frame-Options").equals(List.of("DENY"))) {
            problems.add("X-Frame-Options " + h.get("X-Frame-Options"));
        }
        if (!answer.headers().allValues("Referrer-Policy").equals(List.of("same-origin"))) {
            problems.add("Referrer-Policy " + h.get("Referrer-Policy"));
        }
        if (page && !answer.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
            problems.add("Cache-Control " + h.get("Cache-Control"));
        }
        if (!problems.isEmpty()) {
            wrong.add(what + " (" + answer.statusCode() + "): " + String.join("; ", problems));
        }
    }

    /** Every route template in the registry, its parameters filled with 1. */
    private List<String> routes() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        TreeSet<String> paths = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forRegistry(registry).getAvailableRoutes()) {
            paths.add(path(route.getTemplate()));
            route.getRouteAliases().forEach(alias -> paths.add(path(alias.getTemplate())));
        }
        return List.copyOf(paths);
    }

    private static String path(String template) {
        return "/" + String.join("/", java.util.Arrays.stream(template.split("/"))
                .map(segment -> segment.startsWith(":") ? "1" : segment).toList());
    }
}
