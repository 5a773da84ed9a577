/**
 * What every feature shares: its entities' identity and equality, and the formula-injection guard of every CSV
 * the portal writes (the personal-data export, an assignment's matrix), kept here so that the export may read
 * every feature without a feature depending on the export.
 */
@NullMarked
package dev.studyportal.core.shared;

import org.jspecify.annotations.NullMarked;
