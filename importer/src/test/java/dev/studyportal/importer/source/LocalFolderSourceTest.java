package dev.studyportal.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderSourceTest {

    @TempDir
    Path folder;

    @Test
    void a_folder_is_read_where_it_is_and_kept_after_close() throws Exception {
        Files.writeString(folder.resolve("intro.md"), "# Intro\n");
        try (CheckedOutBank bank = new LocalFolderSource(folder).open()) {
            assertThat(bank.root()).isEqualTo(folder);
            assertThat(bank.description())
                    .isEqualTo("folder " + folder.toAbsolutePath().normalize());
        }
        assertThat(folder.resolve("intro.md")).exists();
    }

    @Test
    void a_missing_folder_is_named_in_the_error() {
        Path missing = folder.resolve("nowhere");
        assertThatThrownBy(() -> new LocalFolderSource(missing).open())
                .isInstanceOf(BankSourceException.class)
                .hasMessageContaining("There is no folder at " + missing.toAbsolutePath());
    }
}
