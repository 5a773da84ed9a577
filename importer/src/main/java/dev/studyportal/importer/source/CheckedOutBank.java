package dev.studyportal.importer.source;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bank made readable as a local folder. Close it when the read is done: an upload's temporary
 * folder is deleted, a Git cache is released for the next run; closing twice does nothing.
 */
public final class CheckedOutBank implements AutoCloseable {

    private final Path root;
    private final String description;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    CheckedOutBank(Path root, String description, Runnable release) {
        this.root = root;
        this.description = description;
        this.release = release;
    }

    /** The folder to hand to the parser. */
    public Path root() {
        return root;
    }

    /** Where the bank came from, safe to log and to show; for Git it names the commit read. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.run();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
