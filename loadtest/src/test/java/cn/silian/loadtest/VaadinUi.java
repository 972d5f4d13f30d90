package cn.silian.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab's side of Vaadin's protocol: the UI id and security key from the bootstrap,
 * the syncId/clientId bookkeeping read back from every answer, and what a real Chromium sends
 * after each render (recorded with loadtest/recorder): the {@code *-changed} events and property
 * syncs of newly attached web components, the grid's {@code confirmUpdate}, and the answers to
 * the server's {@code executeJs} calls that wait for a value. It also judges every answer and
 * names what went wrong, so that errors are counted by kind.
 *
 * <p>Mutable, one per virtual user and tab: Gatling runs one user's requests one after another.
 */
final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Column and grid properties whose change events the browser does not fire when a grid is
     * rendered (seen in the recording): they get no follow-up.
     */
    private static final Set<String> SILENT_AT_RENDER = Set.of("resizable-changed", "frozen-changed",
            "frozen-to-end-changed", "text-align-changed", "column-reordering-allowed-changed",
            "all-rows-visible-changed", "column-drag-resize", "grid-dragstart", "grid-dragend");
    /**
     * The property syncs Chromium sent with the change events after a render, with the values the
     * web components had then (recorded); other change events went without a sync.
     */
    private static final Map<String, Object> SYNCED_AT_RENDER = Map.of("opened", false, "filter", "",
            "expanded", false, "collapsed", false, "drawerOpened", true, "overlay", false, "error", false);
    /** What the user sees when a view refuses him, or when a route does not exist (en and zh). */
    private static final List<String> ACCESS_DENIED = List.of("You are not allowed to do this.", "您无权进行此操作。");
    private static final List<String> NOT_FOUND = List.of("The page or record does not exist, or you may not see it.",
            "页面或记录不存在，或您无权查看。");
    private static final Pattern ROW_ID = Pattern.compile("\"lr_[0-9a-f]+_id\":(\\d+)");
    private static final Pattern NOTICE_HREF = Pattern.compile("stations/\\d+/notices/\\d+");
    private static final List<String> PLANS_GRID_NAMES = List.of("值班安排", "Duty plans");

    /** The location the tab was opened at (the bootstrap's {@code location}). */
    final String location;
    int uiId = -1;
    String csrfToken;
    int syncId;
    int clientId;
    int historyIdx;
    /** Per node: the next promise id of a published server method call (the browser counts per element). */
    private final Map<Integer, Integer> promises = new HashMap<>();
    /** Per node: its tag, as far as the server has told us. */
    private final Map<Integer, String> tags = new HashMap<>();
    /** The follow-ups the last answer asks for: change events and syncs, then value answers. */
    private final List<ObjectNode> pendingEvents = new ArrayList<>();
    private final List<ObjectNode> pendingReturns = new ArrayList<>();

    /** Of the last navigation: the first lazy grid, the search field, the first row's id. */
    Integer grid;
    Integer searchField;
    Integer plansGrid;
    Integer logoutButton;
    Long firstRowId;
    String noticeHref;
    private final List<Integer> gridsThisRender = new ArrayList<>();
    /** Ids the journey picked from lists, for the detail pages it opens next. */
    Long lastMeeting;
    Long lastStation;
    Long lastSuggestion;

    VaadinUi(String location) {
        this.location = location;
    }

    /** The bootstrap answer of {@code ?v-r=init}: UI id, security key, then the UIDL inside it. */
    String acceptInit(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (Exception e) {
            return "bad-json";
        }
        JsonNode config = root.path("appConfig");
        if (config.isMissingNode()) {
            return "bad-init";
        }
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
        if (uiId < 0 || csrfToken == null) {
            return "bad-init";
        }
        // The app pushes nothing (no @Push): Vaadin-Push-ID is there, pushMode is not.
        syncId = 0;
        clientId = 0;
        historyIdx = 0;
        promises.clear();
        tags.clear();
        return accept(uidl, body);
    }

    /** A UIDL answer; null when all is well, otherwise the kind of error it shows. */
    String acceptUidl(String body) {
        String text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            return "bad-json";
        }
        if (root.isArray() && !root.isEmpty()) {
            root = root.get(0);
        }
        return accept(root, text);
    }

    private String accept(JsonNode uidl, String raw) {
        pendingEvents.clear();
        pendingReturns.clear();
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session-expired";
        }
        if (meta.has("appError")) {
            return "app-error";
        }
        if (uidl.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            return "lost-sync";
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        String problem = null;
        Map<Integer, String> themes = new HashMap<>();
        Set<Integer> newListeners = new java.util.HashSet<>();
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            String key = change.path("key").asText();
            int feat = change.path("feat").asInt(-1);
            if ("put".equals(type) && feat == 0 && "tag".equals(key)) {
                String tag = change.path("value").asText();
                tags.put(node, tag);
                if ("vaadin-grid".equals(tag)) {
                    gridsThisRender.add(node);
                }
                if ("vaadin-login-form".equals(tag) || "vaadin-login-overlay".equals(tag)) {
                    problem = problem == null ? "login-view" : problem;
                }
            } else if ("put".equals(type) && feat == 4) {
                newListeners.add(node);
                if (key.endsWith("-changed") && !SILENT_AT_RENDER.contains(key)) {
                    pendingEvents.add(event(node, key));
                    String property = camel(key.substring(0, key.length() - "-changed".length()));
                    if (SYNCED_AT_RENDER.containsKey(property)) {
                        ObjectNode sync = NODES.objectNode().put("type", "mSync").put("node", node).put("feature", 1)
                                .put("property", property);
                        sync.set("value", JSON.valueToTree(SYNCED_AT_RENDER.get(property)));
                        pendingEvents.add(sync);
                    }
                }
                if ("input".equals(key) && "vaadin-text-field".equals(tags.get(node)) && searchField == null) {
                    searchField = node;
                }
            } else if ("put".equals(type) && feat == 3 && "theme".equals(key)) {
                themes.put(node, change.path("value").asText());
            } else if ("put".equals(type) && "accessibleName".equals(key)
                    && PLANS_GRID_NAMES.contains(change.path("value").asText())) {
                plansGrid = node;
            } else if ("put".equals(type) && feat == 3 && "href".equals(key)) {
                Matcher m = NOTICE_HREF.matcher(change.path("value").asText());
                if (m.find()) {
                    noticeHref = m.group();
                }
            } else if ("splice".equals(type) && change.path("add").isArray()) {
                for (JsonNode added : change.path("add")) {
                    if ("logout".equals(added.asText())) {
                        logoutButton = node;
                    }
                }
            } else if ("put".equals(type) && feat == 7 && "text".equals(key)) {
                String text = change.path("value").asText();
                if (ACCESS_DENIED.contains(text)) {
                    problem = problem == null ? "access-denied" : problem;
                } else if (NOT_FOUND.contains(text)) {
                    problem = problem == null ? "not-found" : problem;
                }
            }
        }
        for (Map.Entry<Integer, String> theme : themes.entrySet()) {
            if ("vaadin-notification".equals(tags.get(theme.getKey())) && theme.getValue().contains("error")) {
                problem = problem == null ? "error-notification" : problem;
            }
        }
        if (grid == null && !gridsThisRender.isEmpty()) {
            grid = gridsThisRender.get(0);
        }
        for (JsonNode call : uidl.path("execute")) {
            int last = call.size() - 1;
            String script = call.path(last).asText();
            if (script.equals("return $0.$connector.confirm($1)") && call.path(0).has("@v-node")) {
                pendingEvents.add(published(call.path(0).path("@v-node").asInt(), "confirmUpdate",
                        NODES.arrayNode().add(call.path(1).asInt())));
            } else if (script.contains("Promise.resolve(")) {
                for (JsonNode arg : call) {
                    if (arg.has("@v-return")) {
                        JsonNode channel = arg.get("@v-return");
                        ObjectNode reply = NODES.objectNode().put("type", "channel")
                                .put("node", channel.get(0).asInt()).put("channel", channel.get(1).asInt());
                        // The only value Silian waits for is the window width (responsive columns).
                        reply.set("args", script.contains("innerWidth") ? NODES.arrayNode().add(1280)
                                : NODES.arrayNode().addNull());
                        pendingReturns.add(reply);
                        break;
                    }
                }
            } else if (firstRowId == null && script.startsWith("return $0.$connector.set(")) {
                Matcher m = ROW_ID.matcher(call.toString());
                if (m.find()) {
                    firstRowId = Long.parseLong(m.group(1));
                }
            }
        }
        return problem;
    }

    /** Forgets what the previous view showed; called before each navigation. */
    void newView() {
        grid = null;
        searchField = null;
        plansGrid = null;
        firstRowId = null;
        noticeHref = null;
        gridsThisRender.clear();
    }

    boolean hasFollowUp() {
        return !pendingEvents.isEmpty() || !pendingReturns.isEmpty();
    }

    /** The next follow-up message: first the change events and syncs, then the value answers. */
    String followUp() {
        List<ObjectNode> rpc = new ArrayList<>(pendingEvents.isEmpty() ? pendingReturns : pendingEvents);
        if (pendingEvents.isEmpty()) {
            pendingReturns.clear();
        } else {
            pendingEvents.clear();
        }
        return message(rpc, false);
    }

    /** The router link click: what Chromium sends for a {@code vaadin-side-nav-item} or anchor. */
    String navigate(String route, boolean first) {
        ObjectNode data = NODES.objectNode().put("route", route).put("query", "").put("appShellTitle", "");
        ObjectNode history = data.putObject("historyState");
        if (!first) {
            history.putNull("usr");
            history.put("key", Long.toString(Double.doubleToLongBits(Math.random()) & 0xffffffffL, 36));
        }
        history.put("idx", first ? 0 : ++historyIdx);
        data.put("trigger", first ? "" : "client");
        ObjectNode event = NODES.objectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        return message(List.of(event), false);
    }

    /** Typing into a lazy text field: the value sync and the debounced input event. */
    String type(int node, String value) {
        ObjectNode sync = NODES.objectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        ObjectNode input = NODES.objectNode().put("type", "event").put("node", node).put("event", "input");
        input.putObject("data").put("1", 1).put("for", "trailing");
        return message(List.of(sync, input), false);
    }

    /** Scrolling a grid: the connector asks for the rows of the pages now in view. */
    String viewport(int node, int start, int length) {
        return message(List.of(published(node, "setViewportRange", NODES.arrayNode().add(start).add(length))), false);
    }

    /** Selecting a grid row by its key (the first row's key is "1"). */
    String select(int node, String key) {
        return message(List.of(published(node, "select", NODES.arrayNode().add(key))), false);
    }

    String click(int node) {
        ObjectNode click = event(node, "click");
        ObjectNode data = (ObjectNode) click.get("data");
        data.put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 1200).put("event.clientY", 30)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 30).put("event.screenX", 1200);
        return message(List.of(click), false);
    }

    /** The beacon the client sends on {@code pagehide} when its tab is closed. */
    String unload() {
        return message(List.of(), true);
    }

    private ObjectNode event(int node, String name) {
        ObjectNode event = NODES.objectNode().put("type", "event").put("node", node).put("event", name);
        event.putObject("data");
        return event;
    }

    private ObjectNode published(int node, String method, ArrayNode args) {
        ObjectNode call = NODES.objectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", args);
        int promise = promises.merge(node, 1, Integer::sum) - 1;
        call.put("promise", promise);
        return call;
    }

    private String message(List<ObjectNode> rpc, boolean unload) {
        ObjectNode message = NODES.objectNode().put("csrfToken", csrfToken);
        ArrayNode calls = message.putArray("rpc");
        rpc.forEach(calls::add);
        message.put("syncId", syncId).put("clientId", clientId);
        if (unload) {
            message.put("UNLOAD", true);
        }
        return message.toString();
    }

    private static String camel(String dashed) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
