package dev.studyportal.importer.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of a docs tree the parser reads: every {@code .md} and {@code .mdx} page, and every
 * {@code _category_} file, except below hidden folders, partial folders ({@code _shared/}),
 * {@code node_modules} and what {@code .studyportal-ignore} lists. Partial pages ({@code _name.md})
 * are only ever included into other pages, as in Docusaurus, so they are not pages of their own.
 *
 * @param root the bank's real path; the files are below it, sorted
 */
record BankFiles(Path root, List<Path> pages, List<Path> categoryFiles) {

    static BankFiles under(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            BankIgnore ignore = BankIgnore.in(root);
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(file -> !ignore.ignores(root.relativize(file)))
                    .filter(file -> !inHiddenOrPartialFolder(root.relativize(file)))
                    .sorted()
                    .toList();
            List<Path> pages = files.stream().filter(BankFiles::isPage).toList();
            List<Path> categoryFiles = files.stream()
                    .filter(file ->
                            CategoryFile.NAMES.contains(file.getFileName().toString()))
                    .toList();
            return new BankFiles(root, pages, categoryFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the files under " + root, e);
        }
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static boolean isMdx(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".mdx");
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".md") || lower.endsWith(".mdx")) && !isHiddenOrPartial(name);
    }

    private static boolean inHiddenOrPartialFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (isHiddenOrPartial(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHiddenOrPartial(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.equals("node_modules");
    }
}
