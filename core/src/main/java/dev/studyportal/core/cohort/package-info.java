/**
 * Cohorts: study groups with owners, instructors and members, each role held per cohort. Every feature
 * acting on a cohort asks {@link dev.studyportal.core.cohort.CohortAccess} first, so that a member of one
 * cohort can neither read nor change anything of another through any service or id.
 */
@NullMarked
package dev.studyportal.core.cohort;

import org.jspecify.annotations.NullMarked;
