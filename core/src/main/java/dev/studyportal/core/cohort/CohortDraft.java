package dev.studyportal.core.cohort;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A cohort as its owner fills it in. The time zone is the one due dates are read in.
 *
 * @see InvalidCohortException the field names: name, description, timeZone
 */
public record CohortDraft(
        @Nullable String name,
        @Nullable String description,
        @Nullable ZoneId timeZone) {}
