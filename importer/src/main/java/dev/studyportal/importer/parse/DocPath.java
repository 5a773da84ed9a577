package dev.studyportal.importer.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A page's path relative to the bank's root, and what Docusaurus derives from it: the doc id, the
 * number prefix that orders it, and whether it is its folder's index page.
 *
 * @param path with forward slashes, as in {@code 02-basics/01-tensors.md}
 */
record DocPath(String path) {

    String folder() {
        return BankCategories.folderOf(path);
    }

    /** The file name without its extension, number prefix included. */
    String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * As Docusaurus does: the folders without their number prefixes, then the front matter {@code id}
     * or else the file name without extension and number prefix. Index pages keep their name
     * ({@code guides/README}); only their URL drops it.
     */
    String docId(@Nullable String explicitId) {
        String name = explicitId != null && !explicitId.isBlank() ? explicitId.strip() : NumberPrefix.strip(baseName());
        String folder = Arrays.stream(folder().split("/"))
                .filter(part -> !part.isEmpty())
                .map(NumberPrefix::strip)
                .collect(Collectors.joining("/"));
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    @Nullable
    Integer numberPrefix() {
        return NumberPrefix.of(baseName()).number();
    }

    /**
     * Docusaurus's convention for the page a category links to: {@code index}, {@code README} (any
     * case) or a file named like its folder ({@code guides/guides.md}, prefixes included as on disk).
     */
    boolean isCategoryIndex() {
        String name = baseName().toLowerCase(Locale.ROOT);
        String folder = folder();
        String folderName = folder.substring(folder.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.equals("index") || name.equals("readme") || (!folder.isEmpty() && name.equals(folderName));
    }
}
