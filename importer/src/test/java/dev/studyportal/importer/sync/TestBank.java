package dev.studyportal.importer.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A bank in a temporary folder that a test edits between syncs, as an author would. */
final class TestBank {

    private final Path root;

    TestBank(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    TestBank write(String path, String markdown) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestBank delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestBank copySeed() {
        try {
            return write(
                    "interview/common-questions.md",
                    Files.readString(Path.of("../docs/interview/common-questions.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
