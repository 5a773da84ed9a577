package dev.studyportal.bench;

import dev.studyportal.bench.bank.BankShape;
import dev.studyportal.bench.bank.SyntheticBank;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.plan.PlanDraft;
import dev.studyportal.core.plan.PlanReadiness;
import dev.studyportal.core.plan.PlanScope;
import dev.studyportal.core.plan.PlanService;
import dev.studyportal.core.plan.ScopeOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures plan readiness (PlanService.readiness) for one learner with a long history on a large bank,
 * against the bare SQL that reads the same rows: the forecast must stay an aggregate read plus arithmetic,
 * never a walk through entities. The bank is imported by the importer; the history is written with JDBC
 * batches (rating 100,000 times through the service would measure the service, not readiness).
 */
@Command(
        name = "readiness",
        mixinStandardHelpOptions = true,
        description = "Measures plan readiness for a learner with a long review history, " + ReadinessBenchmark.WARM_UPS
                + " warm-ups before the measured runs (see docs/benchmarks.md).")
final class ReadinessBenchmark extends RepeatedBenchmark {

    private static final Duration GOAL = Duration.ofMillis(500);
    /** Enough runs for the JIT to compile the forecast's loops; the first runs of a fresh JVM measure the compiler. */
    static final int WARM_UPS = 15;

    private static final String LEARNER = "bench-learner";
    /** Far above anything the table generator hands out in a run, so the written rows never collide with it. */
    private static final long FIRST_ID = 9_000_000_000L;

    @Option(
            names = "--questions",
            defaultValue = "10000",
            description = "Questions in the bank (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--pages", defaultValue = "1000", description = "Pages of the bank (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(
            names = "--reviews",
            defaultValue = "100000",
            description = "The learner's ratings (default: ${DEFAULT-VALUE}).")
    int reviews;

    @Option(
            names = "--studied",
            defaultValue = "0.8",
            description = "Share of the bank the learner has studied (default: ${DEFAULT-VALUE}).")
    double studied;

    @Option(
            names = "--days",
            defaultValue = "30",
            description = "Days from today to the interview (default: ${DEFAULT-VALUE}).")
    int days;

    private final PrintStream out = System.out;
    private @Nullable ResultTable shared;

    ReadinessBenchmark() {
        super(30);
    }

    /** Run as part of the whole benchmark: its figures go into the shared table as well. */
    ReadinessBenchmark into(ResultTable table) {
        this.shared = table;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        BenchServer server = BenchServer.fromEnvironment();
        out.println("# Study Portal readiness benchmark\n");
        out.println(MachineFacts.describe(server));
        Path folder = Files.createTempDirectory("studyportal-bench-");
        String database = server.createDatabase();
        try (ImporterContext context = ImporterContext.start(server, database)) {
            SyntheticBank bank = SyntheticBank.write(folder.resolve("docs"), new BankShape(pages, questions, 20, seed));
            context.importer().sync(bank.root(), false);
            AccountService accounts = context.bean(AccountService.class);
            accounts.create(
                    new SignUp(LEARNER, "Bench learner", null, "a long bench password"), EnumSet.of(Role.LEARNER));
            PlanService plans = context.bean(PlanService.class);
            ScopeOptions options = plans.scopeOptions();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long planId = plans.create(
                    LEARNER,
                    new PlanDraft(
                            "Everything",
                            new PlanScope(
                                    options.pages().stream()
                                            .map(ScopeOptions.Option::id)
                                            .collect(Collectors.toSet()),
                                    java.util.Set.of(),
                                    java.util.Set.of()),
                            today,
                            today.plusDays(days),
                            null));
            long learnerId;
            int cards;
            try (Connection connection = server.connect(database)) {
                learnerId = single(connection, "SELECT id FROM user_account WHERE username = '" + LEARNER + "'");
                cards = writeHistory(connection, learnerId);
                out.printf(
                        "Bank: %d pages, %d questions; learner: %d cards, %d ratings; plan: every page, interview in %d days%n%n",
                        pages,
                        single(connection, "SELECT COUNT(*) FROM question WHERE retired = FALSE"),
                        cards,
                        single(connection, "SELECT COUNT(*) FROM review_log"),
                        days);
            }

            Samples ours = new Samples();
            Samples floor = new Samples();
            PlanReadiness last = null;
            try (Connection connection = server.connect(database)) {
                for (int i = 0; i < runs + WARM_UPS; i++) {
                    boolean measured = i >= WARM_UPS;
                    last = (measured ? ours : new Samples())
                            .time(() -> plans.readiness(LEARNER, planId).orElseThrow());
                    (measured ? floor : new Samples()).time(() -> bareSql(connection, learnerId, planId));
                }
            }
            Objects.requireNonNull(last, "readiness of the last run");
            out.printf(
                    "Readiness on the date: %.1f%% following the plan, %.1f%% without reviews; %d curve points%n",
                    last.followingPlan() * 100,
                    last.withoutReviews() * 100,
                    last.curve().size());
            out.println("readiness, ours (ms):  " + ours.runsMillis());
            out.println("bare SQL floor (ms):   " + floor.runsMillis());
            out.println("\n## Results\n");
            out.println("| Measurement | p50 | p95 | Goal | Met? |");
            out.println("| --- | ---: | ---: | ---: | --- |");
            out.printf(
                    "| plan readiness (PlanService.readiness) | %s | %s | p95 ≤ %s | %s |%n",
                    ResultTable.seconds(ours.median()),
                    ResultTable.seconds(ours.percentile(0.95)),
                    ResultTable.seconds(GOAL),
                    ours.percentile(0.95).compareTo(GOAL) <= 0 ? "yes" : "**no**");
            out.printf(
                    "| bare-SQL floor: the same rows over JDBC | %s | %s | — | — |%n",
                    ResultTable.seconds(floor.median()), ResultTable.seconds(floor.percentile(0.95)));
            out.printf(
                    "| ratio of the medians | %.2f× | | | |%n",
                    (double) ours.median().toNanos() / floor.median().toNanos());
            if (shared != null) {
                shared.row(
                        "g. plan readiness, p50: PlanService.readiness vs the same rows over JDBC",
                        ResultTable.seconds(ours.median()),
                        ResultTable.seconds(floor.median()),
                        String.format(
                                java.util.Locale.ROOT,
                                "%.2f×",
                                (double) ours.median().toNanos()
                                        / floor.median().toNanos()),
                        "—",
                        "—");
                shared.row(
                        "g. plan readiness, p95",
                        ResultTable.seconds(ours.percentile(0.95)),
                        ResultTable.seconds(floor.percentile(0.95)),
                        "—",
                        "≤ " + ResultTable.seconds(GOAL),
                        ours.percentile(0.95).compareTo(GOAL) <= 0 ? "yes" : "**no**");
            }
        } finally {
            server.dropDatabase(database);
            deleteTree(folder);
        }
        return 0;
    }

    /**
     * Cards for a share of the bank in review, each with its ratings spread over the past year, up to
     * {@link #reviews} ratings in all; stabilities and answer times drawn from a fixed seed.
     */
    private int writeHistory(Connection connection, long learnerId) throws Exception {
        List<Long> questionIds;
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT id FROM question WHERE retired = FALSE ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            questionIds = new java.util.ArrayList<>();
            while (rows.next()) {
                questionIds.add(rows.getLong(1));
            }
        }
        int cardCount = (int) Math.min(questionIds.size(), Math.round(questionIds.size() * studied));
        Random random = new Random(seed);
        Instant now = Instant.now();
        long id = FIRST_ID;
        connection.setAutoCommit(false);
        try (PreparedStatement card = connection.prepareStatement("""
                INSERT INTO card_state (id, version, user_account_id, question_id, phase, step, stability, difficulty,
                    due_at, last_review_at, reps, lapses, seen_content_version, bookmarked)
                VALUES (?, 0, ?, ?, 'REVIEW', NULL, ?, ?, ?, ?, ?, 0, 1, FALSE)""");
                PreparedStatement log = connection.prepareStatement("""
                INSERT INTO review_log (id, user_account_id, question_id, rating, reviewed_at, duration_ms, content_version,
                    retrievability, phase_before, reps_before, lapses_before, phase_after, stability_after,
                    difficulty_after, due_after)
                VALUES (?, ?, ?, 'GOOD', ?, ?, 1, 0.9, 'REVIEW', ?, 0, 'REVIEW', ?, ?, ?)""")) {
            for (int c = 0; c < cardCount; c++) {
                long questionId = questionIds.get(c);
                int ratings = reviews / cardCount + (c < reviews % cardCount ? 1 : 0);
                double stability = 1 + random.nextDouble() * 60;
                double difficulty = 3 + random.nextDouble() * 5;
                Instant lastReview = now.minus(Duration.ofHours(1 + random.nextInt(24 * 40)));
                Instant due = lastReview.plus(Duration.ofDays(Math.max(1, Math.round(stability))));
                card.setLong(1, id++);
                card.setLong(2, learnerId);
                card.setLong(3, questionId);
                card.setDouble(4, stability);
                card.setDouble(5, difficulty);
                card.setTimestamp(6, Timestamp.from(due));
                card.setTimestamp(7, Timestamp.from(lastReview));
                card.setInt(8, Math.max(1, ratings));
                card.addBatch();
                for (int r = 0; r < ratings; r++) {
                    Instant at = lastReview.minus(Duration.ofDays((long) r * 30 / Math.max(1, ratings) + r));
                    log.setLong(1, id++);
                    log.setLong(2, learnerId);
                    log.setLong(3, questionId);
                    log.setTimestamp(4, Timestamp.from(at));
                    log.setLong(5, 3_000 + random.nextInt(40_000));
                    log.setInt(6, ratings - r - 1);
                    log.setDouble(7, stability);
                    log.setDouble(8, difficulty);
                    log.setTimestamp(9, Timestamp.from(at.plus(Duration.ofDays(1))));
                    log.addBatch();
                }
                if (c % 500 == 499) {
                    card.executeBatch();
                    log.executeBatch();
                }
            }
            card.executeBatch();
            log.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        try (PreparedStatement analyze =
                connection.prepareStatement("ANALYZE TABLE card_state, review_log, question")) {
            analyze.execute();
        }
        return cardCount;
    }

    /** The rows readiness reads, read as plainly as SQL allows: the scope's cards and the latest answer times. */
    private static int bareSql(Connection connection, long learnerId, long planId) throws Exception {
        int rows = 0;
        try (PreparedStatement scope = connection.prepareStatement("""
                SELECT q.id, q.title, c.phase, c.step, c.stability, c.difficulty, c.due_at, c.last_review_at, c.reps
                FROM question q JOIN section s ON s.id = q.section_id JOIN page p ON p.id = s.page_id
                LEFT JOIN card_state c ON c.question_id = q.id AND c.user_account_id = ?
                WHERE q.retired = FALSE AND p.unlisted = FALSE
                  AND EXISTS (SELECT 1 FROM study_plan_page x WHERE x.plan_id = ? AND x.page_id = p.id)
                ORDER BY COALESCE(p.sidebar_position, 2147483647), p.title, s.position, q.position""")) {
            scope.setLong(1, learnerId);
            scope.setLong(2, planId);
            try (ResultSet result = scope.executeQuery()) {
                while (result.next()) {
                    result.getString(2);
                    result.getTimestamp(8);
                    rows++;
                }
            }
        }
        try (PreparedStatement durations = connection.prepareStatement("""
                SELECT duration_ms FROM review_log WHERE user_account_id = ? AND undone_at IS NULL
                ORDER BY reviewed_at DESC, id DESC LIMIT 1000""")) {
            durations.setLong(1, learnerId);
            try (ResultSet result = durations.executeQuery()) {
                while (result.next()) {
                    result.getLong(1);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
