/** The application shell and the components every view shares. */
@NullMarked
package dev.studyportal.webapp.base.ui;

import org.jspecify.annotations.NullMarked;
