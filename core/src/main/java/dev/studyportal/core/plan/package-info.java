/**
 * Study plans: a learner's named scope of the bank with a start, an optional interview date and a
 * daily budget of new questions; the pace that spreads the scope's new questions before the date, the
 * plans' share of today's queue, and readiness on the interview date (docs/adr/0007-readiness.md).
 */
@NullMarked
package dev.studyportal.core.plan;

import org.jspecify.annotations.NullMarked;
