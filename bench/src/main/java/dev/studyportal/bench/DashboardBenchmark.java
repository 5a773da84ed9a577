package dev.studyportal.bench;

import db.migration.V23__ReviewRollup;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.account.StudyPreferences;
import dev.studyportal.core.dashboard.Dashboard;
import dev.studyportal.core.dashboard.DashboardQueries;
import dev.studyportal.core.dashboard.DashboardService;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.importer.parse.ParsedBank;
import dev.studyportal.importer.sync.SyncOptions;
import dev.studyportal.importer.sync.SyncProgress;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * e. The dashboard of a learner with a long history, against three floors over plain JDBC on one open connection,
 * every row read: the same SQL statements ({@link DashboardQueries#statements}: the bank's version, the ratings per
 * day summed from the review rollup, the learner's cards), the statements the dashboard ran before V25
 * ({@link DashboardQueries#beforeV25}: the questions per section counted every time, the cards joined to their
 * questions per section and per due day), and those with the ratings per day grouped from the review log itself
 * ({@link DashboardQueries#DAYS_FROM_LOG}), as the dashboard read them before the rollup (V23). Ours is
 * {@link DashboardService#dashboard} as the portal calls it: the account, the statements through Hibernate, and
 * the records the view draws from, with the bank's sections kept as they are between dashboards. Two other
 * learners' histories share the tables.
 */
final class DashboardBenchmark {

    static final double RATIO_GOAL = 2.0;
    static final Duration P95_GOAL = Duration.ofMillis(250);
    private static final String LEARNER = "bench-learner";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");

    private final PrintStream out;
    private final ResultTable table;

    DashboardBenchmark(PrintStream out, ResultTable table) {
        this.out = out;
        this.table = table;
    }

    /** With {@code keep}, the seeded database stays on the server for a closer look (its name is printed). */
    void run(BenchServer server, ParsedBank bank, int reviews, int days, int runs, long seed, boolean keep)
            throws Exception {
        String database = server.createDatabase();
        try (ImporterContext context = ImporterContext.start(server, database, false)) {
            requireOk(context.synchronizer()
                    .synchronize(bank, SyncOptions.of("benchmark bank", ImportTrigger.CLI, false), SyncProgress.NONE)
                    .ok());
            AccountService accounts = context.bean(AccountService.class);
            List<Long> learners = new ArrayList<>();
            for (String name : List.of(LEARNER, "bench-neighbour-1", "bench-neighbour-2")) {
                accounts.create(new SignUp(name, name, null, "a long benchmark password"), EnumSet.of(Role.LEARNER));
                accounts.updatePreferences(name, StudyPreferences.DEFAULTS.inZone(ZONE));
            }
            Instant now = context.bean(Clock.class).instant();
            try (Connection connection = server.connect(database)) {
                for (String name : List.of(LEARNER, "bench-neighbour-1", "bench-neighbour-2")) {
                    learners.add(single(connection, "select id from user_account where username = '" + name + "'"));
                }
                List<Long> questions = ids(connection, "select id from question where retired = false order by id");
                long start = System.nanoTime();
                ReviewHistory.Written ours =
                        ReviewHistory.write(connection, learners.get(0), questions, reviews, days, now, seed, 0);
                ReviewHistory.Written neighbours = ReviewHistory.write(
                        connection, learners.get(1), questions, reviews / 5, days, now, seed + 1, 10_000_000);
                ReviewHistory.write(
                        connection, learners.get(2), questions, reviews / 5, days, now, seed + 2, 20_000_000);
                double seeded = (System.nanoTime() - start) / 1e9;
                // The histories were written straight into review_log: their rollup is what migration V23 builds.
                start = System.nanoTime();
                V23__ReviewRollup.backfill(connection);
                double rolledUp = (System.nanoTime() - start) / 1e9;
                execute(connection, "analyze table review_log, review_rollup, card_state, question, section, page");
                out.printf(
                        "%ne. dashboard: %s for %s over %d days, and two neighbours with %s each; seeded in %.1f s,"
                                + " rollup built (V23's backfill) in %.1f s: %,d quarter hours for %s%n",
                        ours,
                        LEARNER,
                        days,
                        neighbours.reviews(),
                        seeded,
                        rolledUp,
                        single(
                                connection,
                                "select count(*) from review_rollup where user_account_id = " + learners.getFirst()),
                        LEARNER);
                measure(context.bean(DashboardService.class), connection, learners.getFirst(), runs, ours.reviews());
            }
        } finally {
            if (keep) {
                out.println("   kept the database " + database + " (drop it when done)");
            } else {
                server.dropDatabase(database);
            }
        }
    }

    private void measure(DashboardService dashboards, Connection connection, long learnerId, int runs, int reviews)
            throws Exception {
        Samples ours = new Samples();
        Samples floor = new Samples();
        Samples beforeFloor = new Samples();
        Samples logFloor = new Samples();
        Samples ignored = new Samples();
        Dashboard last = null;
        long floorRows = 0;
        long beforeRows = 0;
        long logFloorRows = 0;
        Map<String, Samples> statements = new LinkedHashMap<>();
        Map<String, Samples> notKept = new LinkedHashMap<>();
        for (int i = 0; i < runs + 5; i++) {
            boolean measured = i >= 5;
            Map<String, Samples> byStatement = measured ? statements : notKept;
            // Rotate which goes first, so that none always finds another's pages in the buffer pool.
            for (int turn = 0; turn < 4; turn++) {
                switch ((i + turn) % 4) {
                    case 0 -> last = (measured ? ours : ignored).time(() -> dashboards.dashboard(LEARNER));
                    case 1 ->
                        floorRows = (measured ? floor : ignored)
                                .time(() -> floor(connection, learnerId, byStatement, Floor.SAME));
                    case 2 ->
                        beforeRows = (measured ? beforeFloor : ignored)
                                .time(() -> floor(connection, learnerId, byStatement, Floor.BEFORE_V25));
                    default ->
                        logFloorRows = (measured ? logFloor : ignored)
                                .time(() -> floor(connection, learnerId, byStatement, Floor.LOG));
                }
            }
        }
        Samples bankChanged = new Samples();
        for (int i = 0; i < Math.max(5, runs / 4); i++) {
            bankChanged.time(() -> read(connection, new DashboardQueries.Statement(DashboardQueries.SECTIONS, Map.of()))
                    + read(connection, new DashboardQueries.Statement(DashboardQueries.ACTIVE_QUESTIONS, Map.of())));
        }
        Objects.requireNonNull(last, "the dashboard of the last run");
        out.printf(
                "   dashboard: %,d reviews, %d sections, %d days with ratings, streak %s; floor read %,d rows,"
                        + " the statements before V25 %,d, the bare SQL over the log %,d%n",
                last.totalReviews(),
                last.mastery().size(),
                last.days().size(),
                last.streak(),
                floorRows,
                beforeRows,
                logFloorRows);
        out.println("   ours (ms):  " + ours.runsMillis());
        out.println("   floor, the same SQL (ms): " + floor.runsMillis());
        out.println("   floor, the statements before V25 (ms): " + beforeFloor.runsMillis());
        out.println("   floor, the bare SQL over the log (ms): " + logFloor.runsMillis());
        StringBuilder medians = new StringBuilder("   by statement over JDBC, median ms:");
        statements.forEach((name, samples) -> medians.append(' ')
                .append(name)
                .append(' ')
                .append(samples.median().toMillis())
                .append(','));
        out.println(medians.substring(0, medians.length() - 1));
        out.printf(
                "   after a change to the bank, the first dashboard also reads the questions per section and the"
                        + " active questions once: median %d ms over JDBC%n",
                bankChanged.median().toMillis());
        explain(connection, learnerId);
        table.ratio(
                "e. dashboard data, %,d-review learner: median vs the same SQL over JDBC".formatted(reviews),
                ours.median(),
                floor.median(),
                RATIO_GOAL);
        table.ratio(
                "e. dashboard data: p95 vs the floor's p95", ours.percentile(0.95), floor.percentile(0.95), RATIO_GOAL);
        table.ratio(
                "e. dashboard data: median vs the statements before V25 over JDBC",
                ours.median(),
                beforeFloor.median(),
                RATIO_GOAL);
        table.ratio(
                "e. dashboard data: p95 vs the statements before V25, p95",
                ours.percentile(0.95),
                beforeFloor.percentile(0.95),
                RATIO_GOAL);
        table.ratio(
                "e. dashboard data: median vs the same aggregates' bare SQL over review_log",
                ours.median(),
                logFloor.median(),
                RATIO_GOAL);
        table.ratio(
                "e. dashboard data: p95 vs the bare SQL over review_log, p95",
                ours.percentile(0.95),
                logFloor.percentile(0.95),
                RATIO_GOAL);
        table.time("e. dashboard data: p95", ours.percentile(0.95), P95_GOAL);
    }

    /** Which statements a floor runs. */
    private enum Floor {
        /** What the service runs with the bank's sections kept: the bank's version, days from the rollup, the cards. */
        SAME,
        /** What it ran before V25: questions per section, cards per section and status, days from the rollup, due per day. */
        BEFORE_V25,
        /** Before V25, with the days grouped from review_log as before the rollup (V23). */
        LOG
    }

    /**
     * The statements of {@code floor} over JDBC, the first review's time first, every column of every row read;
     * each statement timed by name.
     */
    private static long floor(Connection connection, long learnerId, Map<String, Samples> byStatement, Floor floor)
            throws Exception {
        Instant now = Instant.now();
        long start = System.nanoTime();
        Instant firstReview;
        try (PreparedStatement first = prepare(
                        connection,
                        new DashboardQueries.Statement(DashboardQueries.FIRST_REVIEW, Map.of("learner", learnerId)));
                ResultSet result = first.executeQuery()) {
            result.next();
            Timestamp at = result.getTimestamp(1, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            firstReview = at == null ? now : at.toInstant();
        }
        if (floor == Floor.SAME) {
            sample(byStatement, "first review").add(Duration.ofNanos(System.nanoTime() - start));
        }
        long rows = 0;
        if (floor == Floor.SAME) {
            DashboardQueries.Statements statements = DashboardQueries.statements(learnerId, ZONE, firstReview, now);
            rows += sample(byStatement, "bank version").time(() -> read(connection, statements.bankVersion()));
            rows += sample(byStatement, "days from the rollup").time(() -> read(connection, statements.days()));
            rows += sample(byStatement, "cards").time(() -> read(connection, statements.cards()));
            return rows;
        }
        List<DashboardQueries.Statement> before = DashboardQueries.beforeV25(learnerId, ZONE, firstReview, now);
        List<String> names =
                List.of("sections (before V25)", "cards by section (before V25)", "days", "due (before V25)");
        for (int i = 0; i < before.size(); i++) {
            DashboardQueries.Statement statement = before.get(i);
            if (i == 2) {
                if (floor == Floor.LOG) {
                    DashboardQueries.Statement fromLog =
                            DashboardQueries.daysFromLog(learnerId, ZONE, firstReview, now);
                    rows += sample(byStatement, "days from the log").time(() -> read(connection, fromLog));
                } else {
                    rows += read(connection, statement);
                }
            } else if (floor == Floor.BEFORE_V25) {
                rows += sample(byStatement, names.get(i)).time(() -> read(connection, statement));
            } else {
                rows += read(connection, statement);
            }
        }
        return rows;
    }

    private static Samples sample(Map<String, Samples> byStatement, String name) {
        return byStatement.computeIfAbsent(name, key -> new Samples());
    }

    private static long read(Connection connection, DashboardQueries.Statement statement) throws SQLException {
        long rows = 0;
        try (PreparedStatement prepared = prepare(connection, statement);
                ResultSet result = prepared.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    result.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }

    private void explain(Connection connection, long learnerId) throws SQLException {
        out.println("   EXPLAIN of the aggregates:");
        Instant from = Instant.now().minus(Duration.ofDays(730));
        List<DashboardQueries.Statement> explained =
                new ArrayList<>(DashboardQueries.statements(learnerId, ZONE, from, Instant.now())
                        .all());
        explained.add(new DashboardQueries.Statement(DashboardQueries.SECTIONS, Map.of()));
        explained.add(new DashboardQueries.Statement(DashboardQueries.ACTIVE_QUESTIONS, Map.of()));
        for (DashboardQueries.Statement statement : explained) {
            try (PreparedStatement prepared = prepare(
                            connection,
                            new DashboardQueries.Statement("explain " + statement.sql(), statement.parameters()));
                    ResultSet result = prepared.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringBuilder line = new StringBuilder("     ");
                    for (String column : List.of("table", "type", "key", "rows", "Extra")) {
                        line.append(column)
                                .append('=')
                                .append(value(result, meta, column))
                                .append("  ");
                    }
                    out.println(line.toString().stripTrailing());
                }
            }
        }
    }

    private static String value(ResultSet result, ResultSetMetaData meta, String column) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(column)) {
                return String.valueOf(result.getObject(i));
            }
        }
        return "?";
    }

    /** Named parameters to JDBC's question marks, instants as the UTC wall-clock times the columns hold. */
    private static PreparedStatement prepare(Connection connection, DashboardQueries.Statement statement)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(statement.sql());
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            Object value = statement.parameters().get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for :" + matcher.group(1));
            }
            values.add(value instanceof Instant instant ? ReviewHistory.utc(instant) : value);
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        PreparedStatement prepared = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            prepared.setObject(i + 1, values.get(i));
        }
        return prepared;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        return ids(connection, sql).getFirst();
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static void requireOk(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("The benchmark bank did not sync");
        }
    }
}
