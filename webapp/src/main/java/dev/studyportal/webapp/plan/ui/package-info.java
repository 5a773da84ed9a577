/** Study plan screens: the list, the plan form, one plan with its agenda and readiness. */
@NullMarked
package dev.studyportal.webapp.plan.ui;

import org.jspecify.annotations.NullMarked;
