package dev.studyportal.importer.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sidebar categories of a docs tree: one per folder, described by the folder's
 * {@code _category_} file where there is one and by the folder's name where there is not.
 */
final class BankCategories {

    private final Map<String, CategoryFile> files;
    private final String rootLabel;

    private BankCategories(Map<String, CategoryFile> files, String rootLabel) {
        this.files = files;
        this.rootLabel = rootLabel;
    }

    /** For a page read on its own: every folder is described by its name. */
    static BankCategories fromFolderNames(String rootLabel) {
        return new BankCategories(Map.of(), rootLabel);
    }

    /** Reads every category file; a broken one is an error and its folder falls back to its name. */
    static BankCategories read(BankFiles bank, String rootLabel, List<ContentError> errors, List<String> warnings) {
        Map<String, CategoryFile> files = new HashMap<>();
        Map<String, String> readFrom = new HashMap<>();
        List<Path> inDocusaurusOrder = bank.categoryFiles().stream()
                .sorted(Comparator.comparing(Path::getParent)
                        .thenComparing(file ->
                                CategoryFile.NAMES.indexOf(file.getFileName().toString())))
                .toList();
        for (Path file : inDocusaurusOrder) {
            String path = bank.relative(file);
            String folder = folderOf(path);
            String first = readFrom.putIfAbsent(folder, path);
            if (first != null) {
                warnings.add(path + ": ignored, since " + first + " describes this folder already, as in Docusaurus");
                continue;
            }
            try {
                files.put(
                        folder,
                        CategoryFile.read(file.getFileName().toString(), SourceText.decode(Files.readAllBytes(file))));
            } catch (ContentException e) {
                errors.add(new ContentError(path, e.line(), e.getMessage()));
            } catch (IOException e) {
                errors.add(new ContentError(path, 0, "The file could not be read: " + e.getMessage()));
            }
        }
        return new BankCategories(files, rootLabel);
    }

    /** The category of the page at {@code pagePath}, relative to the bank's root. */
    ParsedCategory ofPage(String pagePath) {
        String folder = folderOf(pagePath);
        CategoryFile file = files.get(folder);
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        String label = file != null && file.label() != null && !file.label().isEmpty()
                ? file.label()
                : folder.isEmpty() ? rootLabel : NumberPrefix.readable(name);
        Double position = file != null && file.position() != null
                ? file.position()
                : folder.isEmpty() ? null : toDouble(NumberPrefix.of(name).number());
        return new ParsedCategory(folder, label, position);
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static @Nullable Double toDouble(@Nullable Integer number) {
        return number == null ? null : number.doubleValue();
    }
}
