/** The progress dashboard: its charts, each with an accessible alternative, and the empty state. */
@NullMarked
package dev.studyportal.webapp.dashboard.ui;

import org.jspecify.annotations.NullMarked;
