package dev.studyportal.core.content;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Docusaurus category: the folder a page lives in, with the label and position its
 * {@code _category_.json} or {@code _category_.yml} gives (or that the folder name implies).
 *
 * @param path folder relative to the bank's root, {@code ""} for the root itself
 */
public record PageCategory(
        String path, @Nullable String label, @Nullable Double position) {

    public static final PageCategory ROOT = new PageCategory("", null, null);

    public PageCategory {
        Objects.requireNonNull(path, "path");
    }
}
