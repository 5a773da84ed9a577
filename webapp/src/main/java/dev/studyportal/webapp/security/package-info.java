/** Spring Security for the portal: sign-in, throttles, sessions that can be revoked, headers and the current learner. */
@NullMarked
package dev.studyportal.webapp.security;

import org.jspecify.annotations.NullMarked;
