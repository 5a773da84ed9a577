package dev.studyportal.importer.sync;

import dev.studyportal.core.importhistory.ImportTrigger;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to run one sync and what to record about it.
 *
 * @param dryRun      work out the changes and roll them back
 * @param skipInvalid apply the valid files and leave the questions of invalid files untouched,
 *                    instead of refusing the whole run
 * @param source      where the bank came from, as the run history shows it (never with secrets)
 * @param startedBy   the account that asked for the run, if a person did
 * @param scope       the part of the bank this run speaks for: {@code ""} for all of it, else a folder
 *                    or one page's path; pages outside it are left as they are, never retired
 */
public record SyncOptions(
        boolean dryRun,
        boolean skipInvalid,
        String source,
        ImportTrigger trigger,
        @Nullable String startedBy,
        String scope) {

    public SyncOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(scope, "scope");
    }

    /** A run over the whole bank. */
    public SyncOptions(
            boolean dryRun, boolean skipInvalid, String source, ImportTrigger trigger, @Nullable String startedBy) {
        this(dryRun, skipInvalid, source, trigger, startedBy, "");
    }

    public SyncOptions withScope(String scope) {
        return new SyncOptions(dryRun, skipInvalid, source, trigger, startedBy, scope);
    }

    public static SyncOptions of(String source, ImportTrigger trigger, boolean dryRun) {
        return new SyncOptions(dryRun, false, source, trigger, null);
    }
}
