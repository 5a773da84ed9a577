package dev.studyportal.bench;

import dev.studyportal.bench.bank.BankShape;
import dev.studyportal.bench.bank.SyntheticBank;
import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.account.Learners;
import dev.studyportal.core.account.Role;
import dev.studyportal.core.account.SignUp;
import dev.studyportal.core.assignment.AssignmentDraft;
import dev.studyportal.core.assignment.AssignmentQueries;
import dev.studyportal.core.assignment.AssignmentQueries.RatingSource;
import dev.studyportal.core.assignment.AssignmentService;
import dev.studyportal.core.assignment.ClassAnalytics;
import dev.studyportal.core.assignment.ClassAnalyticsService;
import dev.studyportal.core.assignment.ProgressMatrix;
import dev.studyportal.core.cohort.Cohort;
import dev.studyportal.core.cohort.CohortMember;
import dev.studyportal.core.cohort.CohortRole;
import dev.studyportal.core.questionset.QuestionSet;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A cohort's class analytics at scale (issue 12.9): a 200-member cohort on a 100-question assignment, every
 * member with a card on every question and two years of ratings, against the floor of the same aggregate
 * statements ({@link AssignmentQueries}) over plain JDBC. Ours is what the analytics view asks for on its first
 * paint: {@link ClassAnalyticsService#analytics} (states, behind, hardest, about to forget) and the matrix's first
 * page of members.
 */
@Command(
        name = "cohort",
        mixinStandardHelpOptions = true,
        description = "Measures class analytics of a large cohort on one assignment, " + CohortBenchmark.WARM_UPS
                + " warm-ups before the measured runs (see docs/benchmarks.md).")
final class CohortBenchmark extends RepeatedBenchmark {

    private static final double RATIO_GOAL = 2.0;
    private static final Duration P95_GOAL = Duration.ofMillis(150);
    static final int WARM_UPS = 10;
    private static final String TEACHER = "bench-teacher";
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");

    @Option(
            names = "--members",
            defaultValue = "200",
            description = "Members of the cohort (default: ${DEFAULT-VALUE}).")
    int members;

    @Option(
            names = "--questions",
            defaultValue = "100",
            description = "Questions of the assignment (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--reviews", defaultValue = "1500", description = "Ratings per member (default: ${DEFAULT-VALUE}).")
    int reviews;

    @Option(names = "--days", defaultValue = "730", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(
            names = "--page",
            defaultValue = "50",
            description = "Members on the matrix's first page (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(
            names = "--keep-database",
            description = "Leave the seeded database in place, to try statements on it with the mysql client.")
    boolean keepDatabase;

    private final PrintStream out = System.out;

    CohortBenchmark() {
        super(60);
    }

    @Override
    public Integer call() throws Exception {
        BenchServer server = BenchServer.fromEnvironment();
        out.println("# Study Portal cohort analytics benchmark\n");
        out.println(MachineFacts.describe(server));
        Path folder = Files.createTempDirectory("studyportal-bench-");
        String database = server.createDatabase();
        try (ImporterContext context = ImporterContext.start(server, database, false)) {
            long start = System.nanoTime();
            SyntheticBank bank = SyntheticBank.write(
                    folder.resolve("docs"), new BankShape(Math.max(1, questions / 10), questions, 4, seed));
            context.importer().sync(bank.root(), false);
            AccountService accounts = context.bean(AccountService.class);
            List<String> names = new ArrayList<>();
            accounts.create(
                    new SignUp(TEACHER, "Bench teacher", null, "a long bench password"), EnumSet.of(Role.LEARNER));
            for (int i = 0; i < members; i++) {
                String name = "bench-member-%03d".formatted(i);
                accounts.create(
                        new SignUp(name, "Member %03d".formatted(i), null, "a long bench password"),
                        EnumSet.of(Role.LEARNER));
                names.add(name);
            }
            Instant now = context.bean(Clock.class).instant();
            long[] ids = cohortAndSet(context, names, now);
            long cohortId = ids[0];
            long setId = ids[1];
            long assignmentId = context.bean(AssignmentService.class)
                    .assign(
                            TEACHER,
                            cohortId,
                            new AssignmentDraft(
                                    setId,
                                    LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(7),
                                    "Benchmark"));
            Instant assignedAt = now.minus(Duration.ofDays(21));
            try (Connection connection = server.connect(database)) {
                execute(
                        connection,
                        "update assignment set assigned_at = ? where id = ?",
                        ReviewHistory.utc(assignedAt),
                        assignmentId);
                List<Long> questionIds = longs(
                        connection,
                        "select question_id from question_set_item where set_id = ? order by position",
                        setId);
                List<Long> memberIds = longs(connection, """
                        select m.user_account_id from cohort_member m join user_account u on u.id = m.user_account_id
                        where m.cohort_id = ? and m.role = 'MEMBER' order by u.display_name, u.username, m.user_account_id""", cohortId);
                int ratings = 0;
                int cards = 0;
                for (int i = 0; i < memberIds.size(); i++) {
                    ReviewHistory.Written written = ReviewHistory.write(
                            connection, memberIds.get(i), questionIds, reviews, days, now, seed + i, 10_000L * i);
                    ratings += written.reviews();
                    cards += written.cards();
                }
                int fading = forgetting(connection, questionIds);
                execute(
                        connection,
                        "analyze table review_log, card_state, cohort_member, question_set_item, question, user_account");
                out.printf(
                        "Cohort: %d members on a %d-question assignment (assigned 21 days ago, due in 7); %,d cards,"
                                + " %,d ratings over %d days; seeded in %.1f s%n%n",
                        memberIds.size(), questionIds.size(), cards, ratings, days, (System.nanoTime() - start) / 1e9);
                out.printf(
                        "Low-stability cards: every member's on %d questions (half a day to 3 days), for about to forget%n",
                        fading);
                backfill(connection);
                Instant dueAt = LocalDate.ofInstant(now, ZoneOffset.UTC)
                        .plusDays(8)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
                measure(
                        context.bean(ClassAnalyticsService.class),
                        connection,
                        cohortId,
                        setId,
                        assignmentId,
                        assignedAt,
                        dueAt,
                        memberIds,
                        questionIds,
                        memberIds.subList(0, Math.min(page, memberIds.size())));
            }
        } finally {
            if (keepDatabase) {
                out.println("Kept the database " + database + " for a closer look; drop it when done.");
            } else {
                server.dropDatabase(database);
            }
            deleteTree(folder);
        }
        return 0;
    }

    /** The cohort (the teacher owns it, everyone else a member) and the teacher's set of every question, by JPA. */
    private static long[] cohortAndSet(ImporterContext context, List<String> names, Instant now) {
        Learners accounts = context.bean(Learners.class);
        EntityManager entityManager = context.bean(EntityManager.class);
        return context.bean(TransactionTemplate.class).execute(status -> {
            Cohort cohort = new Cohort("Bench cohort", null, ZoneId.of("UTC"), now);
            entityManager.persist(cohort);
            entityManager.persist(new CohortMember(cohort, accounts.requireByUsername(TEACHER), CohortRole.OWNER, now));
            for (String name : names) {
                entityManager.persist(
                        new CohortMember(cohort, accounts.requireByUsername(name), CohortRole.MEMBER, now));
            }
            QuestionSet set = new QuestionSet(accounts.requireByUsername(TEACHER), "Everything", null, now);
            set.arrange(entityManager
                    .createQuery("select q.id from Question q where q.retired = false order by q.id", Long.class)
                    .getResultList());
            entityManager.persist(set);
            return new long[] {cohort.id(), set.id()};
        });
    }

    private void measure(
            ClassAnalyticsService analytics,
            Connection connection,
            long cohortId,
            long setId,
            long assignmentId,
            Instant assignedAt,
            Instant dueAt,
            List<Long> memberIds,
            List<Long> questionIds,
            List<Long> firstPage)
            throws Exception {
        Samples ours = new Samples();
        Samples floor = new Samples();
        Samples floorBefore = new Samples();
        Samples ignored = new Samples();
        ClassAnalytics last = null;
        ProgressMatrix matrix = null;
        long floorRows = 0;
        long floorBeforeRows = 0;
        Map<String, Samples> byStatement = new LinkedHashMap<>();
        Map<String, Samples> byStatementBefore = new LinkedHashMap<>();
        Map<String, Samples> notKept = new LinkedHashMap<>();
        for (int i = 0; i < runs + WARM_UPS; i++) {
            boolean measured = i >= WARM_UPS;
            // Rotate which goes first, so that none always finds another's pages in the buffer pool.
            for (int turn = 0; turn < 3; turn++) {
                switch ((i + turn) % 3) {
                    case 0 -> {
                        ClassAnalytics[] both = new ClassAnalytics[1];
                        matrix = (measured ? ours : ignored).time(() -> {
                            both[0] = analytics.analytics(TEACHER, cohortId, assignmentId);
                            return analytics.matrix(TEACHER, cohortId, assignmentId, 0, firstPage.size());
                        });
                        last = both[0];
                    }
                    case 1 ->
                        floorRows = (measured ? floor : ignored)
                                .time(() -> floor(
                                        connection,
                                        statements(
                                                cohortId,
                                                setId,
                                                assignedAt,
                                                dueAt,
                                                memberIds,
                                                questionIds,
                                                firstPage,
                                                false),
                                        measured ? byStatement : notKept));
                    default ->
                        floorBeforeRows = (measured ? floorBefore : ignored)
                                .time(() -> floor(
                                        connection,
                                        statements(
                                                cohortId,
                                                setId,
                                                assignedAt,
                                                dueAt,
                                                memberIds,
                                                questionIds,
                                                firstPage,
                                                true),
                                        measured ? byStatementBefore : notKept));
                }
            }
        }
        Objects.requireNonNull(last, "the analytics of the last run");
        Objects.requireNonNull(matrix, "the matrix page of the last run");
        Samples csv = new Samples();
        String text = "";
        for (int i = 0; i < 5; i++) {
            text = csv.time(() -> analytics.matrixCsv(TEACHER, cohortId, assignmentId));
        }
        out.printf(
                "Analytics: states %s; %d behind; %d hardest listed; %d about to forget; matrix page %d × %d;"
                        + " floor read %,d rows (before V26: %,d); whole matrix as CSV %,d bytes in %d ms (median of 5)%n",
                last.states(),
                last.behind().size(),
                last.hardest().size(),
                last.aboutToForget().size(),
                matrix.rows().size(),
                matrix.questions().size(),
                floorRows,
                floorBeforeRows,
                text.length(),
                csv.median().toMillis());
        out.println("ours (ms):  " + ours.runsMillis());
        out.println("floor (ms): " + floor.runsMillis());
        out.println("floor, statements before V26 (ms): " + floorBefore.runsMillis());
        out.println(medians("floor by statement, median ms:", byStatement));
        out.println(medians("floor before V26 by statement, median ms:", byStatementBefore));
        explain(connection, cohortId, setId, assignedAt, dueAt, memberIds, questionIds, firstPage);
        ResultTable table = new ResultTable();
        table.ratio(
                "class analytics + matrix page, %d members: median vs the same SQL over JDBC".formatted(members),
                ours.median(),
                floor.median(),
                RATIO_GOAL);
        table.ratio(
                "class analytics + matrix page: p95 vs the floor's p95",
                ours.percentile(0.95),
                floor.percentile(0.95),
                RATIO_GOAL);
        table.time("class analytics + matrix page: p95", ours.percentile(0.95), P95_GOAL);
        table.ratio(
                "class analytics + matrix page: median vs the statements before V26 over JDBC",
                ours.median(),
                floorBefore.median(),
                RATIO_GOAL);
        table.ratio(
                "class analytics + matrix page: p95 vs the statements before V26, p95",
                ours.percentile(0.95),
                floorBefore.percentile(0.95),
                RATIO_GOAL);
        out.println("\n## Results\n");
        out.println(table.markdown());
    }

    private static String medians(String title, Map<String, Samples> byStatement) {
        StringBuilder medians = new StringBuilder(title);
        byStatement.forEach((name, samples) -> medians.append(medians.length() == title.length() ? " " : ", ")
                .append(name)
                .append(' ')
                .append(samples.median().toMillis()));
        return medians.toString();
    }

    /** What the two service calls run, over JDBC, every column of every row read. */
    private static long floor(Connection connection, List<Statement> statements, Map<String, Samples> byStatement)
            throws SQLException {
        long rows = 0;
        for (Statement statement : statements) {
            long start = System.nanoTime();
            try (PreparedStatement prepared = prepare(connection, statement);
                    ResultSet result = prepared.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        result.getObject(c);
                    }
                    rows++;
                }
            }
            byStatement
                    .computeIfAbsent(statement.name(), name -> new Samples())
                    .add(Duration.ofNanos(System.nanoTime() - start));
        }
        return rows;
    }

    private record Statement(String name, String sql, Map<String, Object> parameters) {}

    /**
     * In the service's order: analytics (questions, member ids, progress, question figures), then the matrix's
     * page. The assignment is not yet due, so the service reads the rule's instants from the cards; {@code before}
     * runs what it ran before V26 instead: progress and cells from the log ({@link RatingSource#LOG}), and the
     * share of Again (90 days) and question figures of {@link CohortQueriesBeforeV26}.
     */
    private static List<Statement> statements(
            long cohortId,
            long setId,
            Instant assignedAt,
            Instant dueAt,
            List<Long> memberIds,
            List<Long> questionIds,
            List<Long> firstPage,
            boolean before) {
        Instant now = Instant.now();
        // The question ids are the set's, as its questions' statement (timed first) reads them for the service.
        AssignmentQueries.Statements all = AssignmentQueries.statements(
                before ? RatingSource.LOG : RatingSource.at(now, dueAt),
                cohortId,
                assignedAt,
                dueAt,
                now,
                memberIds,
                questionIds,
                firstPage);
        Statement questions = new Statement("questions", AssignmentQueries.QUESTIONS, Map.of("set", setId));
        List<Statement> statements = new ArrayList<>(List.of(
                questions,
                new Statement("member ids", AssignmentQueries.MEMBER_IDS, Map.of("cohort", cohortId)),
                of("all progress", all.progress())));
        if (before) {
            statements.add(new Statement(
                    "Again share",
                    CohortQueriesBeforeV26.AGAIN_SHARE,
                    Map.of(
                            "cohort",
                            cohortId,
                            "since",
                            now.minus(Duration.ofDays(90)),
                            "members",
                            AssignmentQueries.ids(memberIds),
                            "questions",
                            AssignmentQueries.ids(questionIds))));
            Map<String, Object> figures = new HashMap<>(all.questionFigures().parameters());
            figures.put("cohort", cohortId);
            figures.put("set", setId);
            statements.add(new Statement("question figures", CohortQueriesBeforeV26.QUESTION_FIGURES, figures));
        } else {
            statements.add(of("question figures", all.questionFigures()));
        }
        statements.add(questions);
        statements.add(new Statement(
                "member page",
                AssignmentQueries.MEMBER_PAGE + " limit " + firstPage.size(),
                Map.of("cohort", cohortId)));
        statements.add(of("cells", all.cells()));
        return statements;
    }

    private static Statement of(String name, AssignmentQueries.Statement statement) {
        return new Statement(name, statement.sql(), statement.parameters());
    }

    private void explain(
            Connection connection,
            long cohortId,
            long setId,
            Instant assignedAt,
            Instant dueAt,
            List<Long> memberIds,
            List<Long> questionIds,
            List<Long> firstPage)
            throws SQLException {
        out.println("\nEXPLAIN of each statement (table, key, rows, extra):");
        for (Statement statement :
                statements(cohortId, setId, assignedAt, dueAt, memberIds, questionIds, firstPage, false)) {
            out.println("- " + statement.sql().strip().lines().findFirst().orElse(""));
            try (PreparedStatement prepared = prepare(
                            connection,
                            new Statement(statement.name(), "explain " + statement.sql(), statement.parameters()));
                    ResultSet result = prepared.executeQuery()) {
                while (result.next()) {
                    out.printf(
                            "    %s %s rows=%s %s%n",
                            result.getString("table"),
                            result.getString("key"),
                            result.getString("rows"),
                            result.getString("Extra"));
                }
            }
        }
    }

    /**
     * The synthetic ratings are no scheduler's, and their stabilities are drawn high (half a day to 200 days, last
     * reviews up to two years back), so no question's cohort average falls below the threshold on its own. Every
     * member's card on one question in twenty gets a stability of half a day to three days, due by it, as a class
     * that has just relearnt those questions would have: "about to forget" then lists them, as the demo does.
     *
     * @return how many questions
     */
    private static int forgetting(Connection connection, List<Long> questionIds) throws SQLException {
        List<Long> fading = new ArrayList<>();
        for (int q = 7; q < questionIds.size(); q += 20) {
            fading.add(questionIds.get(q));
        }
        for (long question : fading) {
            execute(connection, """
                    update card_state set stability = 0.5 + mod(id, 26) / 10.0,
                        due_at = date_add(last_review_at, interval round((0.5 + mod(id, 26) / 10.0) * 24) hour)
                    where question_id = ?""", question);
        }
        return fading.size();
    }

    /**
     * What migration V26 costs an existing install of this size: its backfill of every card's rating moments from
     * the log, the statement as the migration has it, run again over the seeded cards (which the history wrote
     * with them already, so the result is the same).
     */
    private void backfill(Connection connection) throws SQLException, IOException {
        String migration;
        try (var in = Objects.requireNonNull(
                CohortBenchmark.class.getResourceAsStream("/db/migration/V26__card_rating_moments.sql"),
                "V26 on the class path")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String update = migration.substring(migration.indexOf("UPDATE card_state"));
        update = update.substring(0, update.indexOf(';'));
        long start = System.nanoTime();
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate(update);
        }
        out.printf(
                "V26's backfill of the cards' rating moments from the log: %.2f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    /** Named parameters to JDBC's question marks, a collection to one mark per element, instants as UTC wall-clock. */
    private static PreparedStatement prepare(Connection connection, Statement statement) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(statement.sql());
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            Object value = statement.parameters().get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for :" + matcher.group(1));
            }
            String marks = "?";
            if (value instanceof Collection<?> many) {
                values.addAll(many);
                marks = String.join(", ", java.util.Collections.nCopies(many.size(), "?"));
            } else {
                values.add(value instanceof Instant instant ? ReviewHistory.utc(instant) : value);
            }
            matcher.appendReplacement(sql, marks);
        }
        matcher.appendTail(sql);
        PreparedStatement prepared = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            prepared.setObject(i + 1, values.get(i));
        }
        return prepared;
    }

    private static List<Long> longs(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getLong(1));
                }
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
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
