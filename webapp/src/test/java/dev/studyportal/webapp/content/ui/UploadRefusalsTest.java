package dev.studyportal.webapp.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.UploadI18N;
import dev.studyportal.importer.source.UploadLimits;
import org.junit.jupiter.api.Test;

/** A file the browser refuses is refused in words that give the limit and what to do instead. */
class UploadRefusalsTest {

    @Test
    void a_file_too_big_is_refused_with_the_configured_limit_and_the_way_on() {
        UploadLimits limits = new UploadLimits(20L * 1024 * 1024, 100, 1024 * 1024, 10);

        UploadI18N.Error refusals = UploadPanel.refusals(limits).getError();

        assertThat(refusals.getFileIsTooBig()).contains("larger than 20 MB").contains("one zip at a time");
        assertThat(refusals.getIncorrectFileType()).contains(".md").contains("zip");
        assertThat(refusals.getTooManyFiles()).isNotBlank();
    }
}
