package dev.studyportal.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BankSourcePropertiesTest {

    @Test
    void with_nothing_configured_the_docs_folder_is_the_source() {
        BankSourceProperties properties = bind(Map.of());
        assertThat(properties.toSource()).isEqualTo(new LocalFolderSource(Path.of("docs")));
        assertThat(properties.upload().limits()).isEqualTo(UploadLimits.DEFAULTS);
    }

    @Test
    void a_git_source_is_bound_from_its_keys() {
        BankSourceProperties properties = bind(Map.of(
                "studyportal.import.source.type", "git",
                "studyportal.import.source.git.url", "https://git.example.org/team/bank.git",
                "studyportal.import.source.git.branch", "release",
                "studyportal.import.source.git.sub-path", "docs",
                "studyportal.import.source.git.username", "bank-reader",
                "studyportal.import.source.git.password", "tok-123456",
                "studyportal.import.source.git.cache-dir", "/var/cache/studyportal",
                "studyportal.import.source.git.timeout", "2m"));

        assertThat(properties.toSource())
                .isEqualTo(new GitSource(
                        URI.create("https://git.example.org/team/bank.git"),
                        "release",
                        "docs",
                        new GitCredentials("bank-reader", "tok-123456"),
                        Path.of("/var/cache/studyportal"),
                        Duration.ofMinutes(2)));
        assertThat(properties.toString()).doesNotContain("tok-123456");
    }

    @Test
    void a_git_source_without_settings_takes_the_defaults() {
        BankSourceProperties properties = bind(Map.of(
                "studyportal.import.source.type", "git",
                "studyportal.import.source.git.url", "https://git.example.org/team/bank.git"));
        GitSource source = (GitSource) properties.toSource();
        assertThat(source.branch()).isEqualTo("main");
        assertThat(source.subPath()).isNull();
        assertThat(source.credentials()).isNull();
        assertThat(source.cacheDir()).isEqualTo(GitSource.defaultCacheDir());
        assertThat(source.timeout()).isEqualTo(GitSource.DEFAULT_TIMEOUT);
    }

    @Test
    void a_git_source_needs_a_url() {
        BankSourceProperties properties = bind(Map.of("studyportal.import.source.type", "git"));
        assertThatThrownBy(properties::toSource)
                .isInstanceOf(BankSourceException.class)
                .hasMessageContaining("studyportal.import.source.git.url is not set");
    }

    @Test
    void an_unparsable_url_is_not_repeated_in_the_error() {
        BankSourceProperties properties = bind(Map.of(
                "studyportal.import.source.type", "git",
                "studyportal.import.source.git.url", "https://bob:tok/en 99@git.example.org/bank.git"));
        assertThatThrownBy(properties::toSource)
                .isInstanceOf(BankSourceException.class)
                .hasMessageStartingWith("studyportal.import.source.git.url is not a valid URL")
                .hasNoCause()
                .message()
                .doesNotContain("tok", "bob");
        assertThat(properties.toString()).doesNotContain("tok/en", "bob");
    }

    @Test
    void upload_limits_are_read_as_sizes() {
        BankSourceProperties properties = bind(Map.of(
                "studyportal.import.source.upload.max-total-size", "20MB",
                "studyportal.import.source.upload.max-entries", "300",
                "studyportal.import.source.upload.max-entry-size", "512KB",
                "studyportal.import.source.upload.max-compression-ratio", "50"));
        assertThat(properties.upload().limits()).isEqualTo(new UploadLimits(20L * 1024 * 1024, 300, 512 * 1024, 50));
        assertThat(properties
                        .upload("bank.zip", java.io.InputStream.nullInputStream())
                        .limits())
                .isEqualTo(properties.upload().limits());
    }

    @Test
    void the_former_single_folder_setting_does_not_stop_binding_but_is_not_read() {
        // studyportal.import.source used to be the folder itself (webapp's ImportProperties, the Dockerfile).
        BankSourceProperties properties = bind(Map.of(
                "studyportal.import.source", "/srv/bank",
                "studyportal.import.source.path", "/srv/other"));
        assertThat(properties.toSource()).isEqualTo(new LocalFolderSource(Path.of("/srv/other")));
    }

    private static BankSourceProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("studyportal.import.source", BankSourceProperties.class);
    }
}
