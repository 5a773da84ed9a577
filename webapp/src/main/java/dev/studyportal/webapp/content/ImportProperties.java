package dev.studyportal.webapp.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the question bank comes from, and whether the portal syncs it when it starts.
 *
 * @param source     the bank's folder, relative to the working directory unless absolute
 * @param onStartup  sync at start-up, so a fresh portal has questions without a separate step
 */
@ConfigurationProperties("studyportal.import")
public record ImportProperties(@DefaultValue("docs") String source, @DefaultValue("true") boolean onStartup) {

    /** Bound as text: Spring would read a Path as a servlet resource, which cannot point outside the app. */
    public Path sourceFolder() {
        return Path.of(source);
    }
}
