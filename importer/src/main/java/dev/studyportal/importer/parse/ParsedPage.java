package dev.studyportal.importer.parse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One published Markdown file of the bank ({@code draft: true} pages are not in the bank).
 *
 * @param path relative to the bank's root, with forward slashes
 * @param sidebarPosition {@link #sidebarOrder} rounded down to a whole number
 * @param category the folder the page lives in, as the sidebar shows it
 * @param categoryIndex whether this is its folder's index page ({@code index.md}, {@code README.md}
 *     or {@code <folder>/<folder>.md}), the page Docusaurus opens for the category
 * @param sidebarOrder the front matter {@code sidebar_position}, decimals kept, or else the file
 *     name's number prefix, as Docusaurus orders pages; null when there is neither
 * @param sidebarLabel the front matter {@code sidebar_label}: what the sidebar shows instead of the
 *     title; null when the title is shown
 * @param slug the front matter {@code slug}, the page's URL path as the author set it; null when
 *     Docusaurus derives it from the path
 * @param unlisted the front matter {@code unlisted}: Docusaurus publishes the page but hides it from
 *     the sidebar, search and tag pages; it is reachable only by its link
 */
public record ParsedPage(
        String path,
        String docId,
        String title,
        @Nullable Integer sidebarPosition,
        List<String> tags,
        @Nullable String frontMatter,
        @Nullable String customEditUrl,
        List<ParsedSection> sections,
        ParsedCategory category,
        boolean categoryIndex,
        @Nullable Double sidebarOrder,
        @Nullable String sidebarLabel,
        @Nullable String slug,
        boolean unlisted) {

    public ParsedPage {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }

    public int questionCount() {
        return sections.stream().mapToInt(section -> section.questions().size()).sum();
    }
}
