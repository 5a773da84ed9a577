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
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * e. The dashboard of a learner with a long history, against two floors over plain JDBC on one open connection,
 * every row read: the same SQL statements ({@link DashboardQueries}, the ratings per day summed from the
 * review rollup), and the bare SQL of the same aggregates with the ratings per day grouped from the review log
 * itself ({@link DashboardQueries#DAYS_FROM_LOG}), as the dashboard read them before the rollup. Ours is
 * {@link DashboardService#dashboard} as the portal calls it: the account, the statements through
 * Hibernate, and the records the view draws from. Two other learners' histories share the tables.
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
            requireOk(context.synchronizer().synchronize(bank,
                    SyncOptions.of("benchmark bank", ImportTrigger.CLI, false), SyncProgress.NONE).ok());
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
                ReviewHistory.Written ours = ReviewHistory.write(connection, learners.get(0), questions, reviews, days,
                        now, seed, 0);
                ReviewHistory.Written neighbours = ReviewHistory.write(connection, learners.get(1), questions,
                        reviews / 5, days, now, seed + 1, 10_000_000);
                ReviewHistory.write(connection, learners.get(2), questions, reviews / 5, days, now, seed + 2, 20_000_000);
                double seeded = (System.nanoTime() - start) / 1e9;
                // The histories were written straight into review_log: their rollup is what migration V23 builds.
                start = System.nanoTime();
                V23__ReviewRollup.backfill(connection);
                double rolledUp = (System.nanoTime() - start) / 1e9;
                execute(connection, "analyze table review_log, review_rollup, card_state, question, section, page");
                out.printf("%ne. dashboard: %s for %s over %d days, and two neighbours with %s each; seeded in %.1f s,"
                                + " rollup built (V23's backfill) in %.1f s: %,d quarter hours for %s%n",
                        ours, LEARNER, days, neighbours.reviews(), seeded, rolledUp,
                        single(connection, "select count(*) from review_rollup where user_account_id = " + learners.getFirst()),
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
        Samples logFloor = new Samples();
        Samples ignored = new Samples();
        Dashboard last = null;
        long floorRows = 0;
        long logFloorRows = 0;
        List<Samples> statements = samples(6);
        List<Samples> notKept = samples(6);
        for (int i = 0; i < runs + 5; i++) {
            boolean measured = i >= 5;
            List<Samples> byStatement = measured ? statements : notKept;
            // Rotate which goes first, so that none always finds another's pages in the buffer pool.
            for (int turn = 0; turn < 3; turn++) {
                switch ((i + turn) % 3) {
                    case 0 -> last = (measured ? ours : ignored).time(() -> dashboards.dashboard(LEARNER));
                    case 1 -> floorRows = (measured ? floor : ignored).time(() -> floor(connection, learnerId, byStatement, false));
                    default -> logFloorRows = (measured ? logFloor : ignored).time(() -> floor(connection, learnerId, byStatement, true));
                }
            }
        }
        out.printf("   dashboard: %,d reviews, %d sections, %d days with ratings, streak %s; floor read %,d rows,"
                        + " the floor over the log %,d%n",
                last.totalReviews(), last.mastery().size(), last.days().size(), last.streak(), floorRows, logFloorRows);
        out.println("   ours (ms):  " + ours.runsMillis());
        out.println("   floor (ms): " + floor.runsMillis());
        out.println("   floor over the log (ms): " + logFloor.runsMillis());
        out.printf("   floor by statement, median ms: first review %d, sections %d, cards by section %d,"
                        + " days from the rollup %d, due %d; days from the log %d%n",
                statements.get(0).median().toMillis(), statements.get(1).median().toMillis(),
                statements.get(2).median().toMillis(), statements.get(3).median().toMillis(),
                statements.get(4).median().toMillis(), statements.get(5).median().toMillis());
        explain(connection, learnerId);
        table.ratio("e. dashboard data, %,d-review learner: median vs the same SQL over JDBC".formatted(reviews), ours.median(),
                floor.median(), RATIO_GOAL);
        table.ratio("e. dashboard data: p95 vs the floor's p95", ours.percentile(0.95), floor.percentile(0.95), RATIO_GOAL);
        table.ratio("e. dashboard data: median vs the same aggregates' bare SQL over review_log", ours.median(),
                logFloor.median(), RATIO_GOAL);
        table.ratio("e. dashboard data: p95 vs the bare SQL over review_log, p95", ours.percentile(0.95),
                logFloor.percentile(0.95), RATIO_GOAL);
        table.time("e. dashboard data: p95", ours.percentile(0.95), P95_GOAL);
    }

    private static List<Samples> samples(int count) {
        List<Samples> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            samples.add(new Samples());
        }
        return samples;
    }

    /**
     * The statements the service runs, over JDBC: the first review's time, then the four aggregates; {@code fromLog}
     * groups the ratings per day from review_log instead of summing the rollup (timed as the sixth statement).
     */
    private static long floor(Connection connection, long learnerId, List<Samples> byStatement, boolean fromLog)
            throws Exception {
        Instant now = Instant.now();
        long start = System.nanoTime();
        Instant firstReview;
        try (PreparedStatement first = prepare(connection, new DashboardQueries.Statement(DashboardQueries.FIRST_REVIEW,
                Map.of("learner", learnerId))); ResultSet result = first.executeQuery()) {
            result.next();
            Timestamp at = result.getTimestamp(1, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            firstReview = at == null ? now : at.toInstant();
        }
        if (!fromLog) {
            byStatement.getFirst().add(Duration.ofNanos(System.nanoTime() - start));
        }
        long rows = 0;
        DashboardQueries.Statements statements = DashboardQueries.statements(learnerId, ZONE, firstReview, now);
        List<DashboardQueries.Statement> all = statements.all();
        for (int i = 0; i < all.size(); i++) {
            boolean days = all.get(i) == statements.days();
            DashboardQueries.Statement statement = days && fromLog
                    ? DashboardQueries.daysFromLog(learnerId, ZONE, firstReview, now) : all.get(i);
            if (fromLog && !days) {
                rows += read(connection, statement);
            } else {
                rows += byStatement.get(days && fromLog ? 5 : i + 1).time(() -> read(connection, statement));
            }
        }
        return rows;
    }

    private static long read(Connection connection, DashboardQueries.Statement statement) throws SQLException {
        long rows = 0;
        try (PreparedStatement prepared = prepare(connection, statement); ResultSet result = prepared.executeQuery()) {
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
        List<DashboardQueries.Statement> explained = new ArrayList<>(DashboardQueries.statements(learnerId, ZONE, from,
                Instant.now()).all());
        explained.add(DashboardQueries.daysFromLog(learnerId, ZONE, from, Instant.now()));
        for (DashboardQueries.Statement statement : explained) {
            try (PreparedStatement prepared = prepare(connection,
                    new DashboardQueries.Statement("explain " + statement.sql(), statement.parameters()));
                 ResultSet result = prepared.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringBuilder line = new StringBuilder("     ");
                    for (String column : List.of("table", "type", "key", "rows", "Extra")) {
                        line.append(column).append('=').append(value(result, meta, column)).append("  ");
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
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
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
