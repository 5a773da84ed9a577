package dev.studyportal.importer.parse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One Markdown file of the bank. {@code path} is relative to the bank's root, with forward slashes. */
public record ParsedPage(String path, String docId, String title, @Nullable Integer sidebarPosition,
                         List<String> tags, @Nullable String frontMatter, @Nullable String customEditUrl,
                         List<ParsedSection> sections) {

    public ParsedPage {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }

    public int questionCount() {
        return sections.stream().mapToInt(section -> section.questions().size()).sum();
    }
}
