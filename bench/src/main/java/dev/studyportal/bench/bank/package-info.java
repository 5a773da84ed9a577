/** Synthetic question banks: Docusaurus trees of any size, the same for the same seed, and their edits. */
@NullMarked
package dev.studyportal.bench.bank;

import org.jspecify.annotations.NullMarked;
