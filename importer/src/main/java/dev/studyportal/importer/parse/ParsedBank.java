package dev.studyportal.importer.parse;

import java.util.List;

/** A whole bank as read from its files, with every error found on the way. */
public record ParsedBank(List<ParsedPage> pages, List<ContentError> errors, List<String> warnings) {

    public ParsedBank {
        pages = List.copyOf(pages);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int questionCount() {
        return pages.stream().mapToInt(ParsedPage::questionCount).sum();
    }
}
