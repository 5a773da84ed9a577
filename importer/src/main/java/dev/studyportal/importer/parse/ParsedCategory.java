package dev.studyportal.importer.parse;

import org.jspecify.annotations.Nullable;

/**
 * The folder a page lives in, as the Docusaurus sidebar shows it.
 *
 * @param path the folder relative to the bank's root, with forward slashes and its number prefixes
 *     as on disk ({@code 02-basics/01-tensors}); {@code ""} for the root
 * @param label the {@code label} of the folder's {@code _category_} file, or else the folder's name
 *     without its number prefix, made readable ({@code 02-java-basics} reads "Java basics"); the
 *     root's label is the bank folder's name
 * @param position the {@code position} of the {@code _category_} file, or else the folder's number
 *     prefix, as Docusaurus orders categories; null when there is neither
 */
public record ParsedCategory(
        String path, String label, @Nullable Double position) {}
