package dev.studyportal.core.shared;

import java.util.regex.Pattern;

/**
 * The formula-injection guard of every CSV the portal writes: text that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR or NUL first) gets a leading apostrophe, so opening an export runs nothing that a
 * question title, a note or a display name smuggled in (OWASP "CSV Injection", ASVS 5.0 1.2.10). Numbers are
 * not text and are written as they are.
 */
public final class SpreadsheetText {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r\\x00]");

    private SpreadsheetText() {}

    /** The text as a spreadsheet may open it safely. */
    public static String defused(String text) {
        return FORMULA_START.matcher(text).find() ? "'" + text : text;
    }
}
