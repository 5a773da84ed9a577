package dev.studyportal.core.cohort;

import org.jspecify.annotations.Nullable;

/** One of a person's cohorts, for their list: their role there and how many are in it. */
public record CohortSummary(
        long id,
        String name,
        @Nullable String description,
        CohortRole role,
        long members,
        boolean archived,
        boolean sharing) {}
