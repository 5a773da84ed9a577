package dev.studyportal.core.importhistory;

import java.util.Objects;

/**
 * A question as one side of a change saw it.
 *
 * @param location where it stood, as "page path › section title"
 * @param version  its content version
 */
public record QuestionSnapshot(String key, String title, String location, int version) {

    public QuestionSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
    }
}
