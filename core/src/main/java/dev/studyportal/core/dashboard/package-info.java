/**
 * A learner's dashboard: mastery per section, reviews per day, streak, due forecast, true retention and
 * time spent, read through aggregate queries into records, never through entity graphs.
 */
@NullMarked
package dev.studyportal.core.dashboard;

import org.jspecify.annotations.NullMarked;
