package dev.studyportal.core.embedded;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where an H2 file database lives, read from its JDBC URL ({@code jdbc:h2:file:./data/studyportal;MODE=…}). */
record EmbeddedDatabaseFile(Path base) {

    private static final String PREFIX = "jdbc:h2:file:";

    static Optional<EmbeddedDatabaseFile> of(@Nullable String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        return Optional.of(new EmbeddedDatabaseFile(Path.of(settings < 0 ? rest : rest.substring(0, settings))));
    }

    /** The database itself, as H2's MVStore names it. */
    Path data() {
        return sibling(".mv.db");
    }

    /** The password the portal and the importer open it with, readable by this machine's account only. */
    Path password() {
        return sibling(".password");
    }

    private Path sibling(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
