package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDb;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.util.FileSystemUtils;

/**
 * Two portal processes on two ports over one MariaDB database, as behind a load balancer with sticky
 * sessions (docs/operations.md, "Scaling out"): what one node does, the other sees; a sign-in revoked on
 * one ends on the other within the revocation check's 10 seconds; a scheduled sync runs on one node only.
 * <p>
 * The nodes are the packaged jar started as separate JVMs, so that nothing is shared between them but the
 * database. The browser reaches node A as 127.0.0.1 and node B as localhost: cookies are kept per host,
 * not per port, and would otherwise carry one node's session to the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesE2ETest extends BrowserTest {

    static final String PASSWORD = "two nodes, one database";
    static final Pattern ONE_DONE_TODAY = Pattern.compile("1 done today$");
    static final Duration REVOCATION_CHECK = Duration.ofSeconds(10);
    /** Each turn of the schedule fires on both nodes in the same second. */
    static final String SCHEDULE = "*/2 * * * * *";

    static String database;
    static Path work;
    static Path bank;
    static Node nodeA;
    static Node nodeB;

    record Node(String name, String base, Process process, Path log) {

        String url(String path) {
            return base + path;
        }

        long syncsThatChanged() throws IOException {
            try (Stream<String> lines = Files.lines(log)) {
                return lines.filter(line -> line.contains("Question bank synced (schedule)"))
                        .filter(line -> !line.endsWith(", 0 changed."))
                        .count();
            }
        }
    }

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        database = "studyportal_two_nodes_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection server = MariaDb.connect()) {
            MariaDb.createDatabase(server, database);
        }
        work = Files.createDirectories(Path.of("target", "two-nodes"));
        bank = work.resolve("bank");
        FileSystemUtils.deleteRecursively(bank);
        FileSystemUtils.copyRecursively(Path.of("..", "docs"), bank);

        List<String> settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + MariaDb.databaseUrl(database),
                "--spring.datasource.username=" + MariaDb.USER,
                "--spring.datasource.password=" + MariaDb.PASSWORD,
                "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
                "--studyportal.import.source.path=" + bank.toAbsolutePath(),
                "--studyportal.import.schedule=" + SCHEDULE,
                "--studyportal.security.session.revocation-check-interval=" + REVOCATION_CHECK.toSeconds() + "s",
                // Two nodes on one machine need two management ports (docs/operations.md).
                "--management.server.port=0"));
        // Both start at once, as after a deployment: Flyway's lock lets one migrate, the sync lock one import.
        nodeA = start("node-a", "http://127.0.0.1", settings);
        nodeB = start("node-b", "http://localhost", settings);
        awaitHealthy(nodeA);
        awaitHealthy(nodeB);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.process().destroy();
                if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            }
        }
        if (database != null) {
            try (Connection server = MariaDb.connect()) {
                MariaDb.dropDatabase(server, database);
            }
        }
    }

    @Test
    @Order(1)
    void a_rating_made_on_one_node_shows_on_the_other() {
        signUp(nodeA.base(), "two-nodes-admin", "two-nodes-admin", PASSWORD);
        signUp(nodeA.base(), "two-nodes-learner", "two-nodes-learner", PASSWORD);

        logIn(nodeA.base(), "two-nodes-learner", PASSWORD);
        browser.get(nodeA.url("/review"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".question-title"), "1. "));
        String rated = browser.findElement(By.cssSelector(".question-title")).getText();
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer .markdown")));
        new Actions(browser).sendKeys("3").perform();
        wait.until(ExpectedConditions.textMatches(By.cssSelector(".review-progress"), ONE_DONE_TODAY));

        logIn(nodeB.base(), "two-nodes-learner", PASSWORD);
        browser.get(nodeB.url("/review"));
        wait.until(ExpectedConditions.textMatches(By.cssSelector(".review-progress"), ONE_DONE_TODAY));
        assertThat(browser.findElement(By.cssSelector(".question-title")).getText())
                .isNotEqualTo(rated);
    }

    @Test
    @Order(2)
    void a_sign_in_revoked_on_one_node_ends_on_the_other_within_the_check_interval() {
        // The learner's session on node B is open from the test before; node A's is dropped for the admin's.
        browser.get(nodeA.url("/login"));
        browser.manage().deleteAllCookies();
        logIn(nodeA.base(), "two-nodes-admin", PASSWORD);
        browser.get(nodeA.url("/admin/users"));
        click("vaadin-button", "Log everybody else out");
        click("vaadin-button", "Log them all out");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'logged out')]")));
        Instant revoked = Instant.now();

        Duration ended = null;
        Instant giveUp = revoked.plus(REVOCATION_CHECK).plusSeconds(20);
        while (ended == null && Instant.now().isBefore(giveUp)) {
            browser.get(nodeB.url("/review"));
            wait.until(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")),
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(".review-progress"))));
            if (!browser.findElements(By.tagName("vaadin-login-form")).isEmpty()) {
                ended = Duration.between(revoked, Instant.now());
            }
        }
        assertThat(ended).as("the learner's session on node B ended").isNotNull();
        // Measured from the moment node A confirmed it; each look at node B costs a page load on top.
        assertThat(ended).isLessThanOrEqualTo(REVOCATION_CHECK.plusSeconds(5));
        System.out.printf(
                "Two nodes: a sign-in revoked on node A ended on node B after %.1f s%n", ended.toMillis() / 1000.0);
    }

    @Test
    @Order(3)
    void a_changed_bank_is_synced_on_the_schedule_by_one_node_only() throws Exception {
        long before = count("SELECT COUNT(*) FROM import_run WHERE run_trigger = 'SCHEDULE'");
        // The first import may itself have come from a schedule's turn, on the node whose start-up sync met the lock.
        long changedBefore = nodeA.syncsThatChanged() + nodeB.syncsThatChanged();
        long questions = count("SELECT COUNT(*) FROM question WHERE retired = FALSE");
        Path page;
        try (Stream<Path> files = Files.walk(bank.resolve("interview"))) {
            page = files.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        Files.writeString(page, """

                ## Running several nodes

                ### 1. What does a sync lock shared through the database prevent?

                **Answer:** Two nodes applying the same change to the bank at once.
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Instant deadline = Instant.now().plusSeconds(60);
        while (count("SELECT COUNT(*) FROM import_run WHERE run_trigger = 'SCHEDULE'") == before
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        // Three more turns of the schedule on both nodes, with nothing left to do.
        Thread.sleep(6_000);

        assertThat(count("SELECT COUNT(*) FROM import_run WHERE run_trigger = 'SCHEDULE'"))
                .isEqualTo(before + 1);
        assertThat(count("SELECT COUNT(*) FROM question WHERE retired = FALSE")).isEqualTo(questions + 1);
        // Every turn logs a sync; the turns that found the bank as the database has it changed nothing.
        assertThat(nodeA.syncsThatChanged() + nodeB.syncsThatChanged())
                .as("scheduled syncs that changed the bank")
                .isEqualTo(changedBefore + 1);
    }

    private static Node start(String name, String host, List<String> settings) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path folder = Files.createDirectories(work.resolve(name));
        Path log = folder.resolve("portal.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                Path.of("target", "studyportal.jar").toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(settings);
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Node(name, host + ":" + port, process, log);
    }

    private static void awaitHealthy(Node node) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(
                        node.name() + " stopped; see " + node.log().toAbsolutePath());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(node.url("/actuator/health")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // The port opens late in start-up.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                node.name() + " did not become healthy; see " + node.log().toAbsolutePath());
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(MariaDb.databaseUrl(database), MariaDb.USER, MariaDb.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
