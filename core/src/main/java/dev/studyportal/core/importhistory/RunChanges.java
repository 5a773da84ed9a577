package dev.studyportal.core.importhistory;

import java.util.List;

/**
 * The first changes of one run, in the order the history lists them, and how many it made in all: a first
 * import adds the whole bank, more rows than anyone reads on a page.
 */
public record RunChanges(List<ChangeEntry> shown, long total) {

    public RunChanges {
        shown = List.copyOf(shown);
    }

    /** Whether every change of the run is shown. */
    public boolean complete() {
        return shown.size() >= total;
    }
}
