/** The sign-in, forgotten-password and reset-password screens. */
@NullMarked
package dev.studyportal.webapp.security.ui;

import org.jspecify.annotations.NullMarked;
