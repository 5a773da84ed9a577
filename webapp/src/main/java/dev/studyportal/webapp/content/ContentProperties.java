package dev.studyportal.webapp.content;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the bank's source can be edited, as Docusaurus' {@code editUrl} does: a base such as
 * {@code https://github.com/acme/bank/edit/main/docs/} to which a page's path is appended. A page's
 * own {@code custom_edit_url} wins over it.
 */
@ConfigurationProperties("studyportal.content")
public record ContentProperties(@Nullable String editBaseUrl) {

    /** The edit address of a page, if one is configured; only http and https addresses are offered. */
    public Optional<String> editUrl(String sourcePath, @Nullable String customEditUrl) {
        String candidate = customEditUrl != null && !customEditUrl.isBlank()
                ? customEditUrl.strip()
                : editBaseUrl == null || editBaseUrl.isBlank()
                        ? null
                        : (editBaseUrl.endsWith("/") ? editBaseUrl : editBaseUrl + "/") + sourcePath;
        if (candidate == null) {
            return Optional.empty();
        }
        try {
            String scheme = URI.create(candidate).getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)
                    ? Optional.of(candidate)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
