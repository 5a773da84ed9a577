package dev.studyportal.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU a process has used so far (user and system, from {@code /proc/PID/stat}), in milliseconds. Read at the
 * same moments as the heap, it gives the CPU each phase cost the portal and the database: time on a core, not
 * on the clock, so it stays comparable while the machine is busy with the load generator itself.
 */
final class CpuProbe {

    /** The kernel counts in clock ticks; 100 a second on every Linux this runs on ({@code getconf CLK_TCK}). */
    private static final int TICKS_PER_SECOND = Integer.getInteger("load.clock.ticks", 100);

    private CpuProbe() {
    }

    /** @return the process's CPU so far in ms, or -1 where it cannot be read (no such process, not Linux) */
    static long millis(String pid) {
        if (pid.isBlank()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // The command's name, in parentheses, may hold spaces: the fields are counted after its end.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }
}
