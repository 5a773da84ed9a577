package dev.studyportal.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's live heap: a full collection through {@code jcmd PID GC.run} (twice, so that what the first
 * one only found unreachable is gone too), then {@code GC.heap_info}'s "used". Blocking, so the simulation
 * calls it only between phases, when no learner is waiting.
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("garbage-first heap .*? used (\\d+)K");

    private HeapProbe() {
    }

    /** @return the used heap after full collections, in KiB */
    static long liveKib(String pid) {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing of the used heap: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    /** The live objects by class ({@code GC.class_histogram}, itself after a full collection), kept in a file. */
    static void keepHistogram(String pid, Path file) {
        try {
            Files.writeString(file, jcmd(pid, "GC.class_histogram"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jcmd(String pid, String command) {
        try {
            Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
