package dev.studyportal.bench;

import dev.studyportal.bench.WriteCounter.Counted;
import dev.studyportal.bench.bank.BankShape;
import dev.studyportal.bench.bank.SyntheticBank;
import dev.studyportal.core.importhistory.ChangeKind;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.parse.MarkdownBankParser;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import dev.studyportal.importer.sync.SyncReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the importer on a synthetic bank against floors, in one run on one machine, and prints
 * a table of ours, floor, ratio and goal (docs/benchmarks.md explains it):
 * <ol type="a">
 * <li>parsing the bank against bare commonmark-java;</li>
 * <li>a first sync into an empty schema against plain JDBC batch inserts of the same rows;</li>
 * <li>a re-sync of the unchanged bank: its time, and its writes (none is the goal);</li>
 * <li>a re-sync after an author rewrote a tenth of the answers;</li>
 * <li>the dashboard of a learner with 100,000 reviews on the bank against the same SQL over JDBC
 *     ({@link DashboardBenchmark}; {@code --dashboard-only} runs it alone).</li>
 * </ol>
 * With {@code --all}, the other benchmarks follow (plan readiness, the load test over Vaadin's protocol) and
 * every figure is printed in one table beside its floor and goal.
 * It creates its own databases on the server and drops them; the server's write counters are
 * global, so the counts are only right while nothing else uses the server.
 */
@Command(
        name = "studyportal-bench",
        mixinStandardHelpOptions = true,
        subcommands = {ReadinessBenchmark.class, CohortBenchmark.class, LoadBenchmark.class},
        description = "Measures the importer and the dashboard against their floors on a synthetic bank"
                + " (see docs/benchmarks.md); 'readiness' measures plan readiness instead.")
public final class ImporterBenchmark extends SeededBenchmark {

    private static final SyncOptions SYNC = SyncOptions.of("benchmark bank", ImportTrigger.CLI, false);

    private static final double PARSE_GOAL = 1.5;
    private static final double FIRST_SYNC_GOAL = 3.0;
    private static final Duration NO_OP_GOAL = Duration.ofMillis(500);

    @Option(
            names = "--pages",
            defaultValue = "1000",
            description = "Pages of the synthetic bank (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--questions", defaultValue = "10000", description = "Questions in it (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--categories", defaultValue = "20", description = "Category folders (default: ${DEFAULT-VALUE}).")
    int categories;

    @Option(
            names = "--edit-fraction",
            defaultValue = "0.10",
            description = "Share of answers rewritten before the last re-sync (default: ${DEFAULT-VALUE}).")
    double editFraction;

    @Option(
            names = "--parse-runs",
            defaultValue = "7",
            description = "Measured parse runs, after 3 warm-ups (default: ${DEFAULT-VALUE}).")
    int parseRuns;

    @Option(
            names = "--sync-runs",
            defaultValue = "3",
            description = "Measured runs of each sync, after one warm-up (default: ${DEFAULT-VALUE}).")
    int syncRuns;

    @Option(names = "--parse-only", description = "Measure parsing only (a): no database needed.")
    boolean parseOnly;

    @Option(names = "--dashboard-only", description = "Measure the dashboard only (e), on the bank synced once.")
    boolean dashboardOnly;

    @Option(names = "--keep-dashboard-database", description = "Leave the dashboard's seeded database on the server.")
    boolean keepDashboardDatabase;

    @Option(names = "--skip-dashboard", description = "Leave out the dashboard (e).")
    boolean skipDashboard;

    @Option(
            names = "--dashboard-reviews",
            defaultValue = "100000",
            description = "Ratings in the dashboard learner's history (default: ${DEFAULT-VALUE}).")
    int dashboardReviews;

    @Option(
            names = "--dashboard-days",
            defaultValue = "730",
            description = "Days that history spans, up to today (default: ${DEFAULT-VALUE}).")
    int dashboardDays;

    @Option(
            names = "--dashboard-runs",
            defaultValue = "60",
            description =
                    "Measured dashboard reads, ours and floor each, after 5 warm-ups (default: ${DEFAULT-VALUE}).")
    int dashboardRuns;

    @Option(
            names = "--all",
            description = "After a–e, run every other benchmark too (readiness, load, ...) and print"
                    + " all their figures in one table.")
    boolean all;

    @Option(
            names = "--load-learners",
            defaultValue = "50",
            description = "With --all: concurrent learners of the load benchmark (default: ${DEFAULT-VALUE}).")
    int loadLearners;

    private final PrintStream out = System.out;
    private final ResultTable table = new ResultTable();

    /**
     * The benchmarks that {@code --all} runs after a–e, in this order, each adding its rows to the one table.
     * A new benchmark plugs in here: a picocli command (so its options have their defaults) whose rows go into
     * {@code table}, as {@code into(table)} does for these.
     */
    private List<Callable<Integer>> otherBenchmarks() {
        LoadBenchmark load = withDefaults(new LoadBenchmark());
        load.learners = loadLearners;
        // The cohort benchmark prints its own table (matrix and analytics beside the same SQL), after readiness.
        return List.of(
                withDefaults(new ReadinessBenchmark()).into(table),
                withDefaults(new CohortBenchmark()),
                load.into(table));
    }

    /** A command built outside picocli's parsing has none of its options' defaults until it is parsed. */
    private static <T> T withDefaults(T command) {
        new CommandLine(command).parseArgs();
        return command;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImporterBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        BenchServer server = parseOnly ? null : BenchServer.fromEnvironment();
        out.println("# Study Portal benchmark\n");
        if (server != null) {
            out.println(MachineFacts.describe(server));
        }
        Path folder = Files.createTempDirectory("studyportal-bench-");
        try {
            BankShape shape = new BankShape(pages, questions, categories, seed);
            SyntheticBank bank = SyntheticBank.write(folder.resolve("docs"), shape);
            ParsedBank parsed = new MarkdownBankParser().parse(bank.root());
            out.printf(
                    "Bank: %d pages in %d folders, %d sections, %d questions, %.1f MB of Markdown, seed %d%n%n",
                    parsed.pages().size(),
                    categories,
                    parsed.pages().stream().mapToInt(p -> p.sections().size()).sum(),
                    parsed.questionCount(),
                    megabytes(bank.root()),
                    seed);

            if (dashboardOnly) {
                if (server == null) {
                    throw new IllegalArgumentException(
                            "--dashboard-only measures on a database: leave out --parse-only");
                }
                new DashboardBenchmark(out, table)
                        .run(
                                server,
                                parsed,
                                dashboardReviews,
                                dashboardDays,
                                dashboardRuns,
                                seed,
                                keepDashboardDatabase);
                return printResults();
            }
            measureParsing(bank);
            if (server == null) {
                return printResults();
            }
            String ours = server.createDatabase();
            String floor = server.createDatabase();
            try (ImporterContext importer = ImporterContext.start(server, ours);
                    WriteCounter counter = new WriteCounter(importer.statistics(), server)) {
                ContentTables.migrate(server, floor);
                measureFirstSync(server, importer, counter, parsed, ours, floor);
                measureNoOpSync(importer, counter, bank, parsed);
                measureEditedSync(importer, counter, bank, parsed);
            } finally {
                server.dropDatabase(ours);
                server.dropDatabase(floor);
            }
            if (!skipDashboard) {
                new DashboardBenchmark(out, table)
                        .run(
                                server,
                                parsed,
                                dashboardReviews,
                                dashboardDays,
                                dashboardRuns,
                                seed,
                                keepDashboardDatabase);
            }
        } finally {
            deleteTree(folder);
        }
        if (all) {
            for (Callable<Integer> benchmark : otherBenchmarks()) {
                out.println();
                benchmark.call();
            }
        }
        return printResults();
    }

    private int printResults() {
        out.println("\n## Results\n");
        out.print(table.markdown());
        return 0;
    }

    private void measureParsing(SyntheticBank bank) throws Exception {
        ParseComparison parse = ParseComparison.run(bank.root(), 3, parseRuns);
        out.println("a. parse, ours (ms):      " + parse.ours().runsMillis());
        out.println("   commonmark-java (ms):  " + parse.floor().runsMillis());
        table.ratio(
                "a. parse the bank: MarkdownBankParser vs bare commonmark-java",
                parse.ours().median(),
                parse.floor().median(),
                PARSE_GOAL);
    }

    /** Each run empties both schemas first; the last run leaves ours full for the re-syncs. */
    private void measureFirstSync(
            BenchServer server,
            ImporterContext importer,
            WriteCounter counter,
            ParsedBank parsed,
            String ours,
            String floor)
            throws Exception {
        Samples sync = new Samples();
        Samples jdbc = new Samples();
        Counted<SyncReport> last = null;
        JdbcFloor.Rows rows = null;
        for (int i = 0; i <= syncRuns; i++) {
            boolean measured = i > 0;
            ContentTables.empty(server, floor);
            ContentTables.empty(server, ours);
            try (Connection connection = server.connect(floor)) {
                rows = (measured ? jdbc : new Samples())
                        .time(() -> JdbcFloor.insert(connection, parsed, Instant.now()));
            }
            last = counter.count(
                    measured ? sync : new Samples(),
                    () -> importer.synchronizer().synchronize(parsed, SYNC, SyncProgress.NONE));
            requireOk(last.result());
        }
        Objects.requireNonNull(last, "the last first sync");
        Objects.requireNonNull(rows, "the floor's rows");
        out.println("\nb. first sync, ours (ms): " + sync.runsMillis());
        out.println("   JDBC floor (ms):       " + jdbc.runsMillis() + "   " + rows);
        out.println("   last run: " + last.hibernate());
        out.println("             " + last.serverSummary());
        table.ratio(
                "b. first sync into an empty schema vs JDBC batch inserts",
                sync.median(),
                jdbc.median(),
                FIRST_SYNC_GOAL);
        table.writes(
                "b. first sync: server rows written" + alone(last),
                last.server().rows(),
                rows.total(),
                null);
    }

    private void measureNoOpSync(ImporterContext importer, WriteCounter counter, SyntheticBank bank, ParsedBank parsed)
            throws Exception {
        Samples whole = new Samples();
        Samples syncOnly = new Samples();
        List<Counted<SyncReport>> runs = new ArrayList<>();
        // The warm-up is the first run through the command's path after the first sync (measured
        // above without it): it takes the sync lock and records the bank's digest, once.
        Counted<SyncReport> warmUp =
                counter.count(new Samples(), () -> importer.importer().sync(bank.root(), false));
        requireOk(warmUp.result());
        importer.synchronizer().synchronize(parsed, SYNC, SyncProgress.NONE);
        for (int i = 0; i < syncRuns; i++) {
            runs.add(counter.count(whole, () -> importer.importer().sync(bank.root(), false)));
            runs.add(counter.count(
                    syncOnly, () -> importer.synchronizer().synchronize(parsed, SYNC, SyncProgress.NONE)));
        }
        runs.forEach(run -> requireOk(run.result()));
        Counted<SyncReport> worst = mostWrites(
                        runs.stream().filter(Counted::serverWasOurs).toList())
                .orElseGet(() -> mostWrites(runs).orElseThrow());
        out.println("\nc. no-op re-sync, parse + sync (ms): " + whole.runsMillis());
        out.println("   sync of the parsed bank (ms):    " + syncOnly.runsMillis());
        out.println("   warm-up (records the bank's digest and takes the lock, once): " + warmUp.serverSummary());
        out.println("   changes reported: "
                + runs.stream().mapToInt(run -> run.result().changes().size()).sum());
        out.println("   runs with the server to ourselves: "
                + runs.stream().filter(Counted::serverWasOurs).count() + " of " + runs.size()
                + "; most writes among them:");
        out.println("   " + worst.hibernate());
        out.println("   " + worst.serverSummary());
        table.time("c. no-op re-sync: parse + sync, as the command runs it", whole.median(), NO_OP_GOAL);
        table.time("c. no-op re-sync: sync of the already parsed bank", syncOnly.median());
        table.writes(
                "c. no-op re-sync: Hibernate entity + collection writes",
                worst.hibernate().entityWrites() + worst.hibernate().collectionWrites(),
                0,
                0L);
        table.writes(
                "c. no-op re-sync: server rows written (Handler_write/update/delete)" + alone(worst),
                worst.server().rows(),
                0,
                0L);
        table.writes(
                "c. no-op re-sync: server write statements (Com_insert/update/delete)" + alone(worst),
                worst.server().statements(),
                0,
                0L);
    }

    /**
     * Each run edits another share of the answers. The floor of its writes is worked out from the
     * bank before and after the edit ({@link EditFloor}).
     */
    private void measureEditedSync(
            ImporterContext importer, WriteCounter counter, SyntheticBank bank, ParsedBank parsed) throws Exception {
        MarkdownBankParser parser = new MarkdownBankParser();
        Samples edited = new Samples();
        Counted<SyncReport> first = null;
        EditFloor firstFloor = null;
        ParsedBank before = parsed;
        for (int i = 0; i < syncRuns; i++) {
            SyntheticBank.Edit edit = bank.edit(editFraction);
            ParsedBank after = parser.parse(bank.root());
            EditFloor floor = EditFloor.between(before, after);
            before = after;
            Counted<SyncReport> run =
                    counter.count(edited, () -> importer.importer().sync(bank.root(), false));
            requireOk(run.result());
            long updated = run.result().changes().stream()
                    .filter(change -> change.change() == ChangeKind.UPDATED)
                    .count();
            out.printf(
                    "%nd. re-sync after editing %d answers on %d pages: %d ms, %d reported updated%n",
                    edit.questions(), edit.pages(), edited.last().toMillis(), updated);
            out.println("   " + run.hibernate());
            out.println("   " + run.serverSummary());
            out.println("   " + floor);
            if (first == null) {
                first = run;
                firstFloor = floor;
            }
        }
        Objects.requireNonNull(first, "the first edit's run");
        Objects.requireNonNull(firstFloor, "the first edit's floor");
        String share = Math.round(editFraction * 100) + "%";
        table.time("d. re-sync after editing " + share + " of the answers: parse + sync", edited.median());
        table.writes(
                "d. re-sync after editing " + share + ": Hibernate entity writes",
                first.hibernate().entityWrites(),
                firstFloor.entityWrites(),
                null);
        table.writes(
                "d. re-sync after editing " + share + ": server rows written" + alone(first),
                first.server().rows(),
                firstFloor.rows(),
                null);
    }

    private static Optional<Counted<SyncReport>> mostWrites(List<Counted<SyncReport>> runs) {
        return runs.stream()
                .max(Comparator.comparingLong(run -> run.hibernate().entityWrites()
                        + run.hibernate().collectionWrites()
                        + run.server().rows()));
    }

    /** A server count taken while others wrote too says little; the table must say so. */
    private static String alone(Counted<?> run) {
        return run.serverWasOurs() ? "" : " (NOT ALONE on the server: includes others' writes)";
    }

    private static void requireOk(SyncReport report) {
        if (!report.ok()) {
            throw new IllegalStateException("The sync failed: " + report.errors());
        }
    }

    private static double megabytes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            long bytes = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
            return bytes / 1e6;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
