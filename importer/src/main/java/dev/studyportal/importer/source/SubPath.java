package dev.studyportal.importer.source;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A folder inside a checkout or an archive, written with '/', that can never lead out of it. */
final class SubPath {

    private SubPath() {}

    /**
     * The path with empty and {@code .} segments dropped, or {@code null} for the root itself.
     *
     * @throws BankSourceException for an absolute path, a {@code ..} segment or the {@code .git} folder
     */
    static @Nullable String normalize(@Nullable String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String text = path.strip();
        if (isAbsolute(text)) {
            throw new BankSourceException(
                    "The folder inside the repository must be relative, as in docs; '" + text + "' is absolute.");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : text.split("[/\\\\]")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") || segment.equalsIgnoreCase(".git")) {
                throw new BankSourceException(
                        "The folder inside the repository must stay inside it; '" + text + "' does not.");
            }
            segments.add(segment);
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    /** Unix and Windows forms alike, since archives and settings come from both. */
    static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*");
    }
}
