package dev.studyportal.webapp.content.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.studyportal.importer.source.UploadLimits;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;

class BoundedUploadHandlerTest {

    private static final long KB = 1024;
    private static final UploadLimits LIMITS = new UploadLimits(1024 * KB, 100, 256 * KB, 100);

    @TempDir
    Path folder;

    private final List<Path> accepted = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    @Test
    void a_zip_within_the_limit_is_handed_over_whole_as_a_file() throws IOException {
        GeneratedBody body = new GeneratedBody(1024 * KB);
        UploadEvent event = event("bank.zip", body, -1);

        handlerIn(folder).handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(accepted).singleElement().satisfies(file -> {
            assertThat(file.getParent()).isEqualTo(folder);
            assertThat(Files.size(file)).isEqualTo(1024 * KB);
        });
        assertThat(refusals).isEmpty();
    }

    @Test
    void a_body_that_passes_the_limit_is_refused_after_one_buffer_more_and_leaves_no_file() throws IOException {
        GeneratedBody body = new GeneratedBody(100 * 1024 * KB);
        UploadEvent event = event("bank.zip", body, -1);

        handlerIn(folder).handleUploadRequest(event);

        assertThat(body.consumed())
                .isGreaterThan(1024 * KB)
                .isLessThanOrEqualTo(1024 * KB + BoundedUploadHandler.BUFFER_BYTES);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).startsWith("That file is larger than the 1 MB limit");
        assertThat(refusals).containsExactly(event.getRejectionMessage());
        assertThat(accepted).isEmpty();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void a_page_is_held_to_the_smaller_limit_for_one_page() throws IOException {
        GeneratedBody body = new GeneratedBody(1024 * KB);
        UploadEvent event = event("big.md", body, -1);

        handlerIn(folder).handleUploadRequest(event);

        assertThat(body.consumed()).isLessThanOrEqualTo(256 * KB + BoundedUploadHandler.BUFFER_BYTES);
        assertThat(event.getRejectionMessage()).startsWith("That page is larger than the 256 KB limit");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void a_content_length_over_the_limit_is_refused_before_a_byte_is_read_or_a_file_made() throws IOException {
        GeneratedBody body = new GeneratedBody(1024 * KB + 1);
        UploadEvent event = event("bank.zip", body, 1024 * KB + 1);

        handlerIn(folder).handleUploadRequest(event);

        assertThat(body.consumed()).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void a_file_that_is_neither_a_page_nor_a_zip_is_refused_unread() throws IOException {
        GeneratedBody body = new GeneratedBody(KB);
        UploadEvent event = event("notes.exe", body, KB);

        handlerIn(folder).handleUploadRequest(event);

        assertThat(body.consumed()).isZero();
        assertThat(event.getRejectionMessage()).contains("neither");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void a_body_that_breaks_off_leaves_no_file() {
        GeneratedBody sent = new GeneratedBody(512 * KB);
        InputStream breaksOff = new InputStream() {
            @Override
            public int read() throws IOException {
                return read(new byte[1], 0, 1);
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (sent.consumed() >= 128 * KB) {
                    throw new IOException("connection reset");
                }
                return sent.read(buffer, offset, length);
            }
        };

        assertThatThrownBy(() -> handlerIn(folder).handleUploadRequest(event("bank.zip", breaksOff, -1)))
                .hasMessageContaining("connection reset");
        assertThat(accepted).isEmpty();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void a_file_the_view_could_not_take_is_deleted() {
        BoundedUploadHandler failing = new BoundedUploadHandler(
                LIMITS,
                folder,
                (event, name, file) -> {
                    throw new IllegalStateException("the view has gone");
                },
                (event, message) -> refusals.add(message));

        assertThatThrownBy(() -> failing.handleUploadRequest(event("page.md", new GeneratedBody(KB), KB)))
                .hasMessage("the view has gone");
        assertThat(filesIn(folder)).isEmpty();
    }

    private BoundedUploadHandler handlerIn(Path folder) {
        return new BoundedUploadHandler(
                LIMITS, folder, (event, name, file) -> accepted.add(file), (event, message) -> refusals.add(message));
    }

    private static UploadEvent event(String fileName, InputStream body, long contentLength) {
        MockHttpServletRequest http = new MockHttpServletRequest("POST", "/upload") {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
        return new UploadEvent(
                new VaadinServletRequest(http, null),
                null,
                null,
                fileName,
                contentLength,
                "application/octet-stream",
                new Element("vaadin-upload"),
                null);
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
