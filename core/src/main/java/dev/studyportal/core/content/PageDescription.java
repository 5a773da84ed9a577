package dev.studyportal.core.content;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the bank says about one page, as the importer read it from the file and its folder.
 *
 * @param category       the Docusaurus category (folder) the page lives in
 * @param categoryIndex  whether the page is that category's index page ({@code index.md}, {@code README.md})
 * @param unlisted       Docusaurus' {@code unlisted}: reachable by its link, never offered in lists
 */
public record PageDescription(
        String path,
        String title,
        @Nullable Integer sidebarPosition,
        @Nullable String frontMatter,
        @Nullable String customEditUrl,
        List<String> tags,
        PageCategory category,
        boolean categoryIndex,
        @Nullable String sidebarLabel,
        @Nullable String slug,
        boolean unlisted) {

    public PageDescription {
        Objects.requireNonNull(category, "category");
        tags = List.copyOf(tags);
    }

    /** A page at the bank's root with nothing but a path and a title. */
    public static PageDescription of(String path, String title) {
        return new PageDescription(
                path, title, null, null, null, List.of(), PageCategory.ROOT, false, null, null, false);
    }

    public PageDescription withTags(List<String> tags) {
        return new PageDescription(
                path,
                title,
                sidebarPosition,
                frontMatter,
                customEditUrl,
                tags,
                category,
                categoryIndex,
                sidebarLabel,
                slug,
                unlisted);
    }

    public PageDescription withSidebarPosition(@Nullable Integer position) {
        return new PageDescription(
                path,
                title,
                position,
                frontMatter,
                customEditUrl,
                tags,
                category,
                categoryIndex,
                sidebarLabel,
                slug,
                unlisted);
    }
}
