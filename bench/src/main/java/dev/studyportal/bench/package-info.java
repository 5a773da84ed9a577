/**
 * Benchmarks: commands that print measured figures next to their floors. They are run by hand
 * (see docs/benchmarks.md), never as tests, because a timing that fails a build on a busy machine
 * tells nothing.
 */
@NullMarked
package dev.studyportal.bench;

import org.jspecify.annotations.NullMarked;
