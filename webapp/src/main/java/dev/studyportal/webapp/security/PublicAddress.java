package dev.studyportal.webapp.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's address as the administrator has given it ({@code studyportal.public-url}), for links that people
 * pass on (an invitation to a cohort, like a reset link in a mail). Never read from a request: its Host header and
 * X-Forwarded-* headers are whatever the sender, or a proxy that forwards them unchecked, made them.
 */
@Component
public class PublicAddress {

    private final @Nullable URI publicUrl;

    PublicAddress(ResetMailProperties properties) {
        this.publicUrl = properties.publicUrl();
    }

    /**
     * The route (such as {@code cohorts/join/CODE}) under the public address, which may have a path of its own;
     * empty when the administrator has not set one.
     */
    public Optional<URI> of(String route) {
        if (publicUrl == null) {
            return Optional.empty();
        }
        String[] segments = Arrays.stream(route.split("/"))
                .filter(segment -> !segment.isEmpty())
                .toArray(String[]::new);
        return Optional.of(UriComponentsBuilder.fromUri(publicUrl)
                .pathSegment(segments)
                .build()
                .encode()
                .toUri());
    }
}
