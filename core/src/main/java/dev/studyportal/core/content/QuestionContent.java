package dev.studyportal.core.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a question says: its title and answer. Two contents are the same when their hashes are,
 * and the hash ignores trailing white space and line-ending style, which an editor may change
 * without the author meaning to change the question.
 */
public record QuestionContent(String title, String answer) {

    public QuestionContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A question needs a title");
        }
        if (answer == null) {
            throw new IllegalArgumentException("A question's answer may be empty but not missing");
        }
        title = title.strip();
        answer = normalize(answer);
    }

    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(title.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(answer.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String normalize(String markdown) {
        String unified = markdown.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().replaceFirst("^\n+", "").stripTrailing();
    }
}
