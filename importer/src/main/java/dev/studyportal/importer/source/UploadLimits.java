package dev.studyportal.importer.source;

/**
 * What an uploaded bank may unpack to. Sizes count the bytes really written, never what an
 * archive's headers claim, so a zip bomb is stopped as it inflates.
 *
 * @param maxTotalBytes       the upload itself and everything it unpacks to, together
 * @param maxEntries          entries in a zip, folders and skipped files included
 * @param maxEntryBytes       one unpacked file, and a single uploaded Markdown file
 * @param maxCompressionRatio unpacked to packed bytes of one entry, checked past the first megabyte;
 *                            Markdown packs about 3 to 5 times, a bomb a thousand times
 */
public record UploadLimits(long maxTotalBytes, int maxEntries, long maxEntryBytes, int maxCompressionRatio) {

    private static final long MB = 1024 * 1024;

    public static final UploadLimits DEFAULTS = new UploadLimits(50 * MB, 5_000, 10 * MB, 100);

    public UploadLimits {
        if (maxTotalBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("Upload limits must be positive: " + maxTotalBytes + ", " + maxEntries
                    + ", " + maxEntryBytes + ", " + maxCompressionRatio);
        }
    }

    /** A size as an admin would write it, for messages about these limits. */
    public static String format(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
