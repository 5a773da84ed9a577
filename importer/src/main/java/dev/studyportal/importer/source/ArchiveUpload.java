package dev.studyportal.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A bank an admin uploaded: one Markdown page ({@code .md}, {@code .mdx}) or a {@code .zip} of a docs
 * tree. It is unpacked into a temporary folder that closing the {@link CheckedOutBank} deletes; a zip
 * keeps only what the parser reads and must stay within {@link UploadLimits}.
 *
 * <p>The content is a stream, read once by {@link #open()} and left open for its owner to close.
 * An upload may be placed in a folder of the bank, so that its pages get the paths (and so the doc
 * ids and question keys) they will have there.
 */
public final class ArchiveUpload implements BankSource {

    private final String fileName;
    private final InputStream content;
    private final UploadLimits limits;
    private final @Nullable String folder;
    private final AtomicBoolean opened = new AtomicBoolean();

    /**
     * @param fileName the name the file was uploaded with; a path before it is ignored
     * @param folder   where in the bank it goes, such as {@code interview/java}; empty for the root
     * @throws BankSourceException for a folder that is absolute or leads out of the bank
     */
    public ArchiveUpload(String fileName, InputStream content, UploadLimits limits, String folder) {
        this.fileName = baseName(Objects.requireNonNull(fileName, "fileName"));
        this.content = Objects.requireNonNull(content, "content");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.folder = SubPath.normalize(folder);
    }

    /** @param fileName the name the file was uploaded with; a path before it is ignored */
    public ArchiveUpload(String fileName, InputStream content, UploadLimits limits) {
        this(fileName, content, limits, "");
    }

    public ArchiveUpload(String fileName, byte[] content, UploadLimits limits) {
        this(fileName, new ByteArrayInputStream(content), limits);
    }

    public ArchiveUpload(String fileName, byte[] content) {
        this(fileName, content, UploadLimits.DEFAULTS);
    }

    public String fileName() {
        return fileName;
    }

    public UploadLimits limits() {
        return limits;
    }

    @Override
    public CheckedOutBank open() {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".mdx");
        boolean zip = lower.endsWith(".zip");
        if (!markdown && !zip) {
            throw new BankSourceException(
                    "Upload a Markdown page (.md, .mdx) or a .zip of the bank; " + describe(fileName) + " is neither.");
        }
        if (!opened.compareAndSet(false, true)) {
            throw new IllegalStateException("An upload is read once; make a new ArchiveUpload to read it again");
        }
        Path temporary = createTemporaryFolder();
        try {
            Path root = Files.createDirectory(temporary.resolve("bank"));
            Path into = folder == null ? root : Files.createDirectories(root.resolve(folder));
            if (markdown) {
                copy(into.resolve(fileName), limits.maxEntryBytes(), "The page " + describe(fileName));
            } else {
                Path archive = temporary.resolve("upload.zip");
                copy(archive, limits.maxTotalBytes(), "The zip " + describe(fileName));
                ZipExtractor.extract(archive, into, limits);
                Files.delete(archive);
            }
            return new CheckedOutBank(root, description(), () -> Folders.deleteQuietly(temporary));
        } catch (IOException e) {
            Folders.deleteQuietly(temporary);
            throw new BankSourceException(
                    "Could not unpack the upload " + describe(fileName) + ": " + e.getMessage()
                            + ". Check that the temporary folder has room, then upload it again.",
                    e);
        } catch (RuntimeException e) {
            Folders.deleteQuietly(temporary);
            throw e;
        }
    }

    @Override
    public String description() {
        return "upload " + describe(fileName) + (folder == null ? "" : " into " + folder);
    }

    @Override
    public String toString() {
        return description();
    }

    private void copy(Path target, long limit, String what) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                written += read;
                if (written > limit) {
                    throw new BankSourceException(what + " is larger than " + UploadLimits.format(limit) + ".");
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static Path createTemporaryFolder() {
        try {
            return Files.createTempDirectory("studyportal-upload-");
        } catch (IOException e) {
            throw new BankSourceException(
                    "Could not create a temporary folder for the upload: " + e.getMessage()
                            + ". Check the system's temporary folder.",
                    e);
        }
    }

    /** Browsers on some systems send the whole local path; only the name is the upload's. */
    private static String baseName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        if (base.isEmpty()
                || base.equals(".")
                || base.equals("..")
                || base.chars().anyMatch(Character::isISOControl)) {
            throw new BankSourceException("The uploaded file has no usable name; upload a .md, .mdx or .zip file.");
        }
        return base;
    }

    /** A name from outside, quoted and cut short for a message. */
    static String describe(String name) {
        String printable = name.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + (printable.length() > 200 ? printable.substring(0, 200) + "…" : printable) + "'";
    }
}
