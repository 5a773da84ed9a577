package dev.studyportal.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.account.AccountService;
import dev.studyportal.core.dashboard.DashboardService;
import dev.studyportal.core.importhistory.ImportTrigger;
import dev.studyportal.core.review.ReviewService;
import dev.studyportal.core.review.StudyCard;
import dev.studyportal.core.review.fsrs.Rating;
import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.webapp.SeparatePortal;
import dev.studyportal.webapp.StudyPortalApplication;
import dev.studyportal.webapp.TestLearners;
import dev.studyportal.webapp.content.ContentSync;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus scrapes the portal's timers and its session gauge from the management port, and the
 * public port serves none of it (docs/adr/0008-metrics-off-the-public-port.md). A timer renamed, dropped
 * or no longer wrapping its service call fails here, before an operator's dashboard goes blank.
 */
@SpringBootTest(
        classes = StudyPortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "studyportal.import.source.path=../docs")
@MariaDbTest
@ExtendWith(SeparatePortal.class)
class MetricsEndpointTest {

    /** The names docs/operations.md gives operators, as Prometheus writes them. */
    static final List<String> TIMERS = List.of(
            "studyportal_review_rate_seconds",
            "studyportal_review_queue_seconds",
            "studyportal_dashboard_seconds",
            "studyportal_sync_seconds");

    static final String SESSIONS = "studyportal_vaadin_sessions";

    private static final String LEARNER = "metrics-learner";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ContentSync sync;

    @Test
    void the_management_port_serves_every_timer_and_the_session_gauge_before_any_call() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        for (String timer : TIMERS) {
            assertThat(scrape.body()).as(timer).contains(timer + "_count{").contains(timer + "_sum{");
        }
        assertThat(scrape.body()).contains(SESSIONS + " ");
        assertThat(scrape.body())
                .as("the rating's histogram, with the budget's 10 ms as a bucket")
                .contains("studyportal_review_rate_seconds_bucket{outcome=\"success\",le=\"0.01\"}");
    }

    @Test
    void each_timer_counts_the_service_calls_it_wraps() throws Exception {
        TestLearners.ensure(accounts, LEARNER);
        String before = scrape();

        TestLearners.signedInAs(LEARNER, () -> {
            reviews.agenda(LEARNER);
            StudyCard card = reviews.next(LEARNER).orElseThrow();
            reviews.rate(LEARNER, card, Rating.GOOD, Duration.ofSeconds(3));
            dashboards.dashboard(LEARNER);
        });
        sync.syncUnattended(ImportTrigger.SCHEDULE);
        String after = scrape();

        assertThat(count(after, "studyportal_review_rate_seconds_count", "outcome=\"success\""))
                .isEqualTo(count(before, "studyportal_review_rate_seconds_count", "outcome=\"success\"") + 1);
        assertThat(count(after, "studyportal_review_queue_seconds_count", "step=\"agenda\""))
                .isEqualTo(count(before, "studyportal_review_queue_seconds_count", "step=\"agenda\"") + 1);
        assertThat(count(after, "studyportal_review_queue_seconds_count", "step=\"next\""))
                .isEqualTo(count(before, "studyportal_review_queue_seconds_count", "step=\"next\"") + 1);
        assertThat(count(after, "studyportal_dashboard_seconds_count", "outcome=\"success\""))
                .isEqualTo(count(before, "studyportal_dashboard_seconds_count", "outcome=\"success\"") + 1);
        assertThat(count(after, "studyportal_sync_seconds_count", "trigger=\"schedule\""))
                .isEqualTo(count(before, "studyportal_sync_seconds_count", "trigger=\"schedule\"") + 1);
        assertThat(count(after, "studyportal_sync_seconds_count", "trigger=\"startup\""))
                .as("the start-up sync of ../docs")
                .isEqualTo(1);
    }

    @Test
    void a_refused_call_is_timed_under_its_exception() throws Exception {
        String before = scrape();

        // Someone asking for another learner's dashboard: the guard refuses, inside the timed call.
        try {
            TestLearners.signedInAs("someone-else", () -> dashboards.dashboard(LEARNER));
        } catch (RuntimeException expected) {
            // refused, as ServiceAccessMatrixTest shows in detail
        }

        assertThat(count(scrape(), "studyportal_dashboard_seconds_count", "outcome=\"AuthorizationDeniedException\""))
                .isEqualTo(
                        count(before, "studyportal_dashboard_seconds_count", "outcome=\"AuthorizationDeniedException\"")
                                + 1);
    }

    @Test
    void a_page_opened_in_a_browser_counts_as_a_vaadin_session() throws Exception {
        double before = count(scrape(), SESSIONS, "");

        // No cookie kept: each request starts a session of its own, as a new visitor would.
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);

        assertThat(count(scrape(), SESSIONS, "")).isEqualTo(before + 2);
    }

    @Test
    void the_public_port_serves_health_but_no_metrics() throws Exception {
        HttpResponse<String> metrics = get(port, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isNotEqualTo(200);
        assertThat(metrics.body()).doesNotContain("studyportal_").doesNotContain("jvm_");

        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).as("the status, no component's details").isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(port, "/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(port, "/actuator/health/db").statusCode())
                .as("components stay on the management port")
                .isNotEqualTo(200);
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    }

    private String scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The sum of a sample's values over the series whose labels contain {@code label}. */
    static double count(String scrape, String sample, String label) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(sample + "{") || line.startsWith(sample + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
