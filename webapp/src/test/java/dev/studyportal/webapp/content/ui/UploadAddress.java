package dev.studyportal.webapp.content.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.StreamRequestHandler;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Sends a file to the server address an {@link Upload} posts to, the way a script could: past the
 * browser's own size check, through Vaadin's stream request handling (security key included), with a
 * body that is read only as the server reads it.
 */
final class UploadAddress {

    private UploadAddress() {}

    /**
     * @param contentLength the Content-Length header to send, or -1 for none (a chunked body)
     * @return the response, once the server has handled the request and the view has caught up
     */
    static MockHttpServletResponse post(Upload upload, String fileName, InputStream body, long contentLength) {
        String address = upload.getElement().getAttribute("target");
        if (address == null || address.isBlank()) {
            throw new IllegalStateException("The upload has no server address; is it attached?");
        }
        MockHttpServletRequest http = new MockHttpServletRequest("POST", "/" + address) {
            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }

            @Override
            public long getContentLengthLong() {
                return contentLength;
            }

            @Override
            public int getContentLength() {
                return contentLength > Integer.MAX_VALUE ? -1 : (int) contentLength;
            }
        };
        http.setPathInfo("/" + address);
        http.setContentType("application/octet-stream");
        http.addHeader(
                "X-Filename",
                URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        if (contentLength >= 0) {
            http.addHeader("Content-Length", contentLength);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        VaadinSession session = VaadinSession.getCurrent();
        VaadinServletService service = (VaadinServletService) session.getService();
        try {
            boolean handled = new StreamRequestHandler()
                    .handleRequest(
                            session,
                            new VaadinServletRequest(http, service),
                            new VaadinServletResponse(response, service));
            if (!handled) {
                throw new IllegalStateException("Nothing handled a POST to " + address);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The handler reports to the view through UI.access; the test thread holds the session lock,
        // so those tasks wait in the session's queue until they are run here.
        session.getService().runPendingAccessTasks(session);
        return response;
    }

    static MockHttpServletResponse post(Upload upload, String fileName, byte[] content) {
        return post(upload, fileName, new ByteArrayInputStream(content), content.length);
    }
}
