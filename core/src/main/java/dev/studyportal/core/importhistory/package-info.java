/**
 * The record of import runs: when the bank was synced, by what, with what outcome, and what each
 * run did to each question. Runs are written only by the importer and only when they are final.
 */
@NullMarked
package dev.studyportal.core.importhistory;

import org.jspecify.annotations.NullMarked;
