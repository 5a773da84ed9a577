package dev.studyportal.bench;

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
 * e. The dashboard of a learner with a long history, against its floor: the same SQL statements
 * ({@link DashboardQueries}) over plain JDBC on one open connection, every row read. Ours is
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
                execute(connection, "analyze table review_log, card_state, question, section, page");
                out.printf("%ne. dashboard: %s for %s over %d days, and two neighbours with %s each; seeded in %.1f s%n",
                        ours, LEARNER, days, neighbours.reviews(), (System.nanoTime() - start) / 1e9);
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
        Samples ignored = new Samples();
        Dashboard last = null;
        long floorRows = 0;
        List<Samples> statements = List.of(new Samples(), new Samples(), new Samples(), new Samples(), new Samples());
        List<Samples> notKept = List.of(new Samples(), new Samples(), new Samples(), new Samples(), new Samples());
        for (int i = 0; i < runs + 5; i++) {
            boolean measured = i >= 5;
            // Alternate which goes first, so that neither always finds the other's pages in the buffer pool.
            if (i % 2 == 0) {
                last = (measured ? ours : ignored).time(() -> dashboards.dashboard(LEARNER));
                floorRows = (measured ? floor : ignored).time(() -> floor(connection, learnerId, measured ? statements : notKept));
            } else {
                floorRows = (measured ? floor : ignored).time(() -> floor(connection, learnerId, measured ? statements : notKept));
                last = (measured ? ours : ignored).time(() -> dashboards.dashboard(LEARNER));
            }
        }
        out.printf("   dashboard: %,d reviews, %d sections, %d days with ratings, streak %s; floor read %,d rows%n",
                last.totalReviews(), last.mastery().size(), last.days().size(), last.streak(), floorRows);
        out.println("   ours (ms):  " + ours.runsMillis());
        out.println("   floor (ms): " + floor.runsMillis());
        out.printf("   floor by statement, median ms: first review %d, sections %d, cards by section %d, days %d, due %d%n",
                statements.get(0).median().toMillis(), statements.get(1).median().toMillis(),
                statements.get(2).median().toMillis(), statements.get(3).median().toMillis(),
                statements.get(4).median().toMillis());
        explain(connection, learnerId);
        table.ratio("e. dashboard data, %,d-review learner: median vs the same SQL over JDBC".formatted(reviews), ours.median(),
                floor.median(), RATIO_GOAL);
        table.ratio("e. dashboard data: p95 vs the floor's p95", ours.percentile(0.95), floor.percentile(0.95), RATIO_GOAL);
        table.time("e. dashboard data: p95", ours.percentile(0.95), P95_GOAL);
    }

    /** The statements the service runs, over JDBC: the first review's time, then the three aggregates. */
    private static long floor(Connection connection, long learnerId, List<Samples> byStatement) throws Exception {
        Instant now = Instant.now();
        long start = System.nanoTime();
        Instant firstReview;
        try (PreparedStatement first = prepare(connection, new DashboardQueries.Statement(DashboardQueries.FIRST_REVIEW,
                Map.of("learner", learnerId))); ResultSet result = first.executeQuery()) {
            result.next();
            Timestamp at = result.getTimestamp(1, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            firstReview = at == null ? now : at.toInstant();
        }
        byStatement.getFirst().add(Duration.ofNanos(System.nanoTime() - start));
        long rows = 0;
        List<DashboardQueries.Statement> all = DashboardQueries.statements(learnerId, ZONE, firstReview, now).all();
        for (int i = 0; i < all.size(); i++) {
            DashboardQueries.Statement statement = all.get(i);
            rows += byStatement.get(i + 1).time(() -> read(connection, statement));
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
        for (DashboardQueries.Statement statement : DashboardQueries.statements(learnerId, ZONE,
                Instant.now().minus(Duration.ofDays(730)), Instant.now()).all()) {
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
