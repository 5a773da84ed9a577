package dev.studyportal.webapp.content.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.studyportal.importer.source.UploadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an admin's upload onto disk, never into memory, and holds it to the limits on the server: the
 * browser's own size check is no defence against a script that posts straight to the upload's address.
 * A request whose Content-Length is over the limit is refused before a byte is read; any other is
 * copied to a temporary file and refused the moment the bytes read pass the limit, so at most the
 * limit and one buffer are ever read. A page ({@code .md}, {@code .mdx}) may be
 * {@link UploadLimits#maxEntryBytes()}, a zip {@link UploadLimits#maxTotalBytes()}.
 *
 * <p>The file of an accepted upload belongs to {@link Accepted}; the file of a refused or failed one
 * is deleted here before the request ends.
 */
final class BoundedUploadHandler implements UploadHandler {

    /** The start of every file this handler writes, so that what it leaves behind can be told apart. */
    static final String FILE_PREFIX = "studyportal-upload-body-";

    /** How much is read at a time, and so how far past its limit a body is read at most. */
    static final int BUFFER_BYTES = 64 * 1024;

    /** Room for a multipart request's boundaries and part headers around the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(BoundedUploadHandler.class);

    /** Called on the request's thread, without the session's lock, with a file it now owns. */
    @FunctionalInterface
    interface Accepted {
        void accept(UploadEvent event, String fileName, Path file);
    }

    /** Called on the request's thread, without the session's lock, with what to tell the admin. */
    @FunctionalInterface
    interface Refused {
        void refuse(UploadEvent event, String message);
    }

    private final UploadLimits limits;
    private final Path folder;
    private final Accepted accepted;
    private final Refused refused;

    /** @param folder where uploads are written while they are read and checked */
    BoundedUploadHandler(UploadLimits limits, Path folder, Accepted accepted, Refused refused) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.accepted = Objects.requireNonNull(accepted, "accepted");
        this.refused = Objects.requireNonNull(refused, "refused");
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean page = lower.endsWith(".md") || lower.endsWith(".mdx");
        if (!page && !lower.endsWith(".zip")) {
            refuse(event, "Upload a Markdown page (.md, .mdx) or a .zip of the bank; that file is neither.");
            return;
        }
        long limit = page ? limits.maxEntryBytes() : limits.maxTotalBytes();
        // Content-Length for a plain upload, the part's size for a multipart one; -1 when not known.
        if (event.getFileSize() > limit) {
            refuse(event, tooLarge(page, limit));
            return;
        }
        Path file = Files.createTempFile(folder, FILE_PREFIX, page ? ".md" : ".zip");
        boolean handedOver = false;
        try {
            if (copyWithin(event.getInputStream(), file, limit)) {
                accepted.accept(event, fileName, file);
                handedOver = true;
            } else {
                refuse(event, tooLarge(page, limit));
            }
        } finally {
            if (!handedOver) {
                discard(file);
            }
        }
    }

    /*
     * Multipart bodies are parsed by the servlet container before this handler sees them; these
     * limits let Vaadin refuse one that is too large or carries more than one file.
     */
    @Override
    public long getRequestSizeMax() {
        return limits.maxTotalBytes() + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return limits.maxTotalBytes();
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** Deletes an upload's file; a failure is logged, as the file is in the temporary folder anyway. */
    static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file, e);
        }
    }

    private void refuse(UploadEvent event, String message) {
        event.reject(message);
        refused.refuse(event, message);
    }

    /** @return false, with the copy stopped, as soon as more than {@code limit} bytes were read */
    private static boolean copyWithin(InputStream body, Path file, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long read = 0;
        try (body;
                OutputStream out = Files.newOutputStream(file)) {
            for (int count = body.read(buffer); count >= 0; count = body.read(buffer)) {
                read += count;
                if (read > limit) {
                    return false;
                }
                out.write(buffer, 0, count);
            }
        }
        return true;
    }

    private static String tooLarge(boolean page, long limit) {
        return page
                ? "That page is larger than the " + UploadLimits.format(limit) + " limit for one page; split it into"
                        + " smaller pages, or raise studyportal.import.source.upload.max-entry-size."
                : "That file is larger than the " + UploadLimits.format(limit) + " limit for an upload; upload the"
                        + " bank one folder at a time, or raise studyportal.import.source.upload.max-total-size.";
    }
}
