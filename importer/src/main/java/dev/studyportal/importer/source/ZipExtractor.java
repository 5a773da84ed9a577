package dev.studyportal.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.jspecify.annotations.Nullable;

/**
 * Unpacks an uploaded zip's Markdown into a folder. Entries are listed from the central directory
 * (what unzip tools show), every name is checked before anything is written, so a refused archive
 * leaves nothing behind but the folder its caller deletes.
 */
final class ZipExtractor {

    /** What the parser reads or is steered by; everything else in a repository zip is left out. */
    private static final Set<String> KEPT_NAMES =
            Set.of("_category_.json", "_category_.yml", "_category_.yaml", ".studyportal-ignore");

    private static final long RATIO_CHECK_AFTER = 1024 * 1024;

    private ZipExtractor() {}

    private record Kept(ZipArchiveEntry entry, List<String> segments) {}

    static void extract(Path archive, Path target, UploadLimits limits) throws IOException {
        try (ZipFile zip = open(archive)) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw new BankSourceException("The zip has " + entries.size() + " entries, more than the "
                        + limits.maxEntries() + " allowed. Zip only the bank's docs folder.");
            }
            List<Kept> kept = new ArrayList<>();
            for (ZipArchiveEntry entry : entries) {
                List<String> segments = segments(entry.getName());
                if (!entry.isDirectory() && !entry.isUnixSymlink() && isKept(segments)) {
                    kept.add(new Kept(entry, segments));
                }
            }
            if (kept.isEmpty()) {
                throw new BankSourceException("The zip has no Markdown pages (.md, .mdx). Zip the bank's docs folder.");
            }
            int unwrap = singleTopFolder(kept) == null ? 0 : 1;
            long total = 0;
            for (Kept file : kept) {
                List<String> relative =
                        file.segments().subList(unwrap, file.segments().size());
                total += write(zip, file.entry(), target, relative, limits, total);
            }
        }
    }

    private static ZipFile open(Path archive) {
        try {
            return ZipFile.builder().setPath(archive).get();
        } catch (IOException | RuntimeException e) {
            throw new BankSourceException(
                    "The upload is not a zip that can be read: " + e.getMessage()
                            + ". Make a new zip of the bank and upload that.",
                    e);
        }
    }

    /**
     * The name split at '/' (and '\', which some Windows tools write), refusing any that could
     * land outside the target: an absolute path, a drive letter, a {@code ..} segment.
     */
    private static List<String> segments(String name) {
        String quoted = ArchiveUpload.describe(name);
        if (SubPath.isAbsolute(name)) {
            throw new BankSourceException("The zip entry " + quoted + " has an absolute path; a bank zip holds"
                    + " relative paths only. Zip the folder again with an ordinary zip tool.");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw new BankSourceException("The zip entry " + quoted + " points outside the zip's folder;"
                        + " the upload was refused. Zip the folder again with an ordinary zip tool.");
            }
            if (segment.indexOf('\0') >= 0) {
                throw new BankSourceException(
                        "The zip entry " + quoted + " has a name no bank file can have;" + " the upload was refused.");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private static boolean isKept(List<String> segments) {
        if (segments.isEmpty() || segments.contains("__MACOSX")) {
            // macOS adds resource forks there, named like the pages they belong to.
            return false;
        }
        String name = segments.getLast().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".mdx") || KEPT_NAMES.contains(name);
    }

    /** GitHub's "Download ZIP" puts everything into {@code repository-branch/}; such a folder is not part of the bank. */
    private static @Nullable String singleTopFolder(List<Kept> kept) {
        String top = null;
        for (Kept file : kept) {
            if (file.segments().size() < 2
                    || top != null && !top.equals(file.segments().getFirst())) {
                return null;
            }
            top = file.segments().getFirst();
        }
        return top;
    }

    private static long write(
            ZipFile zip,
            ZipArchiveEntry entry,
            Path target,
            List<String> relative,
            UploadLimits limits,
            long writtenBefore)
            throws IOException {
        String quoted = ArchiveUpload.describe(entry.getName());
        Path file = target.resolve(String.join("/", relative)).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
            throw new BankSourceException(
                    "The zip entry " + quoted + " points outside the zip's folder;" + " the upload was refused.");
        }
        if (!zip.canReadEntryData(entry)) {
            throw new BankSourceException("The zip entry " + quoted + " is encrypted or packed in a way that cannot"
                    + " be read. Make the zip with an ordinary zip tool and no password.");
        }
        Files.createDirectories(file.getParent());
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry);
                OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                written += read;
                if (written > limits.maxEntryBytes()) {
                    throw new BankSourceException("The zip entry " + quoted + " unpacks to more than "
                            + UploadLimits.format(limits.maxEntryBytes()) + "; the upload was refused.");
                }
                if (writtenBefore + written > limits.maxTotalBytes()) {
                    throw new BankSourceException("The zip unpacks to more than "
                            + UploadLimits.format(limits.maxTotalBytes()) + " (reached at entry " + quoted
                            + "); the upload was refused. Zip only the bank's docs folder.");
                }
                if (written > RATIO_CHECK_AFTER
                        && in instanceof InputStreamStatistics statistics
                        && statistics.getUncompressedCount()
                                > limits.maxCompressionRatio() * Math.max(1, statistics.getCompressedCount())) {
                    throw new BankSourceException("The zip entry " + quoted + " unpacks to more than "
                            + limits.maxCompressionRatio() + " times its packed size, as a zip bomb does;"
                            + " the upload was refused.");
                }
                out.write(buffer, 0, read);
            }
        } catch (FileAlreadyExistsException e) {
            throw new BankSourceException(
                    "The zip has the file " + String.join("/", relative) + " twice (entry " + quoted
                            + "); the upload was refused. Zip the folder again.",
                    e);
        } catch (ZipException e) {
            throw new BankSourceException(
                    "The zip entry " + quoted + " is damaged: " + e.getMessage()
                            + ". Make a new zip of the bank and upload that.",
                    e);
        }
        return written;
    }
}
