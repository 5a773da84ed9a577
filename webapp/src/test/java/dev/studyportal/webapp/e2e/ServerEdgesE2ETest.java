package dev.studyportal.webapp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.core.testsupport.MariaDbTest;
import dev.studyportal.webapp.StudyPortalApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the real server (Tomcat, not MockMvc) answers to requests no browser of the portal sends: a path
 * Tomcat refuses before any filter runs, and a forged Host header. Raw HTTP, so nothing is tidied up on
 * the way.
 */
@SpringBootTest(
        classes = StudyPortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "studyportal.import.source.path=../docs")
@MariaDbTest
class ServerEdgesE2ETest {

    @LocalServerPort
    int port;

    @Test
    void tomcats_own_error_page_carries_the_protective_headers() throws IOException {
        String response = send("GET /question/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response)
                .containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                .containsIgnoringCase("X-Frame-Options: DENY")
                .containsIgnoringCase("X-Content-Type-Options: nosniff")
                .doesNotContain("Apache Tomcat/");
    }

    @Test
    void a_redirect_never_names_the_host_the_request_claimed() throws IOException {
        String response = send("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 302");
        assertThat(response).containsIgnoringCase("Location: /login").doesNotContain("evil.example");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
