/** Benchmarks: commands that print measured figures next to their floors. */
package dev.studyportal.bench;
