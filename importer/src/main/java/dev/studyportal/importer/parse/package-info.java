/**
 * Reads a Docusaurus docs tree into pages, sections and questions, and reports every problem with
 * its file and line. Reading never touches the database.
 */
@NullMarked
package dev.studyportal.importer.parse;

import org.jspecify.annotations.NullMarked;
