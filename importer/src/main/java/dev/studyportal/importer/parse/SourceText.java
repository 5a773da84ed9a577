package dev.studyportal.importer.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's text as the parser wants it: strict UTF-8 (a wrong byte is an error, never a silent
 * replacement character), no byte-order mark, and {@code \n} line endings.
 */
final class SourceText {

    private SourceText() {}

    /** @throws ContentException naming the line of the first byte that is not UTF-8 */
    static String decode(byte[] bytes) {
        // The JDK's own decoding is far cheaper than a reporting decoder, and replaces a wrong byte
        // with U+FFFD; only a text with U+FFFD in it (rare: it may also be written on purpose)
        // needs the strict check.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            strictlyDecoded(bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** @throws ContentException naming the line of the first byte that is not UTF-8 */
    private static void strictlyDecoded(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new ContentException(
                    lineOfFirstInvalidByte(bytes), "The file is not valid UTF-8 text; save it as UTF-8.");
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
