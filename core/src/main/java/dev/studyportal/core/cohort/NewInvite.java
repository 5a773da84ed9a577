package dev.studyportal.core.cohort;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invitation just made: {@code code} is shown now and never again, as only its hash is stored. */
public record NewInvite(
        long id, String code, Instant expiresAt, @Nullable Integer maxUses) {}
