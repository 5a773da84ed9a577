/** The demo profile: accounts, histories made by the real scheduler from simulated answers, and the demo cohort. */
@NullMarked
package dev.studyportal.webapp.demo;

import org.jspecify.annotations.NullMarked;
