/** The command line: the studyportal-importer jar's sync command, its exit codes, progress and JSON report. */
@NullMarked
package dev.studyportal.importer.cli;

import org.jspecify.annotations.NullMarked;
