package cn.silian.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Silian under load, spoken in Vaadin's own protocol as Chromium speaks it (see loadtest/recorder):
 * the sign-in page and its UI, the form post with Spring Security's CSRF token, the bootstrap
 * ({@code v-r=init}), router-link navigations ({@code ui-navigate}) with the follow-ups a browser
 * sends after each render, search-field typing, grid scrolling, a grid row selection, a duty
 * notice opened in a second tab and closed again, heartbeats, and signing out.
 *
 * <p>Journeys by role with the demo accounts: deputies 60 %, street staff 25 %, office 10 %,
 * handling units 5 %; 2–5 s think time between steps. Modes ({@code -Dmode}): {@code once} signs
 * each virtual user in once and loops its journey until the end; {@code every} signs in, walks
 * the journey and signs out on every iteration; {@code floor} signs in once and walks the same
 * step shape over the bare floor view (started with {@code silian.benchmark.floor-view=true}).
 *
 * <p>Users ramp up over {@code -Dramp} seconds, then all run until ramp + {@code -Dduration}
 * seconds after the start, which the simulation writes to {@code silian.outDir}/started so that
 * loadtest/run can measure the steady window; errors by kind go to {@code errors.tsv} there, and response times by request to
 * {@code timings-steady.tsv} (after the ramp) and {@code timings-all.tsv}.
 */
public class SilianSimulation extends Simulation {

    static final String BASE = System.getProperty("silian.baseUrl", "http://localhost:8181");
    static final int USERS = Integer.getInteger("users", 3);
    static final int DURATION = Integer.getInteger("duration", 20);
    static final int RAMP = Integer.getInteger("ramp", 10);
    static final String MODE = System.getProperty("mode", "once");
    static final int THINK_MIN_MS = (int) (Double.parseDouble(System.getProperty("think.min", "2")) * 1000);
    static final int THINK_MAX_MS = (int) (Double.parseDouble(System.getProperty("think.max", "5")) * 1000);
    static final Path OUT = Path.of(System.getProperty("silian.outDir", "target/loadtest-out"));
    static final String PASSWORD = "Silian@2026";
    static final List<String> SEARCH_TERMS = List.of("zhang", "王", "li", "科技", "zw", "陈");
    static final String FLOOR_A = "benchmark/floor";
    static final String FLOOR_B = "benchmark/floor-b";
    /** With -Dsilian.trace=true every UIDL exchange is written to trace.txt (for checking the messages). */
    static final boolean TRACE = Boolean.getBoolean("silian.trace");

    /** When every virtual user stops starting journeys: set when the injection starts. */
    static volatile long deadline = Long.MAX_VALUE;

    // ---- the protocol ------------------------------------------------------------------------

    static VaadinUi ui(Session session) {
        return session.get("ui");
    }

    static synchronized String trace(String prefix, String text) {
        if (TRACE) {
            try {
                Files.createDirectories(OUT);
                Files.writeString(OUT.resolve("trace.txt"), prefix + text.length() + " " + text.substring(0, Math.min(600, text.length())) + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }

    static String judge(String kind) {
        if (kind == null) {
            return "ok";
        }
        Errors.count(kind);
        return kind;
    }

    static Integer countStatus(Integer code, int expected) {
        if (code != expected) {
            Errors.count("http-" + code);
        }
        return code;
    }

    static io.gatling.javaapi.core.CheckBuilder.Final timed(String name) {
        return responseTimeInMillis().transform(millis -> Timings.record(name, millis)).gte(0);
    }

    static ChainBuilder page(String name, Function<Session, String> path) {
        return exec(http(name).get(path).header("Accept", "text/html,application/xhtml+xml")
                .check(status().transform(c -> countStatus(c, 200)).is(200), timed(name)));
    }

    /** The bootstrap of a new tab (a new UI in the same HTTP session). */
    static ChainBuilder init(String name, String tab, Function<Session, String> location) {
        return exec(session -> session.set(tab, new VaadinUi(location.apply(session))))
                .exec(http(name).get(session -> "/?v-r=init&location=" + location.apply(session)
                                + "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate="
                                + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                                + ThreadLocalRandom.current().nextDouble() + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
                                + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
                                + "&v-wla=SUPPORTED&v-ws=false")
                        .check(status().transform(c -> countStatus(c, 200)).is(200), timed(name))
                        .check(bodyString().transformWithSession((body, s) -> judge(((VaadinUi) s.get(tab)).acceptInit(body)))
                                .is("ok")));
    }

    /** One UIDL request of the given tab; the answer is judged and read back into the tab's state. */
    static ChainBuilder uidl(String name, String tab, Function<VaadinUi, String> message, boolean loginViewExpected) {
        return uidl(name, tab, message, loginViewExpected ? "login-view" : null);
    }

    /** As above; {@code expected} names the one kind this answer is meant to show (sign-out: session-expired). */
    static ChainBuilder uidl(String name, String tab, Function<VaadinUi, String> message, String expected) {
        return exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + ((VaadinUi) session.get(tab)).uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> trace(name + " >>> ", message.apply(session.get(tab)))))
                .check(status().transform(c -> countStatus(c, 200)).is(200), timed(name))
                .check(bodyString().transformWithSession((body, s) -> {
                    String kind = ((VaadinUi) s.get(tab)).acceptUidl(trace(name + " <<< ", body));
                    return judge(kind != null && kind.equals(expected) ? null : kind);
                }).is("ok")));
    }

    static ChainBuilder uidl(String name, Function<VaadinUi, String> message) {
        return uidl(name, "ui", message, false);
    }

    /** What the browser sends after a render; at most three rounds, as seen in the recording. */
    static ChainBuilder followUps(String name, String tab, boolean loginViewExpected) {
        return repeat(3).on(doIf(session -> ((VaadinUi) session.get(tab)).hasFollowUp())
                .then(uidl(name + " follow-up", tab, VaadinUi::followUp, loginViewExpected)));
    }

    /** A router-link click to a view, and the browser's follow-ups. */
    static ChainBuilder view(String name, Function<VaadinUi, String> route) {
        return exec(session -> {
            ui(session).newView();
            return session;
        }).exec(uidl(name, u -> u.navigate(route.apply(u), false))).exec(followUps(name, "ui", false));
    }

    static ChainBuilder view(String name, String route) {
        return view(name, u -> route);
    }

    static ChainBuilder think() {
        return pause(Duration.ofMillis(THINK_MIN_MS), Duration.ofMillis(THINK_MAX_MS));
    }

    static ChainBuilder search(String name) {
        return doIf(session -> ui(session).searchField != null).then(
                exec(think())
                        .exec(uidl(name, u -> u.type(u.searchField,
                                SEARCH_TERMS.get(ThreadLocalRandom.current().nextInt(SEARCH_TERMS.size())))))
                        .exec(followUps(name, "ui", false)));
    }

    /** Scrolling the first grid of the view down by a page (rows 50–149 asked for), before any search narrows it. */
    static ChainBuilder scroll(String name) {
        return doIf(session -> ui(session).grid != null).then(
                exec(think())
                        .exec(uidl(name, u -> u.viewport(u.grid, 50, 100)))
                        .exec(followUps(name, "ui", false)));
    }

    static ChainBuilder heartbeat() {
        return exec(http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + ui(session).uiId)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .check(status().transform(c -> countStatus(c, 200)).is(200), timed("heartbeat")));
    }

    // ---- signing in and out ---------------------------------------------------------------------

    /** A browser opening the sign-in page, signing in and landing on {@code landing}. */
    static ChainBuilder signIn(String landing) {
        return exec(flushCookieJar())
                .exec(http("login page").get("/login").header("Accept", "text/html,application/xhtml+xml")
                        .check(status().transform(c -> countStatus(c, 200)).is(200), timed("login page"))
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(init("login init", "ui", s -> "login"))
                .exec(uidl("login view", "ui", u -> u.navigate("/" + u.location, true), true))
                .exec(followUps("login view", "ui", true))
                .exec(think())
                .exec(http("sign in").post("/login")
                        .formParam("_csrf", "#{csrf}").formParam("username", "#{username}").formParam("password", PASSWORD)
                        .disableFollowRedirect()
                        .check(status().transform(c -> countStatus(c, 302)).is(302), timed("sign in"))
                        .check(header("Location").transform(location -> {
                            if (location.contains("error")) {
                                Errors.count("sign-in-refused");
                                return "refused";
                            }
                            return "ok";
                        }).is("ok")))
                .exec(page("home page", s -> "/" + landing))
                .exec(init("home init", "ui", s -> landing))
                .exec(uidl("home", "ui", u -> u.navigate("/" + u.location, true), false))
                .exec(followUps("home", "ui", false));
    }

    /** The sign-out button in the navigation bar, then the sign-in page it sends the browser to. */
    static ChainBuilder signOut() {
        return doIf(session -> ui(session).logoutButton != null).then(
                exec(think())
                        // The answer says the session is gone and sends the browser to the sign-in page.
                        .exec(uidl("sign out", "ui", u -> u.click(u.logoutButton), "session-expired"))
                        .exec(page("login page", s -> "login")));
    }

    // ---- journeys -------------------------------------------------------------------------------

    static ChainBuilder directory() {
        return exec(think()).exec(view("deputies", "deputies")).exec(scroll("deputies scroll")).exec(search("deputies search"));
    }

    static final ChainBuilder DEPUTY = exec(think()).exec(view("home", ""))
            .exec(directory())
            .exec(think()).exec(view("groups", "groups"))
            .exec(think()).exec(view("calendar", "calendar"))
            .exec(meetingsJourney())
            .exec(think()).exec(view("my duty", "my-duty"))
            .exec(heartbeat());

    static final ChainBuilder STATIONS = exec(think()).exec(view("home", ""))
            .exec(directory())
            .exec(think()).exec(view("groups", "groups"))
            .exec(think()).exec(view("calendar", "calendar"))
            .exec(meetingsJourney())
            .exec(think()).exec(view("stations", "stations"))
            .exec(session -> {
                VaadinUi u = ui(session);
                u.lastStation = u.firstRowId;
                return session;
            })
            .exec(doIf(session -> ui(session).lastStation != null).then(
                    exec(think()).exec(view("station page", u -> "stations/" + u.lastStation))
                            .exec(dutyNotice())))
            .exec(heartbeat());

    static final ChainBuilder UNIT = exec(think()).exec(view("home", ""))
            .exec(think()).exec(view("suggestions", "suggestions"))
            .exec(session -> {
                VaadinUi u = ui(session);
                u.lastSuggestion = u.firstRowId;
                return session;
            })
            .exec(doIf(session -> ui(session).lastSuggestion != null).then(
                    exec(think()).exec(view("suggestion page", u -> "suggestions/" + u.lastSuggestion))))
            .exec(think()).exec(view("suggestions", "suggestions"))
            .exec(scroll("suggestions scroll"))
            .exec(heartbeat());

    /**
     * The floor: the deputies' step shape (8 navigations, a search, a scroll, a heartbeat) over
     * the bare view, alternating between two routes so that each navigation builds a new view.
     */
    static final ChainBuilder FLOOR = exec(think()).exec(view("floor", FLOOR_B))
            .exec(think()).exec(view("floor", FLOOR_A)).exec(scroll("floor scroll")).exec(search("floor search"))
            .exec(think()).exec(view("floor", FLOOR_B))
            .exec(think()).exec(view("floor", FLOOR_A))
            .exec(think()).exec(view("floor", FLOOR_B))
            .exec(think()).exec(view("floor", FLOOR_A))
            .exec(think()).exec(view("floor", FLOOR_B))
            .exec(think()).exec(view("floor", FLOOR_A))
            .exec(heartbeat());

    static ChainBuilder meetingsJourney() {
        return exec(think()).exec(view("meetings", "meetings"))
                .exec(session -> {
                    VaadinUi u = ui(session);
                    u.lastMeeting = u.firstRowId;
                    return session;
                })
                .exec(doIf(session -> ui(session).lastMeeting != null).then(
                        exec(think()).exec(view("meeting page", u -> "meetings/" + u.lastMeeting))));
    }

    /**
     * Selects the first duty plan on the station page, opens its public notice in a new tab
     * (a page load and a UI of its own), reads it and closes the tab (the client's unload beacon).
     */
    static ChainBuilder dutyNotice() {
        return doIf(session -> ui(session).plansGrid != null).then(
                exec(think())
                        .exec(uidl("duty plan select", u -> u.select(u.plansGrid, "1")))
                        .exec(followUps("duty plan select", "ui", false))
                        .exec(doIf(session -> ui(session).noticeHref != null).then(
                                exec(session -> session.set("notice", ui(session).noticeHref))
                                        .exec(page("duty notice page", s -> "/" + s.getString("notice")))
                                        .exec(init("duty notice init", "tab", s -> s.getString("notice")))
                                        .exec(uidl("duty notice", "tab", u -> u.navigate("/" + u.location, true), false))
                                        .exec(followUps("duty notice", "tab", false))
                                        .exec(think())
                                        .exec(uidl("duty notice close", "tab", VaadinUi::unload, false))
                                        .exec(session -> session.remove("tab")))));
    }

    // ---- roles, modes, injection ----------------------------------------------------------------

    static ChainBuilder as(List<String> accounts) {
        return exec(session -> session.set("username", accounts.get((int) (session.userId() % accounts.size()))));
    }

    static ScenarioBuilder scenarioFor(String mode) {
        boolean every = "every".equals(mode);
        if ("floor".equals(mode)) {
            return scenario("floor").exec(as(List.of("deputy", "npc", "street01", "street02", "office")))
                    .exec(exitBlockOnFail().on(signIn(FLOOR_A)))
                    .exec(asLongAs(session -> System.currentTimeMillis() < deadline).on(
                            exec(exitBlockOnFail().on(FLOOR))
                                    .exec(doIf(Session::isFailed).then(exec(Session::markAsSucceeded)
                                            .exec(exitBlockOnFail().on(signIn(FLOOR_A)))))));
        }
        return scenario(mode).exec(randomSwitch().on(
                percent(60.0).then(exec(as(List.of("deputy", "npc"))).exec(journeyLoop("", DEPUTY, every))),
                percent(25.0).then(exec(as(List.of("street01", "street02"))).exec(journeyLoop("", STATIONS, every))),
                percent(10.0).then(exec(as(List.of("office"))).exec(journeyLoop("", STATIONS, every))),
                percent(5.0).then(exec(as(List.of("unit01"))).exec(journeyLoop("", UNIT, every)))));
    }

    static ChainBuilder journeyLoop(String landing, ChainBuilder journey, boolean every) {
        ChainBuilder recover = doIf(Session::isFailed).then(exec(Session::markAsSucceeded)
                .exec(every ? exec(session -> session) : exitBlockOnFail().on(signIn(landing))));
        if (every) {
            return asLongAs(session -> System.currentTimeMillis() < deadline).on(
                    exec(exitBlockOnFail().on(exec(signIn(landing)).exec(journey).exec(signOut()))).exec(recover));
        }
        return exec(exitBlockOnFail().on(signIn(landing))).exec(recover)
                .exec(asLongAs(session -> System.currentTimeMillis() < deadline).on(
                        exec(exitBlockOnFail().on(journey)).exec(recover)));
    }

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 silian-loadtest");

    {
        PopulationBuilder population = scenarioFor(MODE).injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)));
        setUp(population).protocols(protocol).maxDuration(Duration.ofSeconds(RAMP + DURATION + 120L));
    }

    @Override
    public void before() {
        long start = System.currentTimeMillis();
        deadline = start + (RAMP + DURATION) * 1000L;
        try {
            Files.createDirectories(OUT);
            // key=value lines: loadtest/run reads them with its shell
            Files.writeString(OUT.resolve("started"), "start_ms=" + start + "\nramp=" + RAMP + "\nduration=" + DURATION
                    + "\nusers=" + USERS + "\nmode=" + MODE + "\ngatling_jvm=" + ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void after() {
        try {
            Errors.write(OUT.resolve("errors.tsv"));
            long start = deadline - (RAMP + DURATION) * 1000L;
            Timings.write(OUT.resolve("timings-steady.tsv"), start + RAMP * 1000L, deadline);
            Timings.write(OUT.resolve("timings-all.tsv"), 0, Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
