package cn.silian.browser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that speaks raw HTTP and Vaadin's protocol to the running server, as an attacker's
 * script would: its own cookie jar, no redirects followed, every request and answer in view.
 * The protocol is the one the load test speaks (loadtest/.../VaadinUi): the bootstrap's
 * {@code ?v-r=init}, then UIDL messages with the UI's security key, syncId and clientId.
 */
final class RawClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final String base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    /** The running server: the second step of a sign-in is finished on its side (see {@link #signIn}). */
    private final org.springframework.boot.web.server.context.WebServerApplicationContext server;

    RawClient(int port, org.springframework.boot.web.server.context.WebServerApplicationContext server) {
        this.server = server;
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A request of any method and no body, headers given as name, value pairs. */
    HttpResponse<String> request(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** The session cookie's value, or null when the server has not set one. */
    String sessionId() {
        return cookies.getCookieStore().get(URI.create(base)).stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The sign-in page's CSRF token (the meta tag vaadin-login-form reads). */
    String loginToken() {
        HttpResponse<String> page = get("/login", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = CSRF_META.matcher(page.body());
        assertThat(m.find()).as("the sign-in page carries a CSRF token").isTrue();
        return m.group(1);
    }

    /** Posts the sign-in form as vaadin-login-form does: user name, password and the page's token. */
    HttpResponse<String> postLogin(String username, String password, String token, String... headers) {
        String form = "username=" + enc(username) + "&password=" + enc(password) + (token == null ? "" : "&_csrf=" + enc(token));
        return post("/login", "application/x-www-form-urlencoded", form, headers);
    }

    /** Signs in through the form, as a browser would, and checks that it worked. */
    void signIn(String username) {
        HttpResponse<String> answer = postLogin(username, BrowserTestBase.PASSWORD, loginToken());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElse("");
        assertThat(location).doesNotContain("error");
        if (BrowserTestBase.SECOND_FACTOR.contains(username)) {
            assertThat(location).endsWith("/login/second-factor");
            secondStep(username);
        } else {
            assertThat(location).doesNotContain("login");
        }
        assertThat(signedIn()).as(username + " is signed in").isTrue();
    }

    /**
     * The code page's step, taken on the server's side: its own protocol is proven by
     * SecondFactorIT in a real browser, and these raw tests are about what comes after. The pending
     * sign-in in the session is handed a code of the demo secret, exactly as the page hands it.
     */
    private void secondStep(String username) {
        jakarta.servlet.http.HttpSession session = new ServerSessions(server).find(sessionId()).orElseThrow();
        String key = org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
        org.springframework.security.core.context.SecurityContext pending =
                (org.springframework.security.core.context.SecurityContext) session.getAttribute(key);
        org.springframework.security.core.context.SecurityContext previous =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(pending);
        try {
            org.springframework.security.core.Authentication full = server.getBean(cn.silian.security.SecondFactorService.class)
                    .verify(BrowserTestBase.nextCode(username));
            org.springframework.security.core.context.SecurityContext signedIn =
                    org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
            signedIn.setAuthentication(full);
            session.setAttribute(key, signedIn);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** The home page opens (200) only for a signed-in session; anyone else is sent to the sign-in page. */
    boolean signedIn() {
        HttpResponse<String> home = get("/", "Accept", "text/html");
        if (home.statusCode() == 200) {
            return true;
        }
        assertThat(home.statusCode()).as("the home page answers 200 or a redirect").isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).contains("/login");
        return false;
    }

    /** Opens a tab at this location: the bootstrap, then the navigation the client sends first. */
    Tab open(String location) {
        Tab tab = new Tab(location);
        HttpResponse<String> init = get("/?v-r=init&location=" + enc(location) + "&query=&v-sh=800&v-sw=1280&v-wh=800"
                + "&v-ww=1280&v-bh=800&v-bw=1280&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0"
                + "&v-dston=false&v-tzid=UTC&v-wn=v-raw&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
                + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false");
        assertThat(init.statusCode()).isEqualTo(200);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        tab.uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        tab.csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
        assertThat(tab.uiId).isNotNegative();
        assertThat(tab.csrfToken).isNotBlank();
        tab.read(uidl);
        ObjectNode data = NODES.objectNode().put("route", "/" + location).put("query", "").put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        ObjectNode navigate = NODES.objectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.set("data", data);
        tab.send(List.of(navigate));
        return tab;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One browser tab's side of the protocol. */
    final class Tab {
        final String location;
        int uiId;
        String csrfToken;
        int syncId;
        int clientId;
        /** The last UIDL answer, as parsed; its HTTP status in {@link #lastStatus}. */
        JsonNode last;
        int lastStatus;
        String lastBody;

        Tab(String location) {
            this.location = location;
        }

        JsonNode send(List<ObjectNode> rpc) {
            return send(rpc, csrfToken);
        }

        /** A UIDL message with this security key (the tab's own, or a forged one). */
        JsonNode send(List<ObjectNode> rpc, String token) {
            ObjectNode message = NODES.objectNode();
            if (token != null) {
                message.put("csrfToken", token);
            }
            ArrayNode calls = message.putArray("rpc");
            rpc.forEach(calls::add);
            message.put("syncId", syncId).put("clientId", clientId);
            HttpResponse<String> answer = post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8",
                    message.toString());
            lastStatus = answer.statusCode();
            lastBody = answer.body();
            String text = lastBody.startsWith("for(;;);") ? lastBody.substring("for(;;);".length()) : lastBody;
            JsonNode root;
            try {
                root = JSON.readTree(text);
            } catch (RuntimeException notJson) {
                root = NODES.objectNode();
            }
            if (root.isArray() && !root.isEmpty()) {
                root = root.get(0);
            }
            read(root);
            return root;
        }

        JsonNode click(int node) {
            return send(List.of(RawClient.click(node, NODES)));
        }

        boolean sessionExpired() {
            return last != null && last.path("meta").path("sessionExpired").asBoolean(false);
        }

        private void read(JsonNode uidl) {
            last = uidl;
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").asInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").asInt();
            }
        }
    }

    static ObjectNode click(int node, JsonNodeFactory nodes) {
        ObjectNode click = nodes.objectNode().put("type", "event").put("node", node).put("event", "click");
        click.putObject("data").put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 1200).put("event.clientY", 30)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 30).put("event.screenX", 1200);
        return click;
    }
}
