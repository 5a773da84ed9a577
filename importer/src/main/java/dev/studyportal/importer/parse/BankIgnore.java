package dev.studyportal.importer.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * The bank's {@code .studyportal-ignore} file: one glob a line (as in {@code adr/**} or
 * {@code benchmarks.md}), relative to the bank's root, for files that live in the docs tree but
 * are not study material, such as the project's own guides. Lines starting with '#' are comments.
 */
final class BankIgnore {

    static final String FILE_NAME = ".studyportal-ignore";

    private final List<PathMatcher> matchers;

    private BankIgnore(List<PathMatcher> matchers) {
        this.matchers = matchers;
    }

    static BankIgnore in(Path root) throws IOException {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new BankIgnore(List.of());
        }
        List<PathMatcher> matchers = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(glob -> glob.endsWith("/") ? glob + "**" : glob)
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        return new BankIgnore(matchers);
    }

    boolean ignores(Path relative) {
        return matchers.stream().anyMatch(matcher -> matcher.matches(relative));
    }
}
