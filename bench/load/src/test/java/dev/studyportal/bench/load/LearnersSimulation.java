package dev.studyportal.bench.load;

import static dev.studyportal.bench.load.VaadinProtocol.click;
import static dev.studyportal.bench.load.VaadinProtocol.open;
import static dev.studyportal.bench.load.VaadinProtocol.page;
import static dev.studyportal.bench.load.VaadinProtocol.signIn;
import static dev.studyportal.bench.load.VaadinProtocol.typeAndClick;
import static dev.studyportal.bench.load.VaadinProtocol.uidl;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N learners, each signing in once through the portal's form login and then working through a view with think
 * time, run twice in one process of the portal: first against the floor (a minimal view behind the same
 * login, {@code dev.studyportal.bench.load.floor.FloorView}: 20 clicks that carry a field's value), then
 * against today's queue ({@code /review}: 20 cards, each "Show answer" then "Good"). While the learners review,
 * a burst of extra sign-ins (sign in, then sign out) arrives at a fixed rate: the logins per second the node
 * keeps up with while it serves the others. Between the phases the portal's live heap is measured after full
 * collections (jcmd), so the heap per session of each phase is the difference over N, and the CPU the portal,
 * the database and this load generator have used so far, so each phase's CPU per step is the difference over
 * the clicks or cards it completed.
 * <p>
 * Properties (-D): {@code portal.url}, {@code portal.pid}, {@code database.pid}, {@code load.learners}, {@code load.password},
 * {@code load.cards} (20), {@code load.warmup} (10 more accounts), {@code load.ramp} (seconds over which the learners arrive), {@code load.think.min} and
 * {@code load.think.max} (ms), {@code load.login.rate} (per second) and {@code load.login.seconds},
 * {@code load.results} (the file of figures the bench command reads).
 */
public class LearnersSimulation extends Simulation {

    private static final String URL = System.getProperty("portal.url", "http://127.0.0.1:8080");
    private static final String PID = System.getProperty("portal.pid", "");
    private static final String DATABASE_PID = System.getProperty("database.pid", "");
    private static final int LEARNERS = Integer.getInteger("load.learners", 50);
    private static final String PASSWORD = System.getProperty("load.password", "load-benchmark-password-42");
    private static final int CARDS = Integer.getInteger("load.cards", 20);
    /** Accounts after the N learners' that warm the portal up before anything is measured. */
    private static final int WARMUP = Integer.getInteger("load.warmup", 10);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", Math.max(10, LEARNERS / 10)));
    private static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("load.think.min", 1000));
    private static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("load.think.max", 2000));
    private static final double LOGIN_RATE = Double.parseDouble(System.getProperty("load.login.rate", "15"));
    private static final Duration LOGIN_FOR = Duration.ofSeconds(Integer.getInteger("load.login.seconds", 20));
    private static final Path RESULTS = Path.of(System.getProperty("load.results", "target/load-figures.properties"));

    private static final String FLOOR_ROUTE = "load-floor";
    private static final String REVIEW_ROUTE = "review";

    // Nodes by what the view sets on them: the floor's ids, the review view's theme and class names.
    private static final Pattern FLOOR_FIELD = idOf("floor-field");
    private static final Pattern FLOOR_BUTTON = idOf("floor-button");
    private static final Pattern SHOW_ANSWER = Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"theme\",\"feat\":\\d+,\"value\":\"(?:large primary|primary large)\"");
    private static final Pattern GOOD = Pattern.compile("\"node\":(\\d+),\"type\":\"splice\",\"feat\":\\d+,\"index\":\\d+,\"add\":\\[\"rating-good\"\\]");

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .acceptLanguageHeader("en")
            .userAgentHeader("studyportal-load (Gatling)")
            .disableCaching();

    {
        // Warm-up: other accounts run both views briefly, so that the measured phases meet a JIT-compiled
        // portal, as real learners do, rather than the first minute of a fresh process.
        Duration quick = Duration.ofMillis(100);
        Duration short_ = Duration.ofMillis(300);
        ScenarioBuilder warmFloor = floor("warm-up: minimal view", "warmup-floor", learners(LEARNERS, WARMUP), quick, short_);
        ScenarioBuilder warmReview = review("warm-up: review", "warmup-review", learners(LEARNERS, WARMUP), quick, short_);
        ScenarioBuilder floor = floor("floor: minimal view behind login", "floor", learners(0, LEARNERS), THINK_MIN, THINK_MAX);
        ScenarioBuilder review = review("review: today's queue", "review", learners(0, LEARNERS), THINK_MIN, THINK_MAX);

        ScenarioBuilder burst = scenario("burst: sign in and out while the others review")
                .feed(learners(0, LEARNERS))
                .exec(started("burst"))
                .exec(session -> session.set("sentAt", System.currentTimeMillis()))
                .exec(signIn(REVIEW_ROUTE)).exitHereIfFailed()
                .exec(session -> {
                    LoadFigures.login(session.getLong("sentAt"), System.currentTimeMillis());
                    LoadFigures.time("burst-login", session.getInt("loginTook"));
                    return session;
                })
                .exec(http("logout").post("/logout").formParam("_csrf", "#{csrf}").disableFollowRedirect()
                        .check(status().is(302))).exitHereIfFailed()
                .exec(finished("burst"));

        PopulationBuilder reviewPhase = review.injectOpen(rampUsers(LEARNERS).during(RAMP))
                .andThen(probe("heap after review").injectOpen(atOnceUsers(1)));
        PopulationBuilder afterFloor = probe("heap after floor").injectOpen(atOnceUsers(1));
        // Without the burst (--login-seconds 0) the review phase differs from the floor's only by its view, so
        // the two phases' CPU compare a card with a click.
        afterFloor = LOGIN_FOR.isZero() ? afterFloor.andThen(reviewPhase) : afterFloor.andThen(reviewPhase,
                burst.injectOpen(nothingFor(RAMP), constantUsersPerSec(LOGIN_RATE).during(LOGIN_FOR)));
        PopulationBuilder measured = probe("heap before").injectOpen(atOnceUsers(1)).andThen(
                floor.injectOpen(rampUsers(LEARNERS).during(RAMP)).andThen(afterFloor));
        setUp(WARMUP == 0 ? measured : warmFloor.injectOpen(rampUsers(WARMUP).during(Duration.ofSeconds(2))).andThen(
                warmReview.injectOpen(rampUsers(WARMUP).during(Duration.ofSeconds(2))).andThen(measured)))
                .protocols(protocol);
    }

    /** Sign in at the minimal view, then type into its field and click its button, {@code CARDS} times. */
    private static ScenarioBuilder floor(String name, String phase, Iterator<Map<String, Object>> feeder,
                                         Duration thinkMin, Duration thinkMax) {
        return scenario(name)
                .feed(feeder)
                .exec(started(phase))
                .exec(signIn(FLOOR_ROUTE)).exitHereIfFailed()
                .exec(open("floor view", FLOOR_ROUTE, "#{afterQuery}")).exitHereIfFailed()
                .exec(session -> session.set("field", node(session, "view", FLOOR_FIELD))
                        .set("button", node(session, "view", FLOOR_BUTTON)))
                .exec(login(phase))
                .repeat(CARDS, "i").on(exec(think(thinkMin, thinkMax),
                        exec(uidl("floor click", session -> typeAndClick(session.getInt("field"), "note " + session.getInt("i"),
                                session.getInt("button")), regex("\"value\":\"note \\d+\"").exists())),
                        exitHereIfFailed(),
                        exec(took(phase + "-click"))))
                .exec(finished(phase));
    }

    /** Sign in at /review, then {@code CARDS} times: think, "Show answer", think, "Good". */
    private static ScenarioBuilder review(String name, String phase, Iterator<Map<String, Object>> feeder,
                                          Duration thinkMin, Duration thinkMax) {
        return scenario(name)
                .feed(feeder)
                .exec(started(phase))
                .exec(signIn(REVIEW_ROUTE)).exitHereIfFailed()
                .exec(open("review view", REVIEW_ROUTE, "#{afterQuery}")).exitHereIfFailed()
                .exec(session -> session.set("show", node(session, "view", SHOW_ANSWER)))
                .exec(login(phase))
                .repeat(CARDS).on(exec(think(thinkMin, thinkMax),
                        exec(uidl("show answer", session -> click(session.getInt("show")),
                                regex("[\\s\\S]*").saveAs("revealed"))),
                        exitHereIfFailed(),
                        // The rating bar is hidden until the first answer shows, so its buttons reach the
                        // browser only then; they stay the same nodes for every later card.
                        exec(session -> session.contains("good") ? session
                                : session.set("good", node(session, "revealed", GOOD))),
                        think(thinkMin, thinkMax),
                        // Every rating shows the next card or, after the last, the session's summary.
                        exec(uidl("rate", session -> click(session.getInt("good")),
                                regex("due · \\d+ new · \\d+ done today").exists())),
                        exitHereIfFailed(),
                        exec(took(phase + "-rate"))))
                .exec(finished(phase));
    }

    @Override
    public void before() {
        LoadFigures.value("learners", String.valueOf(LEARNERS));
        LoadFigures.value("cards", String.valueOf(CARDS));
        LoadFigures.value("ramp.seconds", String.valueOf(RAMP.toSeconds()));
        LoadFigures.value("think.ms", THINK_MIN.toMillis() + "-" + THINK_MAX.toMillis());
        LoadFigures.value("burst.rate", String.valueOf(LOGIN_RATE));
    }

    @Override
    public void after() {
        try {
            LoadFigures.write(RESULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScenarioBuilder probe(String name) {
        return scenario(name).exec(session -> {
            // CPU first: the probe's own full collections count towards the next phase, as they do for each.
            String key = name.replace(' ', '.');
            LoadFigures.value(key + ".portal.cpu.ms", String.valueOf(CpuProbe.millis(PID)));
            LoadFigures.value(key + ".database.cpu.ms", String.valueOf(CpuProbe.millis(DATABASE_PID)));
            // Gatling itself shares the machine's cores with the portal and the database.
            LoadFigures.value(key + ".generator.cpu.ms", String.valueOf(CpuProbe.millis("self")));
            if (!PID.isBlank()) {
                LoadFigures.value(key + ".kib", String.valueOf(HeapProbe.liveKib(PID)));
                // Which classes a phase's sessions hold: the bench command compares two of these.
                HeapProbe.keepHistogram(PID, RESULTS.toAbsolutePath().resolveSibling("histogram-" + key + ".txt"));
            }
            return session;
        });
    }

    /** Accounts {@code load-(first+1)} to {@code load-(first+count)}, round and round. */
    private static Iterator<Map<String, Object>> learners(int first, int count) {
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                int number = first + next.getAndIncrement() % count + 1;
                return Map.of("username", "load-%04d".formatted(number), "password", PASSWORD);
            }
        };
    }

    private static ChainBuilder think(Duration min, Duration max) {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(min, max));
    }

    private static java.util.function.Function<Session, Session> started(String phase) {
        return session -> {
            LoadFigures.count(phase + ".started");
            return session;
        };
    }

    private static java.util.function.Function<Session, Session> finished(String phase) {
        return session -> {
            LoadFigures.count(phase + ".finished");
            return session;
        };
    }

    private static java.util.function.Function<Session, Session> took(String name) {
        return session -> {
            LoadFigures.time(name, session.getInt("took"));
            return session;
        };
    }

    private static java.util.function.Function<Session, Session> login(String phase) {
        return session -> {
            LoadFigures.time(phase + "-login", session.getInt("loginTook"));
            return session;
        };
    }

    /** The node a pattern names in the view's answer; a view without it fails the learner. */
    private static int node(Session session, String answer, Pattern pattern) {
        Matcher found = pattern.matcher(session.getString(answer));
        if (!found.find()) {
            // The whole answer is kept for a look: a changed view is found here first.
            Path kept = RESULTS.toAbsolutePath().resolveSibling("view-without-node.json");
            try {
                java.nio.file.Files.writeString(kept, session.getString(answer));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("No node " + pattern + " in the view (kept in " + kept + ")");
        }
        return Integer.parseInt(found.group(1));
    }

    private static Pattern idOf(String id) {
        return Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + id + "\"");
    }
}
