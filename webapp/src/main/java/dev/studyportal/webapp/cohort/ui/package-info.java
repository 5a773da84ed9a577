/** Cohort screens: the list, one cohort with its members, invites and sections, and joining by an invite link. */
@NullMarked
package dev.studyportal.webapp.cohort.ui;

import org.jspecify.annotations.NullMarked;
