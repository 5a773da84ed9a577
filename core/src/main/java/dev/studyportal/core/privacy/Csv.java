package dev.studyportal.core.privacy;

import dev.studyportal.core.shared.SpreadsheetText;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 text: a header row, then one row per record, CRLF line ends. A dozen lines did not
 * justify a CSV library. Text cells pass {@link SpreadsheetText}'s formula-injection guard; numbers are
 * written as they are.
 */
final class Csv {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");

    private final StringBuilder text = new StringBuilder();

    Csv(String... header) {
        row(List.of((Object[]) header));
    }

    Csv row(List<? extends @Nullable Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    Csv row(@Nullable Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    private static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String cell = Objects.toString(value);
        if (value instanceof CharSequence) {
            cell = SpreadsheetText.defused(cell);
        }
        return NEEDS_QUOTES.matcher(cell).find() ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
