package dev.studyportal.webapp.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where in the bank an admin's upload goes: a folder such as {@code interview}, or the root. The
 * uploaded pages get the paths, and so the doc ids and question keys, they would have there; the
 * run speaks only for that folder (a zip) or that page (one file).
 *
 * @param folder normalised: no leading or trailing slash, {@code ""} for the root
 */
public record UploadTarget(String folder) {

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");

    public static final UploadTarget ROOT = new UploadTarget("");

    /** @throws IllegalArgumentException with a message for the form field */
    public static UploadTarget of(String text) {
        List<String> segments = new ArrayList<>();
        for (String segment : text.strip().split("/")) {
            if (segment.isBlank()) {
                continue;
            }
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                throw new IllegalArgumentException(
                        "Use folder names of letters, digits, '-', '_' and '.', separated by '/'"
                                + " (such as interview/java); '" + segment + "' is not one.");
            }
            segments.add(segment);
        }
        return new UploadTarget(String.join("/", segments));
    }

    /** The part of the bank a run of this upload speaks for. */
    String scope(String uploadedFileName) {
        boolean zip = uploadedFileName.toLowerCase(Locale.ROOT).endsWith(".zip");
        String page = uploadedFileName.substring(
                Math.max(uploadedFileName.lastIndexOf('/'), uploadedFileName.lastIndexOf('\\')) + 1);
        if (zip) {
            return folder;
        }
        return folder.isEmpty() ? page : folder + "/" + page;
    }
}
