package dev.studyportal.webapp.operations;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health on the public port, where load balancers, the image's health check and orchestrators ask for it,
 * now that the actuator itself listens on the loopback-only management port
 * (docs/adr/0008-metrics-off-the-public-port.md). Spring Boot can add only one-segment paths
 * ({@code /livez}, {@code /readyz}) to the public port; this keeps {@code /actuator/health} and its probe
 * groups where they were. Status only, never the components' details, as before: 200 when UP, 503 when
 * DOWN or OUT_OF_SERVICE.
 */
@RestController
class PublicHealth {

    private static final Set<String> PROBES = Set.of("liveness", "readiness");

    private final HealthEndpoint health;
    private final HttpCodeStatusMapper statusCodes;

    PublicHealth(HealthEndpoint health, HttpCodeStatusMapper statusCodes) {
        this.health = health;
        this.statusCodes = statusCodes;
    }

    @GetMapping("/actuator/health")
    ResponseEntity<String> health() {
        return status(health.health());
    }

    @GetMapping("/actuator/health/{probe}")
    ResponseEntity<String> probe(@PathVariable String probe) {
        @Nullable HealthDescriptor group = PROBES.contains(probe) ? health.healthForPath(probe) : null;
        return group == null ? ResponseEntity.notFound().build() : status(group);
    }

    private ResponseEntity<String> status(HealthDescriptor descriptor) {
        // The status codes are upper-case words (UP, DOWN, OUT_OF_SERVICE): nothing to escape.
        return ResponseEntity.status(statusCodes.getStatusCode(descriptor.getStatus()))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"" + descriptor.getStatus().getCode() + "\"}");
    }
}
