package dev.studyportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: without it, a timing cannot be compared with a later one. */
final class MachineFacts {

    private MachineFacts() {}

    static String describe(BenchServer server) {
        return "Date:     " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "Machine:  " + Runtime.getRuntime().availableProcessors() + " cores available, " + cpuModel() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "Heap:     up to " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB\n"
                + "Java:     " + javaVersion().strip().replace("\n", "\n          ") + "\n"
                + "Database: " + server.version() + " at " + server.describe() + "\n";
    }

    /** What {@code java -version} of the running JVM prints, which names the build and the VM. */
    private static String javaVersion() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Process process = new ProcessBuilder(java.toString(), "-version")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return System.getProperty("java.vm.name") + " " + Runtime.version();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Runtime.version().toString();
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
