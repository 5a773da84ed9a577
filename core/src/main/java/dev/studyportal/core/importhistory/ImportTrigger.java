package dev.studyportal.core.importhistory;

/** What started an import run. */
public enum ImportTrigger {
    CLI,
    STARTUP,
    SCHEDULE,
    ADMIN
}
