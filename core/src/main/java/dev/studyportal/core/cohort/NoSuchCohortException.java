package dev.studyportal.core.cohort;

/**
 * The caller is not in a cohort with that id: either there is none or they do not belong to it. The two
 * are deliberately alike, so that ids tell nobody which other cohorts exist.
 */
public class NoSuchCohortException extends RuntimeException {

    public NoSuchCohortException(long cohortId) {
        super("No such cohort: " + cohortId);
    }
}
