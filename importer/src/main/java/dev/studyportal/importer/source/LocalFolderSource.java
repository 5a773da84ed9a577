package dev.studyportal.importer.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A bank that is already a folder on this machine, such as the project's own {@code docs/}. */
public record LocalFolderSource(Path folder) implements BankSource {

    public LocalFolderSource {
        Objects.requireNonNull(folder, "folder");
    }

    @Override
    public CheckedOutBank open() {
        if (!Files.isDirectory(folder)) {
            throw new BankSourceException("There is no folder at " + folder.toAbsolutePath()
                    + ". Check the configured path; a relative one is read from the portal's working directory.");
        }
        return new CheckedOutBank(folder, description(), () -> {});
    }

    @Override
    public String description() {
        return "folder " + folder.toAbsolutePath().normalize();
    }
}
