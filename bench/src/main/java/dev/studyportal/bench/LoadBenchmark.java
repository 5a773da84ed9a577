package dev.studyportal.bench;

import dev.studyportal.bench.bank.BankShape;
import dev.studyportal.bench.bank.SyntheticBank;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load benchmark (issue 13, item 4): N learners over Vaadin Flow's own protocol, driven by Gatling
 * (bench/load, a Maven project of its own), against one portal process started here as an operator would
 * start it ({@code java -Xmx1g -jar}-like, profile {@code mysql}) on a fresh bench database holding a synthetic
 * bank and N learner accounts. The floor is a minimal view served by the same process behind the same
 * login, so the ratio of a rating to a click of it is what the review view and its services add. With
 * {@code --jfr} a flight recording of the run is kept and its hottest methods printed.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Learners over Vaadin's protocol against the portal and a minimal view (see docs/benchmarks.md).")
final class LoadBenchmark extends SeededBenchmark {

    static final Duration RATING_P95_BUDGET = Duration.ofMillis(10);
    static final int BUDGET_LEARNERS = 500;
    static final double HEAP_BUDGET_KB = 130;
    static final double LOGIN_RATE_BUDGET = 15;
    private static final String PASSWORD = "load-benchmark-password-42";

    @Option(
            names = "--learners",
            defaultValue = "50",
            description = "Concurrent learners, N (default: ${DEFAULT-VALUE}; the budget is for 500).")
    int learners;

    @Option(
            names = "--warmup",
            defaultValue = "10",
            description =
                    "More accounts that run both views briefly before anything is measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--cards",
            defaultValue = "20",
            description = "Cards each learner rates (default: ${DEFAULT-VALUE}).")
    int cards;

    @Option(
            names = "--ramp",
            defaultValue = "0",
            description = "Seconds over which the learners arrive (default: N/10, at least 10).")
    int ramp;

    @Option(
            names = "--login-rate",
            defaultValue = "15",
            description = "Extra sign-ins per second while the learners review (default: ${DEFAULT-VALUE}).")
    double loginRate;

    @Option(names = "--login-seconds", defaultValue = "20", description = "For how long (default: ${DEFAULT-VALUE}).")
    int loginSeconds;

    @Option(names = "--heap", defaultValue = "1g", description = "The portal's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(
            names = "--portal-arg",
            description = "One more argument for the portal, such as a property to try "
                    + "(--portal-arg=--studyportal.security.password-checks-at-once=2); may be repeated.")
    List<String> portalArguments = new ArrayList<>();

    @Option(
            names = "--jfr",
            description = "Record the portal with JFR (profile settings) during the load and print its hot methods.")
    boolean jfr;

    private final PrintStream out = System.out;
    private ResultTable table = new ResultTable();
    private boolean printTable = true;

    /** Run as part of the whole benchmark: its rows go into the shared table, printed at the end. */
    LoadBenchmark into(ResultTable shared) {
        this.table = shared;
        this.printTable = false;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        Path project = repository.resolve("bench/load/pom.xml");
        Path portalJar = repository.resolve("webapp/target/studyportal.jar");
        if (!Files.isRegularFile(project) || !Files.isRegularFile(portalJar)) {
            throw new IllegalStateException(
                    "Run the load benchmark from the repository's root after building the portal: "
                            + "./mvnw -B -pl webapp,bench -am package -DskipTests (needs " + project + " and "
                            + portalJar + ")");
        }
        Path work = repository.resolve("bench/target/load");
        Files.createDirectories(work);
        BenchServer server = BenchServer.fromEnvironment();
        out.println("# Study Portal load benchmark\n");
        out.println(MachineFacts.describe(server));
        out.println("Load average before: " + loadAverage());
        // The floor's classes are compiled by the load project; the portal loads them from there. Offline when
        // Gatling is in the local repository already; on a fresh machine Maven fetches it once from Maven Central.
        if (maven(repository, work.resolve("compile.log"), true, "-f", project.toString(), "test-compile") != 0) {
            out.println("Gatling is not in the local Maven repository yet: fetching it (once)");
            if (maven(repository, work.resolve("compile.log"), false, "-f", project.toString(), "test-compile") != 0) {
                throw new IllegalStateException(
                        "The load project does not compile; see " + work.resolve("compile.log"));
            }
        }

        String database = server.createDatabase();
        out.println("Database: " + database + " (dropped at the end)");
        Process portal = null;
        try {
            seed(server, database);
            int port = freePort();
            int managementPort = freePort();
            portal = startPortal(
                    server,
                    database,
                    portalJar,
                    repository.resolve("bench/load/target/classes"),
                    port,
                    managementPort,
                    work.resolve("portal.log"));
            String pid = String.valueOf(portal.pid());
            waitUntilHealthy(portal, port, work.resolve("portal.log"));
            Path recording = work.resolve("load.jfr");
            if (jfr) {
                jcmd(pid, "JFR.start", "name=load", "settings=profile");
            }
            Path figures = work.resolve("load-figures.properties");
            Files.deleteIfExists(figures);
            for (String probe : List.of("before", "after.floor", "after.review")) {
                Files.deleteIfExists(histogram(work, probe));
            }
            String loadBefore = loadAverage();
            Instant start = Instant.now();
            List<String> gatling = new ArrayList<>(List.of(
                    "-f",
                    project.toString(),
                    "gatling:test",
                    "-Dportal.url=http://127.0.0.1:" + port,
                    "-Dportal.pid=" + pid,
                    "-Ddatabase.pid=" + databasePid(),
                    "-Dload.learners=" + learners,
                    "-Dload.warmup=" + warmup,
                    "-Dload.cards=" + cards,
                    "-Dload.password=" + PASSWORD,
                    "-Dload.login.rate=" + loginRate,
                    "-Dload.login.seconds=" + loginSeconds,
                    "-Dload.results=" + figures));
            if (ramp > 0) {
                gatling.add("-Dload.ramp=" + ramp);
            }
            int exit = maven(repository, work.resolve("gatling.log"), true, gatling.toArray(String[]::new));
            out.printf(
                    "Gatling ran %d s (exit %d; its log and HTML report: %s); load average %s before, %s after%n",
                    Duration.between(start, Instant.now()).toSeconds(),
                    exit,
                    work.resolve("gatling.log"),
                    loadBefore,
                    loadAverage());
            if (jfr) {
                jcmd(pid, "JFR.dump", "name=load", "filename=" + recording);
                jcmd(pid, "JFR.stop", "name=load");
                out.println("\nJFR recording: " + recording + "\n");
                out.println(
                        run(List.of(jdkTool("jfr"), "view", "--width", "160", "hot-methods", recording.toString())));
                out.println(JfrRatingProfile.summarize(jdkTool("jfr"), recording, 25));
            }
            if (!Files.isRegularFile(figures)) {
                throw new IllegalStateException("Gatling wrote no figures; see " + work.resolve("gatling.log"));
            }
            Properties measured = read(figures);
            report(measured);
            printHistograms(work, Integer.parseInt(measured.getProperty("learners")));
        } finally {
            if (portal != null) {
                portal.destroy();
                if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                    portal.destroyForcibly();
                }
            }
            server.dropDatabase(database);
        }
        if (printTable) {
            out.println("\n## Results\n");
            out.print(table.markdown());
        }
        return 0;
    }

    /** A bank with enough new cards for everyone, and N learners with one known password. */
    private void seed(BenchServer server, String database) throws Exception {
        Path folder = Files.createTempDirectory("studyportal-load-");
        try (ImporterContext context = ImporterContext.start(server, database, false)) {
            SyntheticBank bank = SyntheticBank.write(folder.resolve("docs"), new BankShape(50, 500, 5, seed));
            ParsedBank parsed = new MarkdownBankParser().parse(bank.root());
            if (!context.synchronizer()
                    .synchronize(parsed, SyncOptions.of("load bank", ImportTrigger.CLI, false), SyncProgress.NONE)
                    .ok()) {
                throw new IllegalStateException("The load benchmark's bank did not sync");
            }
            AccountService accounts = context.bean(AccountService.class);
            long started = System.nanoTime();
            // Each account hashes the password with the portal's encoder (Argon2id): two at a time, one per core.
            IntStream.rangeClosed(1, learners + warmup)
                    .parallel()
                    .forEach(number -> accounts.create(
                            new SignUp(username(number), "Learner " + number, null, PASSWORD),
                            EnumSet.of(Role.LEARNER)));
            out.printf(
                    "Seeded %d questions and %d + %d learners in %.1f s%n",
                    parsed.questionCount(), learners, warmup, (System.nanoTime() - started) / 1e9);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    static String username(int number) {
        return "load-%04d".formatted(number);
    }

    private Process startPortal(
            BenchServer server, String database, Path jar, Path floorClasses, int port, int managementPort, Path log)
            throws IOException {
        // PropertiesLauncher runs the jar's own main class with the floor's classes added to its class path.
        List<String> command = new ArrayList<>(List.of(
                jdkTool("java"),
                "-Xmx" + heap,
                // Deep enough for a Vaadin request through Spring's proxies down to the driver: at JFR's default of
                // 64 frames the samples of the rating path lost the frames that say which request they served.
                "-XX:FlightRecorderOptions:stackdepth=512",
                "-Dloader.path=" + floorClasses,
                "-cp",
                jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--spring.profiles.active=mysql",
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--studyportal.import.on-startup=false",
                "--studyportal.import.schedule=-"));
        command.addAll(portalArguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MYSQL_URL", server.databaseUrl(database));
        builder.environment().put("MYSQL_USER", server.user());
        builder.environment().put("MYSQL_PASSWORD", server.password());
        out.println("Portal: " + String.join(" ", command) + " (log: " + log + ")");
        return builder.start();
    }

    private void waitUntilHealthy(Process portal, int port, Path log) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.MINUTES.toNanos(5)) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    out.printf("Portal up after %.1f s, pid %d%n", (System.nanoTime() - started) / 1e9, portal.pid());
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal did not become healthy in 5 minutes; see " + log);
    }

    private void report(Properties figures) {
        int n = Integer.parseInt(figures.getProperty("learners"));
        String at = " (N = " + n + ")";
        out.println("\nFigures: " + new java.util.TreeMap<>(figures));
        for (String p : List.of("p50", "p95", "p99")) {
            Integer ours = integer(figures, "review-rate." + p);
            Integer floor = integer(figures, "floor-click." + p);
            boolean budgeted = p.equals("p95");
            table.row(
                    "f. rating round trip, " + p + at + " vs a click of the minimal view",
                    millis(ours),
                    millis(floor),
                    ours == null || floor == null || floor == 0 ? "—" : format("%.1f×", (double) ours / floor),
                    budgeted ? "≤ 10 ms at 500" : "—",
                    !budgeted ? "—" : ours == null ? "not measured" : met(ours <= RATING_P95_BUDGET.toMillis(), n));
        }
        int review = failed(figures, "review");
        int floor = failed(figures, "floor");
        int burst = failed(figures, "burst");
        table.row(
                "f. learners who met an error: review, floor, sign-in burst" + at,
                review + ", " + floor + ", " + burst + " of " + count(figures, "review.started") + ", "
                        + count(figures, "floor.started") + ", " + count(figures, "burst.started"),
                "—",
                "—",
                "0",
                review + floor + burst == 0 ? "yes" : "**no**");
        double logins = Double.parseDouble(figures.getProperty("burst.logins", "0"));
        double seconds = Double.parseDouble(figures.getProperty("burst.seconds", "0"));
        double rate = seconds == 0 ? 0 : logins / seconds;
        table.row(
                "f. sign-ins per second while the others review (Argon2id m=19 MiB t=2 p=1), offered "
                        + figures.getProperty("burst.rate") + "/s",
                format("%.1f/s", rate),
                "—",
                "—",
                "≥ 15/s",
                rate >= LOGIN_RATE_BUDGET && burst == 0 ? "yes" : "**no**");
        table.row(
                "f. login POST (password check) p50 / p95 during the burst; the learners' own",
                millis(integer(figures, "burst-login.p50")) + " / " + millis(integer(figures, "burst-login.p95")),
                millis(integer(figures, "review-login.p50")) + " / " + millis(integer(figures, "review-login.p95")),
                "—",
                "—",
                "—");
        reportCpu(figures, at);
        Integer before = integer(figures, "heap.before.kib");
        Integer afterFloor = integer(figures, "heap.after.floor.kib");
        Integer afterReview = integer(figures, "heap.after.review.kib");
        if (before == null || afterFloor == null || afterReview == null) {
            table.row("f. live heap per learner session", "not measured", "—", "—", "≤ 130 KB", "not measured");
            return;
        }
        double floorKb = (afterFloor - before) * 1.024 / n;
        double reviewKb = (afterReview - afterFloor) * 1.024 / n;
        table.row(
                "f. live heap after GC: 0 / N floor / N floor + N review sessions",
                format(
                        "%.1f / %.1f / %.1f MB",
                        before * 1.024 / 1000, afterFloor * 1.024 / 1000, afterReview * 1.024 / 1000),
                "—",
                "—",
                "—",
                "—");
        table.row(
                "f. live heap per learner session on /review" + at + " vs per session on the minimal view",
                format("%.0f KB", reviewKb),
                format("%.0f KB", floorKb),
                format("%.2f×", reviewKb / floorKb),
                "≤ 130 KB",
                reviewKb <= HEAP_BUDGET_KB ? "yes" : "**no**");
    }

    /**
     * The CPU each measured phase cost the portal, the database and the load generator, per learner step done: a floor click, or a
     * card (its "Show answer" and its rating). Both phases include their N sign-ins; the review phase also the
     * burst's, so the card's figure above the click's is a card's own cost only in a run without the burst.
     */
    private void reportCpu(Properties figures, String at) {
        int clicks = count(figures, "floor-click.count");
        int ratings = count(figures, "review-rate.count");
        int burst = count(figures, "burst.started");
        for (String process : List.of("portal", "database", "generator")) {
            Integer before = integer(figures, "heap.before." + process + ".cpu.ms");
            Integer afterFloor = integer(figures, "heap.after.floor." + process + ".cpu.ms");
            Integer afterReview = integer(figures, "heap.after.review." + process + ".cpu.ms");
            if (before == null || afterFloor == null || afterReview == null || clicks == 0 || ratings == 0) {
                table.row("f. " + process + " CPU per learner step", "not measured", "—", "—", "—", "—");
                continue;
            }
            double click = (double) (afterFloor - before) / clicks;
            double card = (double) (afterReview - afterFloor) / ratings;
            table.row(
                    "f. " + process + " CPU per card (Show answer + rating, sign-ins included)" + at
                            + " vs per click of the minimal view" + (burst == 0 ? "" : ", and the burst's sign-ins"),
                    format("%.2f ms (%.1f s / %d)", card, (afterReview - afterFloor) / 1000.0, ratings),
                    format("%.2f ms (%.1f s / %d)", click, (afterFloor - before) / 1000.0, clicks),
                    format("%.2f×", card / click),
                    "—",
                    "—");
        }
    }

    /** The class histogram the simulation keeps at a heap probe ("before", "after.floor", "after.review"). */
    private static Path histogram(Path work, String probe) {
        return work.resolve("histogram-heap." + probe + ".txt");
    }

    /** Where each session's heap goes: the floor's sessions against none, the review's against the floor's. */
    private void printHistograms(Path work, int sessions) throws IOException {
        Path before = histogram(work, "before");
        Path floor = histogram(work, "after.floor");
        Path review = histogram(work, "after.review");
        if (Files.isRegularFile(before) && Files.isRegularFile(floor) && Files.isRegularFile(review)) {
            out.println();
            out.println(HeapHistogramDiff.perSession(before, floor, sessions, 15));
            out.println(HeapHistogramDiff.perSession(floor, review, sessions, 25));
        }
    }

    /** The local MariaDB or MySQL server's process, whose CPU the simulation reads beside the portal's. */
    private static String databasePid() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("/mariadbd") || command.endsWith("/mysqld"))
                        .orElse(false))
                .map(process -> String.valueOf(process.pid()))
                .findFirst()
                .orElse("");
    }

    private static int failed(Properties figures, String phase) {
        return count(figures, phase + ".started") - count(figures, phase + ".finished");
    }

    private static int count(Properties figures, String key) {
        return Integer.parseInt(figures.getProperty(key, "0"));
    }

    private static String millis(@Nullable Integer value) {
        return value == null ? "not measured" : value + " ms";
    }

    /** The rating budget is set for 500 learners: a run with fewer says so rather than claiming it. */
    private static String met(boolean within, int n) {
        if (!within) {
            return "**no**";
        }
        return n >= BUDGET_LEARNERS ? "yes" : "yes at N = " + n + " (500 not shown)";
    }

    private static @Nullable Integer integer(Properties figures, String key) {
        String value = figures.getProperty(key);
        return value == null || value.equals("-1") ? null : Integer.valueOf(value);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The repository's Maven wrapper on the load project, with this JVM's JDK; its exit code. */
    private static int maven(Path repository, Path log, boolean offline, String... arguments) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(repository.resolve("mvnw").toString(), "-B"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start().waitFor();
    }

    private static void jcmd(String pid, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(jdkTool("jcmd"), pid));
        command.addAll(List.of(arguments));
        run(command);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
