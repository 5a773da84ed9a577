package dev.studyportal.core.plan;

import java.util.List;

/** What a plan's scope can be made of: the bank's listed pages, their sections, and the pages' tags. */
public record ScopeOptions(List<Option> pages, List<Option> sections, List<String> tags) {

    public ScopeOptions {
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
    }

    /** A page or a section to choose, with a label that tells sections of different pages apart. */
    public record Option(long id, String label) {}
}
