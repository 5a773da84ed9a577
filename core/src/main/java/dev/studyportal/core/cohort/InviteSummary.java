package dev.studyportal.core.cohort;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One invitation as its cohort's owners see it. The code itself is not here: only its hash is kept, and
 * {@code hint} is its last four characters.
 *
 * @param maxUses the limit, or {@code null} for none
 */
public record InviteSummary(
        long id,
        String hint,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Integer maxUses,
        int uses,
        InviteState state) {}
