package dev.studyportal.core.cohort;

import org.jspecify.annotations.Nullable;

/**
 * What an invitation leads to, shown before the person joins: the cohort's name and what joining means
 * for their privacy ({@link CohortService#PROGRESS_VISIBILITY}).
 */
public record InvitePreview(String cohortName, @Nullable String description, long members, String progressVisibility) {}
