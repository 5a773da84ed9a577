package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyportal.webapp.SeparatePortal;
import dev.studyportal.webapp.StudyPortalApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal on its zero-setup embedded database opens no door but its HTTP port to other machines: the
 * embedded database's server (for the importer's command line) and the management port (metrics,
 * docs/adr/0008-metrics-off-the-public-port.md) listen on loopback only. Read from Linux's own table of
 * this process's listening sockets.
 */
@ExtendWith(SeparatePortal.class)
class PortalListenersTest {

    @TempDir
    Path folder;

    @Test
    void only_the_http_port_listens_beyond_loopback_and_the_embedded_database_asks_for_a_password() throws Exception {
        Set<Listener> before = Listener.ofThisProcess();
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(StudyPortalApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("data/studyportal")
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE",
                        "--studyportal.import.on-startup=false")) {
            int httpPort = ((WebServerApplicationContext) portal).getWebServer().getPort();
            int managementPort = portal.getEnvironment().getRequiredProperty("local.management.port", Integer.class);

            Set<Listener> opened = new HashSet<>(Listener.ofThisProcess());
            opened.removeAll(before);

            assertThat(opened).extracting(Listener::port).contains(httpPort, managementPort);
            assertThat(opened)
                    .filteredOn(listener -> listener.port() == managementPort)
                    .as("the management port, where Prometheus scrapes the metrics")
                    .allMatch(Listener::loopbackOnly);
            assertThat(opened)
                    .filteredOn(listener -> listener.port() != httpPort)
                    .as("the embedded database's server, for the importer")
                    .isNotEmpty()
                    .allMatch(Listener::loopbackOnly);
            assertThat(folder.resolve("data/studyportal.password")).isNotEmptyFile();
        }
    }

    /** One listening TCP socket, as /proc/net/tcp and tcp6 list it. */
    record Listener(String address, int port) {

        private static final String LISTEN = "0A";

        boolean loopbackOnly() {
            return address.equals("0100007F")
                    || address.equals("00000000000000000000000001000000")
                    || address.equals("0000000000000000FFFF00000100007F");
        }

        static Set<Listener> ofThisProcess() throws IOException {
            Set<String> sockets = socketInodesOfThisProcess();
            Set<Listener> listeners = new HashSet<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] columns = line.trim().split("\\s+");
                    String[] local = columns[1].split(":");
                    if (columns[3].equals(LISTEN) && sockets.contains(columns[9])) {
                        listeners.add(new Listener(local[0], Integer.parseInt(local[1], 16)));
                    }
                }
            }
            return listeners;
        }

        private static Set<String> socketInodesOfThisProcess() throws IOException {
            Set<String> inodes = new HashSet<>();
            try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
                for (Path descriptor : descriptors.toList()) {
                    try {
                        String target = Files.readSymbolicLink(descriptor).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring("socket:[".length(), target.length() - 1));
                        }
                    } catch (IOException closedMeanwhile) {
                        // A descriptor closed while the folder was read is no listener.
                    }
                }
            }
            return inodes;
        }
    }
}
