package dev.studyportal.importer.sync;

/**
 * Told how far a run has got, for a progress bar. Called on the importing thread; an
 * implementation that updates a UI must hand the update over to that UI's own thread.
 */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = (step, done, total) -> {};

    /**
     * @param step  what the run is doing, in words a person reads ("Reading files")
     * @param done  units of this step done so far
     * @param total units in this step; 0 when unknown
     */
    void update(String step, int done, int total);
}
