package dev.studyportal.importer.cli;

import dev.studyportal.importer.sync.SyncProgress;
import java.io.Console;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error for a person at a terminal; one bar per step. Scripts and
 * {@code --json} get none, so their output stays clean.
 */
final class TerminalProgress implements SyncProgress, AutoCloseable {

    private @Nullable ProgressBar bar;
    private @Nullable String step;

    static boolean wanted(boolean json) {
        return !json && attachedToTerminal();
    }

    /**
     * Since Java 22 {@code System.console()} exists even when output is redirected, and only
     * {@code Console.isTerminal()} (Java 22+, not in this module's Java 21 API) tells the two apart.
     */
    private static boolean attachedToTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }

    @Override
    public void update(String step, int done, int total) {
        if (!step.equals(this.step)) {
            close();
            this.step = step;
            bar = new ProgressBarBuilder()
                    .setTaskName(step)
                    .setInitialMax(Math.max(total, 0))
                    .setStyle(ProgressBarStyle.ASCII)
                    .continuousUpdate()
                    .build();
        }
        if (bar != null) {
            if (total > 0) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
